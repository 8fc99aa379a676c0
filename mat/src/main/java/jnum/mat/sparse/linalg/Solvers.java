package jnum.mat.sparse.linalg;

import jnum.mat.Vec;
import jnum.mat.sparse.LinearOperator;

/**
 * Krylov solvers for {@code A x = b} with a square {@link LinearOperator} {@code A}, as
 * scipy.sparse.linalg has them:
 *
 * <table>
 *   <caption>Which method for which operator</caption>
 *   <tr><th>method</th><th>operator</th><th>preconditioner</th><th>work per iteration</th></tr>
 *   <tr><td>{@link #cg}</td><td>symmetric positive definite</td><td>SPD</td>
 *       <td>1 product, 1 preconditioner solve</td></tr>
 *   <tr><td>{@link #minres}</td><td>symmetric (indefinite allowed)</td><td>SPD</td>
 *       <td>1 product, 1 preconditioner solve</td></tr>
 *   <tr><td>{@link #bicgstab}</td><td>any non-singular</td><td>any, on the right</td>
 *       <td>2 products, 2 preconditioner solves</td></tr>
 *   <tr><td>{@link #gmres}</td><td>any non-singular</td><td>any, on the right</td>
 *       <td>1 product, 1 preconditioner solve, {@code O(j n)} orthogonalization</td></tr>
 * </table>
 *
 * <p>Every solve stops on the true residual (see {@link SolverSettings}), always within the
 * iteration limit, and reports why in {@link SolverResult#status()}; non-convergence is a status,
 * not an exception. Arguments that do not fit throw
 * {@link jnum.mat.DimensionMismatchException}; nulls other than {@code x0} (default zero) and the
 * preconditioner (default none) throw {@link NullPointerException}.
 */
public final class Solvers {

    private Solvers() {}

    /** Conjugate gradients from {@code x = 0}, no preconditioner, default settings. */
    public static SolverResult cg(LinearOperator a, Vec b) {
        return cg(a, b, null, null, SolverSettings.defaults());
    }

    /**
     * Preconditioned conjugate gradients (Hestenes-Stiefel with {@code M^-1}). Stops with
     * {@link SolverStatus#INDEFINITE} when a direction has {@code p . A p <= 0}.
     *
     * @param x0 the starting iterate, or null for zero
     * @param m a symmetric positive definite preconditioner, or null for none
     */
    public static SolverResult cg(LinearOperator a, Vec b, Vec x0, Preconditioner m, SolverSettings settings) {
        return Krylov.solve("cg", a, b, x0, m, settings, ConjugateGradient::cycle);
    }

    /** MINRES from {@code x = 0}, no preconditioner, default settings. */
    public static SolverResult minres(LinearOperator a, Vec b) {
        return minres(a, b, null, null, SolverSettings.defaults());
    }

    /**
     * MINRES (Paige and Saunders 1975) for symmetric, possibly indefinite or singular, operators:
     * minimizes the residual over the Krylov space with a three-term Lanczos recurrence.
     *
     * @param x0 the starting iterate, or null for zero
     * @param m a symmetric positive definite preconditioner, or null for none
     */
    public static SolverResult minres(LinearOperator a, Vec b, Vec x0, Preconditioner m, SolverSettings settings) {
        return Krylov.solve("minres", a, b, x0, m, settings, Minres::cycle);
    }

    /** BiCGSTAB from {@code x = 0}, no preconditioner, default settings. */
    public static SolverResult bicgstab(LinearOperator a, Vec b) {
        return bicgstab(a, b, null, null, SolverSettings.defaults());
    }

    /**
     * BiCGSTAB (van der Vorst 1992) for non-symmetric operators, right-preconditioned; each
     * iteration counts once (two products).
     *
     * @param x0 the starting iterate, or null for zero
     * @param m a preconditioner applied on the right, or null for none
     */
    public static SolverResult bicgstab(LinearOperator a, Vec b, Vec x0, Preconditioner m, SolverSettings settings) {
        return Krylov.solve("bicgstab", a, b, x0, m, settings, BiCgStab::cycle);
    }

    /** GMRES(30) from {@code x = 0}, no preconditioner, default settings. */
    public static SolverResult gmres(LinearOperator a, Vec b) {
        return gmres(a, b, 30, null, null, SolverSettings.defaults());
    }

    /**
     * Restarted GMRES(m) (Saad and Schultz 1986), right-preconditioned, with modified Gram-Schmidt
     * and one re-orthogonalization pass when cancellation is detected, and Givens rotations so
     * that the residual norm of every inner iteration is known without forming {@code x}.
     *
     * @param restart the Krylov dimension {@code m} before a restart, at least 1
     * @param x0 the starting iterate, or null for zero
     * @param m a preconditioner applied on the right, or null for none
     * @throws IllegalArgumentException if {@code restart < 1}
     */
    public static SolverResult gmres(
            LinearOperator a, Vec b, int restart, Vec x0, Preconditioner m, SolverSettings settings) {
        if (restart < 1) {
            throw new IllegalArgumentException("gmres: restart = " + restart + " < 1");
        }
        return Krylov.solve("gmres", a, b, x0, m, settings, new Gmres(restart)::cycle);
    }
}
