package jnum.mat.sparse.linalg;

/** One cycle of right-preconditioned BiCGSTAB from the current iterate. */
final class BiCgStab {

    private BiCgStab() {}

    static Krylov.Outcome cycle(Krylov k, double[] x, double[] r, double rNorm) {
        int n = k.n;
        double[] rHat = r.clone();
        double[] p = new double[n];
        double[] v = new double[n];
        double[] pHat = new double[n];
        double[] s = new double[n];
        double[] sHat = new double[n];
        double[] t = new double[n];
        double rho = 1;
        double alpha = 1;
        double omega = 1;
        while (!k.exhausted()) {
            double rhoNew = Krylov.dot(rHat, r);
            if (!Double.isFinite(rhoNew)) {
                return Krylov.Outcome.NOT_FINITE;
            }
            if (rhoNew == 0) {
                return Krylov.Outcome.BREAKDOWN;
            }
            double beta = (rhoNew / rho) * (alpha / omega);
            rho = rhoNew;
            for (int i = 0; i < n; i++) {
                p[i] = r[i] + beta * (p[i] - omega * v[i]);
            }
            k.m.solve(p, pHat);
            k.a.apply(pHat, v);
            double rv = Krylov.dot(rHat, v);
            if (rv == 0 || !Double.isFinite(rv)) {
                return rv == 0 ? Krylov.Outcome.BREAKDOWN : Krylov.Outcome.NOT_FINITE;
            }
            alpha = rho / rv;
            for (int i = 0; i < n; i++) {
                s[i] = r[i] - alpha * v[i];
            }
            double sNorm = Krylov.norm(s);
            if (sNorm <= k.tolerance) {
                Krylov.axpy(alpha, pHat, x);
                k.step(sNorm);
                return Krylov.Outcome.CLAIMS_CONVERGED;
            }
            k.m.solve(s, sHat);
            k.a.apply(sHat, t);
            double tt = Krylov.dot(t, t);
            if (tt == 0 || !Double.isFinite(tt)) {
                Krylov.axpy(alpha, pHat, x);
                return tt == 0 ? Krylov.Outcome.BREAKDOWN : Krylov.Outcome.NOT_FINITE;
            }
            omega = Krylov.dot(t, s) / tt;
            for (int i = 0; i < n; i++) {
                x[i] += alpha * pHat[i] + omega * sHat[i];
                r[i] = s[i] - omega * t[i];
            }
            if (k.step(Krylov.norm(r))) {
                return Krylov.Outcome.CLAIMS_CONVERGED;
            }
            if (omega == 0) {
                return Krylov.Outcome.BREAKDOWN;
            }
        }
        return Krylov.Outcome.EXHAUSTED;
    }
}
