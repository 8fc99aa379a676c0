package jnum.mat.kernel.lapack;

import java.util.SplittableRandom;
import jnum.mat.kernel.Blas;

/**
 * Eigenvectors of a symmetric tridiagonal matrix for given eigenvalues by inverse iteration, as
 * LAPACK's dstein on T as one block (the facade hands it the unreduced blocks of a T that
 * splits, as dstein takes them from dstebz): a random start vector (fixed seed, so results are reproducible), the LU factorization
 * of {@code T - lambda I} with partial pivoting whose tiny pivots are perturbed only where the
 * solve would overflow (dlagtf/dlagts; should the iterate still overflow, that solve is repeated
 * with every pivot kept above {@code eps ||T||}), and up to {@link #MAX_ITERATIONS} solves; a vector is
 * accepted after {@link #EXTRA} further solves once its largest element exceeds
 * {@code sqrt(0.1 / n)} of the scaled right-hand side. Eigenvalues closer than
 * {@code 1e-3 ||T||} form a cluster, whose vectors are reorthogonalized against each other by
 * modified Gram-Schmidt after every solve, with a second pass when the first removed most of the
 * iterate; values closer than {@code 10 eps max(|lambda|, eps ||T||)} are first pulled apart by that much, so
 * the iteration finds distinct vectors.
 */
final class InverseIteration {
    /** dstein's MAXITS. */
    static final int MAX_ITERATIONS = 5;

    /** dstein's EXTRA. */
    static final int EXTRA = 2;

    private static final double EPS = 0x1p-53;
    private static final long SEED = 0x5eed_1234_abcdL;

    private final Blas blas;

    InverseIteration(Blas blas) {
        this.blas = blas;
    }

    /**
     * The eigenvectors of the m ascending eigenvalues {@code w} into the columns of the n x m
     * matrix Z.
     *
     * @return how many vectors did not converge within the iteration bound (each is then the
     *     last iterate, normalized), 0 normally
     */
    int stein(
            int n,
            double[] d,
            int dOff,
            double[] e,
            int eOff,
            int m,
            double[] w,
            int wOff,
            double[] z,
            int zOff,
            int ldz) {
        for (int j = 0; j < m; j++) {
            java.util.Arrays.fill(z, zOff + j * ldz, zOff + j * ldz + n, 0.0);
        }
        int failed = 0;
        SplittableRandom rnd = new SplittableRandom(SEED);
        double[] x = new double[n];
        double[] rhs = new double[n];
        Tridiagonal lu = new Tridiagonal(n);
        double onenrm = 0;
        for (int i = 0; i < n; i++) {
            double r = Math.abs(d[dOff + i])
                    + (i > 0 ? Math.abs(e[eOff + i - 1]) : 0)
                    + (i < n - 1 ? Math.abs(e[eOff + i]) : 0);
            onenrm = Math.max(onenrm, r);
        }
        if (onenrm == 0) {
            // T = 0: every vector is an eigenvector
            for (int j = 0; j < m; j++) {
                z[zOff + j * ldz + Math.min(j, n - 1)] = 1;
            }
            return 0;
        }
        double ortol = 1e-3 * onenrm;
        double dtpcrt = Math.sqrt(0.1 / n);
        int gpind = 0;
        double xjm = 0;
        for (int j = 0; j < m; j++) {
            double xj = w[wOff + j];
            int col = zOff + j * ldz;
            if (n == 1) {
                z[col] = 1;
                continue;
            }
            if (j > 0) {
                // dstein's 10 eps |lambda|, kept above 10 eps^2 ||T|| so that equal zeros part too
                double pertol = 10 * EPS * Math.max(Math.abs(xj), EPS * onenrm);
                if (xj - xjm < pertol) {
                    xj = xjm + pertol;
                }
            }
            for (int i = 0; i < n; i++) {
                x[i] = 2 * rnd.nextDouble() - 1;
            }
            lu.factor(n, d, dOff, e, eOff, xj, EPS * Math.max(onenrm, Double.MIN_NORMAL));
            if (j == 0 || Math.abs(xj - xjm) > ortol) {
                gpind = j;
            }
            boolean converged = false;
            int checks = 0;
            for (int its = 0; its < MAX_ITERATIONS && !converged; its++) {
                // scaled by its largest element, as the reference dstein does (dividing by the 1-norm,
                // as older versions did, makes the growth test up to n times stricter)
                double scl = n * onenrm * Math.max(EPS, Math.abs(lu.lastPivot())) / Math.abs(x[blas.iamax(n, x, 0, 1)]);
                blas.scal(n, scl, x, 0, 1);
                System.arraycopy(x, 0, rhs, 0, n);
                if (!lu.solve(x, false)) {
                    // the growth overflowed: solve again with every pivot kept above eps ||T||
                    System.arraycopy(rhs, 0, x, 0, n);
                    lu.solve(x, true);
                }
                orthogonalize(n, x, z, zOff, ldz, gpind, j);
                int jmax = blas.iamax(n, x, 0, 1);
                if (Math.abs(x[jmax]) >= dtpcrt) {
                    checks++;
                    converged = checks > EXTRA;
                }
            }
            if (!converged) {
                failed++;
            }
            double nrm = blas.nrm2(n, x, 0, 1);
            int jmax = blas.iamax(n, x, 0, 1);
            double scl = (x[jmax] < 0 ? -1 : 1) / nrm;
            for (int i = 0; i < n; i++) {
                z[col + i] = x[i] * scl;
            }
            xjm = xj;
        }
        return failed;
    }

