package jnum.optimize;

import java.util.Arrays;
import java.util.OptionalInt;
import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Diag;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Lapack;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;

/**
 * The More-Sorensen solver of the trust-region subproblem on a dense Hessian (see
 * {@link ExactNewtonTrustRegion}), with its work arrays. Notation of the 1983 paper: {@code
 * lambda} in {@code [lambdaL, lambdaU]}, {@code lambdaS} a lower bound on {@code -lambda_1(H)},
 * {@code H + lambda I = L L^T}.
 */
final class MoreSorensen implements TrustRegion.Subproblem {
    /** Relative accuracy of {@code ||p||} against the radius. */
    private static final double SIGMA1 = 0.1;
    /** Absolute accuracy of the model value in the hard case (0: relative only, as in the paper). */
    private static final double SIGMA2 = 0;

    private static final int MAX_FACTORIZATIONS = 50;

    private final int n;
    private final double[] h;
    private final double[] l;
    private final double[] p;
    private final double[] hp;
    private final double[] w;
    private final double[] z;
    private boolean onBoundary;
    private double lambda;
    private double hNorm;
    private double minusMinDiagonal;

    MoreSorensen(int n) {
        this.n = n;
        h = new double[n * n];
        l = new double[n * n];
        p = new double[n];
        hp = new double[n];
        w = new double[n];
        z = new double[n];
    }

    @Override
    public double[] step() {
        return p;
    }

    @Override
    public double[] hessianTimesStep() {
        return hp;
    }

    @Override
    public boolean onBoundary() {
        return onBoundary;
    }

