/**
 * Minimization and nonlinear least squares, in Gonum's shape: a {@link jnum.optimize.Problem}
 * (objective, optional gradient, Hessian and box bounds, as functional interfaces that write into
 * caller arrays), {@link jnum.optimize.Settings} (when to stop; every default documented), a {@link
 * jnum.optimize.Result} (the point, the value, the gradient, the {@link jnum.optimize.Status} saying
 * why it stopped, evaluation counts, wall time) and a {@link jnum.optimize.Recorder} for progress.
 *
 * <pre>{@code
 * Result r = Minimize.minimize(Problem.of(f, g), x0);                    // BFGS
 * Result r = Minimize.minimize(Problem.of(f), x0);                       // Nelder-Mead
 * Result r = Minimize.minimize(Problem.of(f, g).withBounds(lo, hi), x0); // L-BFGS-B
 * LeastSquaresResult fit = CurveFit.fit((x, p) -> p[0] * Math.exp(-p[1] * x), xs, ys, p0);
 * }</pre>
 *
 * <h2>Methods</h2>
 *
 * <ul>
 *   <li>line-search methods: {@link jnum.optimize.GradientDescent}, {@link jnum.optimize.BFGS}, {@link
 *       jnum.optimize.LBFGS}, {@link jnum.optimize.ConjugateGradient} (Fletcher-Reeves, Polak-Ribiere+,
 *       Hestenes-Stiefel, Dai-Yuan, Hager-Zhang), with the line searches {@link
 *       jnum.optimize.MoreThuente} (strong Wolfe), {@link jnum.optimize.HagerZhangLineSearch}
 *       (approximate Wolfe) and {@link jnum.optimize.Backtracking} (Armijo);
 *   <li>{@link jnum.optimize.LBFGSB} for box bounds (infinite on either side allowed);
 *   <li>{@link jnum.optimize.NewtonTrustRegion} (Steihaug-Toint CG on Hessian-vector products) and
 *       {@link jnum.optimize.ExactNewtonTrustRegion} (More-Sorensen: the subproblem solved on the dense
 *       Hessian by Cholesky factorizations, with the hard case of indefinite Hessians);
 *   <li>{@link jnum.optimize.NelderMead} (derivative-free, adaptive parameters);
 *   <li>{@link jnum.optimize.LevenbergMarquardt} for {@link jnum.optimize.LeastSquares} problems (MINPACK's
 *       lmder), with parameter covariance, and {@link jnum.optimize.CurveFit} on top of it.
 * </ul>
 *
 * <h2>Contract shared by every method</h2>
 *
 * <ul>
 *   <li>Inputs are not modified: {@code x0} is copied; the point handed to the objective must not be
 *       modified or retained by it.
 *   <li>A method that needs a derivative the problem lacks uses central finite differences of what it
 *       has ({@link jnum.optimize.fd.FiniteDifferences}; inside the bounds for L-BFGS-B) and says so in
 *       {@link jnum.optimize.Result#finiteDifferences()}; the evaluations it makes count towards the
 *       limit.
 *   <li>Bad input is an unchecked exception naming the method and the value: an empty or non-finite
 *       {@code x0}, bounds of the wrong length, a NaN or infinite objective or gradient at the start,
 *       bounds given to a method that cannot handle them.
 *   <li>After the start, a NaN or infinite value is never accepted: line searches shorten the step, the
 *       simplex and the trust region shrink away from it; if they cannot, the run stops with {@link
 *       jnum.optimize.Status#NOT_FINITE} and the last finite iterate.
 *   <li>Every run stops: by a convergence test, by the iteration, evaluation or time limit of the
 *       {@link jnum.optimize.Settings} (the time limit is checked before each evaluation), by the
 *       recorder, or with {@link jnum.optimize.Status#NO_PROGRESS} when no decrease is possible.
 *       Non-convergence is a status, never an exception.
 *   <li>Methods are immutable and thread-safe; each call allocates its own working state.
 * </ul>
 *
 * <p>The least-squares code factors Jacobians by {@code jnum.mat}'s QR with column pivoting (LAPACK's
 * geqp3 through {@link jnum.mat.kernel.Kernels#lapack()}) and keeps MINPACK's lmpar, qrsolv, the
 * product {@code Q^T r} (one vector: lmder's loop over the reflectors) and the covariance on top of it; the dense exact Newton method factors by {@code jnum.mat}'s Cholesky (potrf).
 */
package jnum.optimize;
