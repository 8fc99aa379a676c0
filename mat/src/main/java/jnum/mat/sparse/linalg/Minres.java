package jnum.mat.sparse.linalg;

/**
 * One cycle of preconditioned MINRES from the current iterate (Paige and Saunders 1975, in the
 * form of their SYMMLQ/MINRES reports): a Lanczos process on {@code M^-1 A} with a QR update of
 * the tridiagonal matrix by Givens rotations. The residual estimate {@code phibar} is the
 * {@code M^-1}-norm of the residual, exact without a preconditioner.
 */
final class Minres {

    private Minres() {}

    static Krylov.Outcome cycle(Krylov k, double[] x, double[] r, double rNorm) {
        int n = k.n;
        double[] r1 = r.clone();
        double[] r2 = r.clone();
        double[] y = new double[n];
        double[] v = new double[n];
        double[] w = new double[n];
        double[] w1 = new double[n];
        double[] w2 = new double[n];
        k.m.solve(r1, y);
        double beta1Sq = Krylov.dot(r1, y);
        if (beta1Sq < 0) {
            return Krylov.Outcome.INDEFINITE;
        }
        if (!Double.isFinite(beta1Sq)) {
            return Krylov.Outcome.NOT_FINITE;
        }
        double beta1 = Math.sqrt(beta1Sq);
        if (beta1 == 0) {
            return Krylov.Outcome.CLAIMS_CONVERGED;
        }
        double oldBeta = 0;
        double beta = beta1;
        double dbar = 0;
        double epsilon = 0;
        double phibar = beta1;
        double cs = -1;
        double sn = 0;
        double tiny = Math.ulp(1.0);
        while (!k.exhausted()) {
            double scale = 1 / beta;
            for (int i = 0; i < n; i++) {
                v[i] = scale * y[i];
            }
            k.a.apply(v, y);
            if (oldBeta != 0) {
                Krylov.axpy(-beta / oldBeta, r1, y);
            }
            double alpha = Krylov.dot(v, y);
            Krylov.axpy(-alpha / beta, r2, y);
            double[] swap = r1;
            r1 = r2;
            r2 = swap;
            System.arraycopy(y, 0, r2, 0, n);
            k.m.solve(r2, y);
            oldBeta = beta;
            double betaSq = Krylov.dot(r2, y);
            if (betaSq < 0) {
                return Krylov.Outcome.INDEFINITE;
            }
            if (!Double.isFinite(betaSq) || !Double.isFinite(alpha)) {
                return Krylov.Outcome.NOT_FINITE;
            }
            beta = Math.sqrt(betaSq);
            double oldEpsilon = epsilon;
            double delta = cs * dbar + sn * alpha;
            double gbar = sn * dbar - cs * alpha;
            epsilon = sn * beta;
            dbar = -cs * beta;
            double gamma = Math.max(Math.hypot(gbar, beta), tiny);
            cs = gbar / gamma;
            sn = beta / gamma;
            double phi = cs * phibar;
            phibar = sn * phibar;
            double[] old = w1;
            w1 = w2;
            w2 = w;
            w = old;
            for (int i = 0; i < n; i++) {
                w[i] = (v[i] - oldEpsilon * w1[i] - delta * w2[i]) / gamma;
                x[i] += phi * w[i];
            }
            if (k.step(phibar) || beta == 0) {
                // beta = 0: the Krylov space is invariant, the last iterate minimizes exactly
                return Krylov.Outcome.CLAIMS_CONVERGED;
            }
        }
        return Krylov.Outcome.EXHAUSTED;
    }
}