    /**
     * Removes from x its components along the cluster's earlier vectors (columns {@code from <= i
     * < to} of Z) by modified Gram-Schmidt. One pass, as in dstein, leaves a component of about
     * {@code eps ||x_before|| / ||x_after||} along them, and inside a tight cluster x is mostly
     * made of those vectors, so that ratio can reach thousands; a second pass whenever the norm
     * fell below half ("twice is enough", Kahan and Parlett) brings it back to the order of eps.
     */
    private void orthogonalize(int n, double[] x, double[] z, int zOff, int ldz, int from, int to) {
        if (from == to) {
            return;
        }
        for (int pass = 0; pass < 2; pass++) {
            double before = blas.nrm2(n, x, 0, 1);
            for (int i = from; i < to; i++) {
                int ci = zOff + i * ldz;
                blas.axpy(n, -blas.dot(n, x, 0, 1, z, ci, 1), z, ci, 1, x, 0, 1);
            }
            if (blas.nrm2(n, x, 0, 1) >= 0.5 * before) {
                return;
            }
        }
    }

    /**
     * The LU factorization with partial pivoting of a tridiagonal {@code T - lambda I} (dlagtf) and
     * the solve with tiny pivots perturbed by multiples of {@code tol} (dlagts with job -1).
     */
    private static final class Tridiagonal {
        private final double[] u0;
        private final double[] u1;
        private final double[] u2;
        private final double[] mult;
        private final boolean[] swapped;
        private int n;
        private double tol;

        Tridiagonal(int capacity) {
            u0 = new double[capacity];
            u1 = new double[capacity];
            u2 = new double[capacity];
            mult = new double[capacity];
            swapped = new boolean[capacity];
        }

        void factor(int n, double[] d, int dOff, double[] e, int eOff, double lambda, double tol) {
            this.n = n;
            this.tol = tol;
            double a = d[dOff] - lambda; // the active row's diagonal element
            double b = n > 1 ? e[eOff] : 0; // and its superdiagonal one
            for (int k = 0; k < n - 1; k++) {
                double c = e[eOff + k]; // row k+1, column k
                double a1 = d[dOff + k + 1] - lambda;
                double b1 = k + 1 < n - 1 ? e[eOff + k + 1] : 0;
                if (Math.abs(a) >= Math.abs(c)) {
                    double mk = a == 0 ? 0 : c / a;
                    u0[k] = a;
                    u1[k] = b;
                    u2[k] = 0;
                    mult[k] = mk;
                    swapped[k] = false;
                    a = a1 - mk * b;
                    b = b1;
                } else {
                    double mk = a / c;
                    u0[k] = c;
                    u1[k] = a1;
                    u2[k] = b1;
                    mult[k] = mk;
                    swapped[k] = true;
                    a = b - mk * a1;
                    b = -mk * b1;
                }
            }
            u0[n - 1] = a;
        }

        double lastPivot() {
            return u0[n - 1];
        }

        /**
         * {@code num / u0[k]}, the pivot moved away from zero by tol, 2 tol, 4 tol, ... only
         * when the quotient would overflow (dlagts with job -1), or always when below tol if
         * {@code raise}: raising every tiny pivot caps the growth of an iterate at
         * {@code 1 / tol}, too little to pull apart a cluster of values within
         * {@code eps ||T||} of each other (the tiny eigenvalues of a graded matrix), so it is
         * kept for when the growth overflowed.
         */
        private double divide(double num, int k, boolean raise) {
            double p = u0[k];
            if (raise) {
                return num / (Math.abs(p) < tol ? (p < 0 ? -tol : tol) : p);
            }
            double pert = p < 0 ? -tol : tol;
            while (Math.abs(p) < 1
                    && (p == 0
                            || (Math.abs(p) < Double.MIN_NORMAL && Math.abs(num) * Double.MIN_NORMAL > Math.abs(p))
                            || Math.abs(num) > Math.abs(p) * Double.MAX_VALUE)) {
                p += pert;
                pert *= 2;
            }
            return num / p;
        }

        /** Solves in place; false if an element overflowed. */
        boolean solve(double[] x, boolean raise) {
            for (int k = 0; k < n - 1; k++) {
                if (swapped[k]) {
                    double t = x[k];
                    x[k] = x[k + 1];
                    x[k + 1] = t;
                }
                x[k + 1] -= mult[k] * x[k];
            }
            x[n - 1] = divide(x[n - 1], n - 1, raise);
            if (n > 1) {
                x[n - 2] = divide(x[n - 2] - u1[n - 2] * x[n - 1], n - 2, raise);
            }
            double sum = 0;
            for (int k = n - 3; k >= 0; k--) {
                x[k] = divide(x[k] - u1[k] * x[k + 1] - u2[k] * x[k + 2], k, raise);
            }
            for (int k = 0; k < n; k++) {
                sum += Math.abs(x[k]);
            }
            // asum finite: the next iteration's scaling by 1 / asum stays finite and nonzero
            return Double.isFinite(sum);
        }
    }
}
