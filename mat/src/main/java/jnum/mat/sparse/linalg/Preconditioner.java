package jnum.mat.sparse.linalg;

/**
 * An approximation {@code M} of the operator whose inverse is cheap to apply: solvers call
 * {@link #solve} once or twice per iteration. CG and MINRES need {@code M} symmetric positive
 * definite; BiCGSTAB and GMRES apply it on the right and accept any non-singular {@code M}.
 */
@FunctionalInterface
public interface Preconditioner {

    /**
     * Writes {@code M^-1 r} into {@code z}. The arrays are distinct and of the operator's dimension;
     * {@code r} is not modified.
     */
    void solve(double[] r, double[] z);

    /**
     * No preconditioning: {@code z = r}. Always the same instance, which the solvers recognise
     * to skip the copy.
     */
    static Preconditioner identity() {
        return Identity.INSTANCE;
    }
}

/** The identity preconditioner, a singleton so that solvers can test for it. */
enum Identity implements Preconditioner {
    INSTANCE;

    @Override
    public void solve(double[] r, double[] z) {
        System.arraycopy(r, 0, z, 0, r.length);
    }
}
