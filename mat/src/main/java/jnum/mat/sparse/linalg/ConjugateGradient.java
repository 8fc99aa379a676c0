package jnum.mat.sparse.linalg;

/**
 * One cycle of preconditioned conjugate gradients from the current iterate. Without a
 * preconditioner {@code z} is {@code r} itself, so the copy and one of the two reductions over r
 * per iteration drop out: {@code r.z} is the squared residual norm.
 */
final class ConjugateGradient {

    private ConjugateGradient() {}

    static Krylov.Outcome cycle(Krylov k, double[] x, double[] r, double rNorm) {
        int n = k.n;
        boolean plain = k.m == Preconditioner.identity();
        double[] z = plain ? r : new double[n];
        double[] q = new double[n];
        if (!plain) {
            k.m.solve(r, z);
        }
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
            double rzNew;
            if (plain) {
                rzNew = Krylov.dot(r, r);
                // the square root of r.r is the norm unless the sum left the normal range
                boolean normal = rzNew >= Double.MIN_NORMAL && rzNew <= Double.MAX_VALUE;
                if (k.step(normal ? Math.sqrt(rzNew) : Krylov.norm(r))) {
                    return Krylov.Outcome.CLAIMS_CONVERGED;
                }
            } else {
                if (k.step(Krylov.norm(r))) {
                    return Krylov.Outcome.CLAIMS_CONVERGED;
                }
                k.m.solve(r, z);
                rzNew = Krylov.dot(r, z);
            }
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
