package jnum.optimize;

/**
 * The line search of Hager and Zhang's CG_DESCENT ("A new conjugate gradient method with guaranteed
 * descent and an efficient line search", SIAM J. Optim. 16, 2005; "Algorithm 851", ACM TOMS 32,
 * 2006). A step is accepted when it satisfies either the Wolfe conditions
 *
 * <pre>
 *   phi(a) &lt;= phi(0) + delta a phi'(0)   and   phi'(a) &gt;= sigma phi'(0)
 * </pre>
 *
 * <p>or the approximate Wolfe conditions {@code (2 delta - 1) phi'(0) >= phi'(a) >= sigma phi'(0)}
 * with {@code phi(a) <= phi(0) + eps |phi(0)|}, which stay meaningful near a minimizer, where the
 * rounding of {@code phi} hides the decrease the Wolfe condition asks for. Here an approximate Wolfe
 * step is accepted only if it does not increase the objective, so that every iterate is at least as
 * good as the one before.
 *
 * <p>The search brackets a point where the slope turns non-negative (expanding by {@code rho}),
 * then shrinks the bracket by a double secant step ({@code secant2}), bisecting whenever the
 * bracket shrank by less than the factor {@code gamma}. A NaN or infinite value shrinks the trial step
 * by {@code theta}.
 *
 * @param delta sufficient decrease constant, in {@code (0, 0.5)} (default 0.1)
 * @param sigma curvature constant, in {@code [delta, 1)} (default 0.9)
 * @param epsilon relative allowance of the approximate Wolfe conditions (default 1e-6)
 * @param maxTrials the most evaluations per search (default 50)
 */
public record HagerZhangLineSearch(double delta, double sigma, double epsilon, int maxTrials) implements LineSearch {
    private static final double THETA = 0.5;
    private static final double GAMMA = 0.66;
    private static final double RHO = 5;

    /** @throws IllegalArgumentException unless {@code 0 < delta < 0.5}, {@code delta <= sigma < 1}, epsilon >= 0, maxTrials > 0 */
    public HagerZhangLineSearch {
        if (!(delta > 0 && delta < 0.5 && sigma >= delta && sigma < 1 && epsilon >= 0) || maxTrials <= 0) {
            throw new IllegalArgumentException(
                    "HagerZhangLineSearch: need 0 < delta < 0.5, delta <= sigma < 1, epsilon >= 0,"
                            + " maxTrials > 0; got " + delta + ", " + sigma + ", " + epsilon + ", " + maxTrials);
        }
    }

    /** The defaults of CG_DESCENT: delta 0.1, sigma 0.9, epsilon 1e-6, 50 trials. */
    public HagerZhangLineSearch() {
        this(0.1, 0.9, 1e-6, 50);
    }

    @Override
    public boolean usesSlope() {
        return true;
    }

    @Override
    public LineSample search(LineFunction phi, double f0, double g0, double initialStep, double maxStep) {
        return new Run(phi, f0, g0, maxStep).search(Math.min(initialStep, maxStep));
    }

    /** Signals that an acceptable point was evaluated. */
    private static final class Found extends RuntimeException {
        final transient LineSample point;

        Found(LineSample point) {
            super(null, null, false, false);
            this.point = point;
        }
    }

    /** Signals that the evaluation budget is spent. */
    private static final class OutOfTrials extends RuntimeException {
        OutOfTrials() {
            super(null, null, false, false);
        }
    }

    private final class Run {
        final LineFunction phi;
        final double f0;
        final double g0;
        final double fBound;
        final double maxStep;
        int trials;
        LineSample best;

        Run(LineFunction phi, double f0, double g0, double maxStep) {
            this.phi = phi;
            this.f0 = f0;
            this.g0 = g0;
            this.fBound = f0 + epsilon * Math.abs(f0);
            this.maxStep = maxStep;
        }

