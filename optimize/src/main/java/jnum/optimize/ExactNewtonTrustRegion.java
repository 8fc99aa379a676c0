package jnum.optimize;

import java.util.Objects;

/**
 * Newton's method with a trust region whose subproblem {@code min g.p + p.H p / 2, ||p|| <= Delta}
 * is solved nearly exactly on the dense Hessian, by the algorithm of J. J. More and D. C. Sorensen,
 * "Computing a trust region step", SIAM J. Sci. Stat. Comput. 4 (1983): Newton's iteration on
 * {@code 1 / ||p(lambda)|| = 1 / Delta} with {@code (H + lambda I) p(lambda) = -g} solved by
 * Cholesky ({@code jnum.mat}'s LAPACK layer), {@code lambda} kept in a safeguarding interval that
 * shrinks with every factorization; a failed factorization raises the lower bound on
 * {@code -lambda_min(H)}. In the hard case (g nearly orthogonal to the eigenvectors of the smallest
 * eigenvalue of an indefinite H) the step is completed along a direction z of small curvature
 * found by LINPACK's condition estimate of the Cholesky factor. Unlike the truncated CG of
 * {@link NewtonTrustRegion}, it follows directions of negative curvature to the boundary
 * whatever g is, so it leaves saddle points, and it needs few iterations; each costs a dense
 * Hessian ({@link Problem#withHessian}, else n Hessian-vector products or gradient differences)
 * and a few Cholesky factorizations of order n, so it suits problems of up to a few hundred
 * variables.
 *
 * <p>The subproblem is solved to the relative accuracy {@code | ||p|| - Delta | <= 0.1 Delta} (or
 * {@code lambda = 0} with the Newton step inside), within at most 50 factorizations; the outer
 * iteration is that of {@link NewtonTrustRegion} (ratio test 0.15, radius quartered below 0.25 and
 * doubled above 0.75 on the boundary). A Hessian with a NaN or infinite element stops the run with
 * {@link Status#NOT_FINITE}.
 */
public final class ExactNewtonTrustRegion implements Method {
    private final double initialRadius;
    private final double maxRadius;

    /** Initial radius 1, maximal radius 1e10. */
    public ExactNewtonTrustRegion() {
        this(1, 1e10);
    }

    /**
     * With the given radii.
     *
     * @throws IllegalArgumentException unless {@code 0 < initialRadius <= maxRadius}
     */
    public ExactNewtonTrustRegion(double initialRadius, double maxRadius) {
        if (!(initialRadius > 0 && initialRadius <= maxRadius)) {
            throw new IllegalArgumentException("ExactNewtonTrustRegion: need 0 < initialRadius <= maxRadius, got "
                    + initialRadius + ", " + maxRadius);
        }
        this.initialRadius = initialRadius;
        this.maxRadius = maxRadius;
    }

    @Override
    public String name() {
        return "ExactNewtonTrustRegion";
    }

    @Override
    public boolean usesGradient() {
        return true;
    }

    @Override
    public Result minimize(Problem problem, double[] x0, Settings settings) {
        Objects.requireNonNull(problem, "problem");
        if (problem.hasBounds()) {
            throw new IllegalArgumentException(name() + ": this method does not handle bounds (use LBFGSB)");
        }
        Evaluator ev = new Evaluator(problem, x0, settings, name());
        return ev.run(() -> TrustRegion.run(ev, x0, new MoreSorensen(ev.n), initialRadius, maxRadius));
    }
}
