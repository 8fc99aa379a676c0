package jnum.mat.sparse.linalg;

/** One cycle of preconditioned conjugate gradients from the current iterate. */
final class ConjugateGradient {

    private ConjugateGradient() {}

    static Krylov.Outcome cycle(Krylov k, double[] x, double[] r, double rNorm) {
        int n = k.n;
        double[] z = new double[n];
        double[] q = new double[n];
        k.m.solve(r, z);
        double[] p = z.clone();
        double rz = Krylov.dot(r, z);
        while (!k.exhausted()) {
            k.a.apply(p, q);
            double pq = Krylov.dot(p, q);
            if (!Double.isFinite(pq) || !Double.isFinite(rz)) {
                return Krylov.Outcome.NOT_FINITE;
            }
            if (pq <= 0) {
                return Krylov.Outcome.INDEFINITE;
            }
            double alpha = rz / pq;
            Krylov.axpy(alpha, p, x);
            Krylov.axpy(-alpha, q, r);
            if (k.step(Krylov.norm(r))) {
                return Krylov.Outcome.CLAIMS_CONVERGED;
            }
            k.m.solve(r, z);
            double rzNew = Krylov.dot(r, z);
            if (rzNew < 0) {
                return Krylov.Outcome.INDEFINITE;
            }
            double beta = rzNew / rz;
            rz = rzNew;
            for (int i = 0; i < n; i++) {
                p[i] = z[i] + beta * p[i];
            }
        }
        return Krylov.Outcome.EXHAUSTED;
    }
}
