package jnum.mat.sparse.linalg;

/**
 * One restart cycle of right-preconditioned GMRES(m): Arnoldi with modified Gram-Schmidt (a second
 * pass when the new vector lost most of its norm, the Daniel-Gragg-Kaufman-Stewart test), the
 * Hessenberg matrix reduced to triangular form by Givens rotations as it grows, and the update
 * {@code x += M^-1 V y} at the end of the cycle.
 */
final class Gmres {

    /** Re-orthogonalize when the norm falls below this fraction (the classic 1/sqrt(2)). */
    private static final double REORTHOGONALIZE = 0.7071067811865476;

    private final int restart;

    Gmres(int restart) {
        this.restart = restart;
    }

    Krylov.Outcome cycle(Krylov k, double[] x, double[] r, double rNorm) {
        int n = k.n;
        int m = Math.min(restart, Math.max(n, 1));
        double[][] basis = new double[m + 1][];
        double[][] h = new double[m + 1][m];
        double[] cs = new double[m];
        double[] sn = new double[m];
        double[] g = new double[m + 1];
        double[] z = new double[n];
        basis[0] = r.clone();
        scale(1 / rNorm, basis[0]);
        g[0] = rNorm;
        int j = 0;
        Krylov.Outcome outcome = Krylov.Outcome.RESTART;
        while (j < m) {
            if (k.exhausted()) {
                outcome = Krylov.Outcome.EXHAUSTED;
                break;
            }
            k.m.solve(basis[j], z);
            double[] w = new double[n];
            k.a.apply(z, w);
            double before = Krylov.norm(w);
            for (int i = 0; i <= j; i++) {
                h[i][j] = Krylov.dot(w, basis[i]);
                Krylov.axpy(-h[i][j], basis[i], w);
            }
            double after = Krylov.norm(w);
            if (after < REORTHOGONALIZE * before) {
                for (int i = 0; i <= j; i++) {
                    double c = Krylov.dot(w, basis[i]);
                    h[i][j] += c;
                    Krylov.axpy(-c, basis[i], w);
                }
                after = Krylov.norm(w);
            }
            if (!Double.isFinite(after)) {
                outcome = Krylov.Outcome.NOT_FINITE;
                break;
            }
            // earlier rotations, then a new one that zeroes h[j+1][j]
            for (int i = 0; i < j; i++) {
                double t = cs[i] * h[i][j] + sn[i] * h[i + 1][j];
                h[i + 1][j] = -sn[i] * h[i][j] + cs[i] * h[i + 1][j];
                h[i][j] = t;
            }
            double d = Math.hypot(h[j][j], after);
            boolean invariant = after == 0;
            if (d == 0) {
                outcome = Krylov.Outcome.BREAKDOWN;
                break;
            }
            cs[j] = h[j][j] / d;
            sn[j] = after / d;
            h[j][j] = d;
            g[j + 1] = -sn[j] * g[j];
            g[j] = cs[j] * g[j];
            j++;
            boolean passes = k.step(Math.abs(g[j]));
            if (!invariant) {
                scale(1 / after, w);
                basis[j] = w;
            }
            if (passes || invariant) {
                outcome = Krylov.Outcome.CLAIMS_CONVERGED;
                break;
            }
        }
        if (j > 0) {
            // back substitution for y in H(0:j, 0:j) y = g, then x += M^-1 (V y)
            double[] y = new double[j];
            for (int i = j - 1; i >= 0; i--) {
                double s = g[i];
                for (int c = i + 1; c < j; c++) {
                    s -= h[i][c] * y[c];
                }
                y[i] = s / h[i][i];
            }
            double[] vy = new double[n];
            for (int i = 0; i < j; i++) {
                Krylov.axpy(y[i], basis[i], vy);
            }
            k.m.solve(vy, z);
            Krylov.axpy(1.0, z, x);
        }
        return outcome;
    }

    private static void scale(double alpha, double[] x) {
        for (int i = 0; i < x.length; i++) {
            x[i] *= alpha;
        }
    }
}