    @Override
    public boolean solve(Evaluator ev, double[] x, double[] g, double radius, boolean newPoint) {
        if (newPoint) {
            ev.denseHessian(x, g, h);
            hNorm = 0;
            minusMinDiagonal = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += Math.abs(h[i + j * n]);
                }
                hNorm = Math.max(hNorm, s);
                minusMinDiagonal = Math.max(minusMinDiagonal, -h[j + j * n]);
            }
            if (!Double.isFinite(hNorm)) {
                return false;
            }
        }
        solve(g, radius);
        multiply(h, p, hp);
        return true;
    }

    private void solve(double[] g, double delta) {
        double gNorm = norm(g);
        // Gershgorin-type bounds: ||H||_1 bounds every eigenvalue in magnitude
        double lambdaS = minusMinDiagonal;
        double lambdaL = Math.max(0, Math.max(lambdaS, gNorm / delta - hNorm));
        double lambdaU = gNorm / delta + hNorm;
        // the Newton step itself first when it may do; otherwise the last lambda, as a warm start
        lambda = lambdaL == 0 ? 0 : Math.min(Math.max(lambda, lambdaL), lambdaU);
        boolean haveStep = false;
        for (int iter = 0; iter < MAX_FACTORIZATIONS; iter++) {
            if (lambda <= lambdaS) {
                lambda = Math.max(1e-3 * lambdaU, Math.sqrt(lambdaL * lambdaU));
            }
            OptionalInt failed = factor(lambda);
            if (failed.isPresent()) {
                // u^T (H + lambda I) u = delta <= 0 bounds lambda_1 from above
                double curvature = negativeCurvature(failed.getAsInt(), lambda);
                lambdaS = Math.max(lambdaS, lambda + curvature);
                lambdaL = Math.max(lambdaL, lambdaS);
                if (lambdaU <= lambdaL) { // rounding in the bounds: widen U a little above L
                    lambdaU = lambdaL * (1 + 1e-3) + Double.MIN_NORMAL;
                }
                lambda = Math.max(1e-3 * lambdaU, Math.sqrt(lambdaL * lambdaU));
                continue;
            }
            newtonStep(g);
            haveStep = true;
            double pNorm = norm(p);
            onBoundary = lambda > 0;
            if (Math.abs(pNorm - delta) <= SIGMA1 * delta || (lambda == 0 && pNorm <= delta)) {
                onBoundary = lambda > 0 && pNorm >= (1 - SIGMA1) * delta;
                return;
            }
            if (pNorm < delta) {
                lambdaU = Math.min(lambdaU, lambda);
                if (hardCase(g, delta, pNorm)) {
                    onBoundary = true;
                    return;
                }
                lambdaS = Math.max(lambdaS, lambda - squaredCurvature);
            } else {
                lambdaL = Math.max(lambdaL, lambda);
            }
            // Newton's step on 1/||p(lambda)|| = 1/delta: q = L^-1 p, lambda += (||p||/||q||)^2 (||p|| - delta)/delta
            System.arraycopy(p, 0, w, 0, n);
            blas().trsv(Uplo.LOWER, Transpose.NO, Diag.NON_UNIT, n, l, 0, n, w, 0, 1);
            double qNorm = norm(w);
            if (qNorm > 0) {
                double next = lambda + (pNorm / qNorm) * (pNorm / qNorm) * ((pNorm - delta) / delta);
                lambda = Math.min(Math.max(next, lambdaL), lambdaU);
            } else {
                lambda = Math.max(lambdaS, lambdaL); // g = 0: no Newton step; the safeguard picks lambda
            }
            if (lambdaU - lambdaL <= 1e-14 * lambdaU) {
                break;
            }
        }
        // not converged within the limit: the last step is still a descent step, cut to the region
        if (!haveStep) {
            for (int i = 0; i < n; i++) {
                p[i] = -g[i] * (delta / gNorm);
            }
        } else {
            double pNorm = norm(p);
            if (pNorm > delta) {
                for (int i = 0; i < n; i++) {
                    p[i] *= delta / pNorm;
                }
            }
        }
        onBoundary = true;
    }

    private double squaredCurvature;

    /**
     * The hard case test: with z a unit vector of small {@code ||L^T z||} (LINPACK's estimate),
     * {@code p + tau z} on the boundary (tau the root of smaller magnitude) is accepted when
     * {@code tau^2 ||L^T z||^2 <= sigma1 (2 - sigma1) max(sigma2, ||L^T p||^2 + lambda delta^2)}:
     * its model value is then within that factor of the optimum (More and Sorensen, Lemma 3.4).
     */
    private boolean hardCase(double[] g, double delta, double pNorm) {
        squaredCurvature = smallCurvatureDirection();
        double pz = 0;
        for (int i = 0; i < n; i++) {
            pz += p[i] * z[i];
        }
        double c = (pNorm - delta) * (pNorm + delta); // < 0
        double root = Math.sqrt(pz * pz - c);
        double big = pz >= 0 ? -pz - root : -pz + root;
        double tau = big == 0 ? 0 : c / big;
        double ltp = -dot(g, p); // p^T (H + lambda I) p = -g^T p
        if (tau * tau * squaredCurvature <= SIGMA1 * (2 - SIGMA1) * Math.max(SIGMA2, ltp + lambda * delta * delta)) {
            for (int i = 0; i < n; i++) {
                p[i] += tau * z[i];
            }
            return true;
        }
        return false;
    }

    /**
     * Leaves in {@link #z} a unit vector with small {@code ||L^T z||} and returns
     * {@code ||L^T z||^2}: solve {@code L w = e} with the signs of e chosen, one at a time, to make
     * w grow (LINPACK's dtrco), then {@code L^T v = w} and {@code z = v / ||v||}; so
     * {@code ||L^T z|| = ||w|| / ||v||}, about the smallest singular value of {@code L^T}.
     */
    private double smallCurvatureDirection() {
        Arrays.fill(z, 0); // z holds the running sums of L(k, 0:k-1) w(0:k-1)
        for (int k = 0; k < n; k++) {
            double s = z[k];
            double e = s > 0 ? -1 : 1;
            double wk = (e - s) / l[k + k * n];
            w[k] = wk;
            for (int i = k + 1; i < n; i++) {
                z[i] += l[i + k * n] * wk;
            }
        }
        double wNorm = norm(w);
        System.arraycopy(w, 0, z, 0, n);
        blas().trsv(Uplo.LOWER, Transpose.YES, Diag.NON_UNIT, n, l, 0, n, z, 0, 1);
        double vNorm = norm(z);
        for (int i = 0; i < n; i++) {
            z[i] /= vNorm;
        }
        double r = wNorm / vNorm;
        return r * r;
    }

    /** Factors {@code H + lambda I = L L^T} into {@link #l}; the failing column if not positive definite. */
    private OptionalInt factor(double lambda) {
        System.arraycopy(h, 0, l, 0, n * n);
        for (int i = 0; i < n; i++) {
            l[i + i * n] += lambda;
        }
        return lapack().potrf(Uplo.LOWER, n, l, 0, n);
    }

    /** {@code p = -(H + lambda I)^-1 g} from the factor. */
    private void newtonStep(double[] g) {
        for (int i = 0; i < n; i++) {
            p[i] = -g[i];
        }
        lapack().potrs(Uplo.LOWER, n, 1, l, 0, n, p, 0, n);
    }

    /**
     * After the factorization failed at column k (the first k columns of {@link #l} hold the factor
     * L11 of the leading block): with {@code r = L11^-1 A(0:k-1, k)} and {@code d = A(k, k) -
     * ||r||^2 <= 0}, the vector {@code u = (-L11^-T r, 1, 0, ...)} has {@code u^T A u = d} for
     * {@code A = H + lambda I}; returns {@code -d / ||u||^2 >= 0}, by which lambda must at least grow.
     */
    private double negativeCurvature(int k, double lambda) {
        double[] r = w;
        for (int i = 0; i < k; i++) {
            r[i] = h[i + k * n];
        }
        blas().trsv(Uplo.LOWER, Transpose.NO, Diag.NON_UNIT, k, l, 0, n, r, 0, 1);
        double d = h[k + k * n] + lambda;
        for (int i = 0; i < k; i++) {
            d -= r[i] * r[i];
        }
        blas().trsv(Uplo.LOWER, Transpose.YES, Diag.NON_UNIT, k, l, 0, n, r, 0, 1);
        double uu = 1;
        for (int i = 0; i < k; i++) {
            uu += r[i] * r[i];
        }
        return d < 0 ? -d / uu : 0;
    }

    private void multiply(double[] a, double[] v, double[] out) {
        blas().gemv(Transpose.NO, n, n, 1, a, 0, n, v, 0, 1, 0, out, 0, 1);
    }

    private static double norm(double[] v) {
        return blas().nrm2(v.length, v, 0, 1);
    }

    private static double dot(double[] a, double[] b) {
        return Evaluator.dot(a, b);
    }

    private static Blas blas() {
        return Kernels.blas();
    }

    private static Lapack lapack() {
        return Kernels.lapack();
    }
}