        LineSample search(double c) {
            try {
                LineSample zero = new LineSample(0, f0, g0);
                LineSample[] ab = bracket(zero, c);
                while (true) {
                    double width = ab[1].step() - ab[0].step();
                    LineSample[] next = secant2(ab[0], ab[1]);
                    if (next[1].step() - next[0].step() > GAMMA * width) {
                        double mid = 0.5 * (next[0].step() + next[1].step());
                        next = update(next[0], next[1], eval(mid));
                    }
                    if (next[1].step() - next[0].step() <= Math.ulp(next[1].step())) {
                        return best;
                    }
                    ab = next;
                }
            } catch (Found found) {
                return found.point;
            } catch (OutOfTrials spent) {
                return best;
            }
        }

        LineSample eval(double a) {
            if (trials++ >= maxTrials) {
                throw new OutOfTrials();
            }
            LineSample p = phi.sample(a);
            double f = p.value();
            double g = p.slope();
            if (f < Double.POSITIVE_INFINITY && !Double.isNaN(g)) {
                boolean wolfe = f - f0 <= delta * a * g0 && g >= sigma * g0;
                boolean approximate = f <= Math.min(f0, fBound) && (2 * delta - 1) * g0 >= g && g >= sigma * g0;
                if (wolfe || approximate) {
                    throw new Found(p);
                }
                if (f < f0 && (best == null || f < best.value())) {
                    best = p;
                }
            }
            return p;
        }

        boolean finite(LineSample p) {
            return p.value() < Double.POSITIVE_INFINITY && !Double.isNaN(p.slope());
        }

        /** Steps B0-B3 of the paper: an interval [a, b] with phi'(a) < 0, phi(a) <= fBound, phi'(b) >= 0. */
        LineSample[] bracket(LineSample zero, double c) {
            LineSample lastGood = zero;
            LineSample p = eval(c);
            while (!finite(p)) {
                p = eval(THETA * p.step());
            }
            while (true) {
                if (p.slope() >= 0) {
                    return new LineSample[] {lastGood, p};
                }
                if (p.value() > fBound) {
                    return shrink(zero, p);
                }
                lastGood = p;
                if (p.step() >= maxStep) {
                    throw new Found(p); // cannot expand: the longest step decreases the objective
                }
                LineSample q = eval(Math.min(RHO * p.step(), maxStep));
                while (!finite(q)) {
                    q = eval(p.step() + THETA * (q.step() - p.step()));
                }
                p = q;
            }
        }

        /** Step U3: [a, b] with phi'(b) < 0 and phi(b) > fBound; bisect until the slope turns. */
        LineSample[] shrink(LineSample a, LineSample b) {
            while (true) {
                LineSample d = eval((1 - THETA) * a.step() + THETA * b.step());
                if (!finite(d)) {
                    b = d;
                } else if (d.slope() >= 0) {
                    return new LineSample[] {a, d};
                } else if (d.value() <= fBound) {
                    a = d;
                } else {
                    b = d;
                }
            }
        }

        /** Steps U0-U3. */
        LineSample[] update(LineSample a, LineSample b, LineSample c) {
            if (!(c.step() > a.step() && c.step() < b.step())) {
                return new LineSample[] {a, b};
            }
            if (!finite(c)) {
                return shrink(a, c);
            }
            if (c.slope() >= 0) {
                return new LineSample[] {a, c};
            }
            if (c.value() <= fBound) {
                return new LineSample[] {c, b};
            }
            return shrink(a, c);
        }

        double secant(LineSample a, LineSample b) {
            double s = (a.step() * b.slope() - b.step() * a.slope()) / (b.slope() - a.slope());
            return Double.isFinite(s) ? s : 0.5 * (a.step() + b.step());
        }

        LineSample[] secant2(LineSample a, LineSample b) {
            double c = secant(a, b);
            if (!(c > a.step() && c < b.step())) {
                c = 0.5 * (a.step() + b.step());
            }
            LineSample[] ab = update(a, b, eval(c));
            double cc = Double.NaN;
            if (c == ab[1].step()) {
                cc = secant(b, ab[1]);
            } else if (c == ab[0].step()) {
                cc = secant(a, ab[0]);
            }
            if (cc > ab[0].step() && cc < ab[1].step()) {
                return update(ab[0], ab[1], eval(cc));
            }
            return ab;
        }
    }
}
