package jnum.optimize;

import java.util.Objects;

/**
 * Newton's method with a trust region ({@link TrustRegion}'s iteration) whose subproblem {@code min g.p + p.H p / 2, ||p|| <= Delta}
 * is solved approximately by the truncated conjugate gradients of Steihaug and Toint (Nocedal and
 * Wright, Algorithm 7.2 within Algorithm 4.1). Only Hessian-vector products are needed: the
 * problem's {@link HessianVector}, else its dense {@link Hessian} (evaluated once per iteration),
 * else differences of the gradient. The inner iteration stops at negative curvature or at the
 * boundary (and then steps to the boundary), or when the residual is below {@code min(0.5,
 * sqrt(||g||)) ||g||}, which gives superlinear convergence. The Hessian operator is formed once
 * per iterate and kept while only the radius shrinks.
 *
 * <p>A step is accepted when the ratio of actual to predicted reduction exceeds 0.15; the radius is
 * quartered when the ratio is below 0.25 (or the trial value is NaN or infinite) and doubled, up to
 * {@code maxRadius}, when it exceeds 0.75 with the step on the boundary. Rejected steps count as
 * iterations. The run stops with {@link Status#NO_PROGRESS} when the radius falls below {@code eps
 * max(1, ||x||)}. For small dense problems where the Hessian is at hand,
 * {@link ExactNewtonTrustRegion} solves the same subproblem exactly.
 */
public final class NewtonTrustRegion implements Method {
    private final double initialRadius;
    private final double maxRadius;

    /** Initial radius 1, maximal radius 1e10. */
    public NewtonTrustRegion() {
        this(1, 1e10);
    }

    /**
     * With the given radii.
     *
     * @throws IllegalArgumentException unless {@code 0 < initialRadius <= maxRadius}
     */
    public NewtonTrustRegion(double initialRadius, double maxRadius) {
        if (!(initialRadius > 0 && initialRadius <= maxRadius)) {
            throw new IllegalArgumentException(
                    "NewtonTrustRegion: need 0 < initialRadius <= maxRadius, got " + initialRadius + ", " + maxRadius);
        }
        this.initialRadius = initialRadius;
        this.maxRadius = maxRadius;
    }

    @Override
    public String name() {
        return "NewtonTrustRegion";
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
        return ev.run(() -> TrustRegion.run(ev, x0, new Steihaug(ev.n), initialRadius, maxRadius));
    }

    /** The truncated CG solver of the trust-region subproblem, with its work arrays. */
    private static final class Steihaug implements TrustRegion.Subproblem {
        final int n;
        final double[] p;
        final double[] hp;
        final double[] r;
        final double[] d;
        final double[] hd;
        boolean onBoundary;
        private Evaluator.HessianOperator h;

        Steihaug(int n) {
            this.n = n;
            p = new double[n];
            hp = new double[n];
            r = new double[n];
            d = new double[n];
            hd = new double[n];
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
                h = ev.hessianAt(x, g);
            }
            solve(g, radius);
            return true;
        }

        /** Leaves the step in {@link #p} and {@code H p} in {@link #hp}. */
        private void solve(double[] g, double radius) {
            java.util.Arrays.fill(p, 0);
            java.util.Arrays.fill(hp, 0);
            onBoundary = false;
            System.arraycopy(g, 0, r, 0, n);
            for (int i = 0; i < n; i++) {
                d[i] = -g[i];
            }
            double rr = Evaluator.dot(r, r);
            double gNorm = Math.sqrt(rr);
            double tol = Math.min(0.5, Math.sqrt(gNorm)) * gNorm;
            for (int j = 0; j < 2 * n + 10; j++) {
                h.apply(d, hd);
                double dhd = Evaluator.dot(d, hd);
                if (!(dhd > 0)) {
                    toBoundary(radius);
                    return;
                }
                double alpha = rr / dhd;
                double pp = 0;
                for (int i = 0; i < n; i++) {
                    double v = p[i] + alpha * d[i];
                    pp += v * v;
                }
                if (pp >= radius * radius) {
                    toBoundary(radius);
                    return;
                }
                for (int i = 0; i < n; i++) {
                    p[i] += alpha * d[i];
                    hp[i] += alpha * hd[i];
                    r[i] += alpha * hd[i];
                }
                double rrNew = Evaluator.dot(r, r);
                if (Math.sqrt(rrNew) < tol) {
                    return;
                }
                double beta = rrNew / rr;
                rr = rrNew;
                for (int i = 0; i < n; i++) {
                    d[i] = -r[i] + beta * d[i];
                }
            }
        }

        /** {@code p += tau d} with {@code tau >= 0} such that {@code ||p|| = radius}. */
        private void toBoundary(double radius) {
            double dd = Evaluator.dot(d, d);
            double pd = Evaluator.dot(p, d);
            double pp = Evaluator.dot(p, p);
            double disc = Math.sqrt(Math.max(0, pd * pd + dd * (radius * radius - pp)));
            double tau = pd >= 0 ? (radius * radius - pp) / (pd + disc) : (disc - pd) / dd;
            for (int i = 0; i < n; i++) {
                p[i] += tau * d[i];
                hp[i] += tau * hd[i];
            }
            onBoundary = true;
        }
    }
}
