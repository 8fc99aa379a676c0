package jnum.optimize;

/**
 * The line function {@code phi(a) = f(x + a d)} of one line search, on the run's evaluator. Keeps
 * the last trial point and its gradient so that the accepted point is not evaluated twice. Under
 * bounds the trial point is clamped into the box (the caller keeps steps within it; the clamp only
 * removes rounding).
 */
final class Ray implements LineFunction {
    private final Evaluator ev;
    private final int n;
    private double[] x;
    private double[] d;
    final double[] xt;
    final double[] gt;
    private double lastStep = Double.NaN;
    private boolean lastHasGradient;
    private double lastValue;
    boolean sawNonFinite;

    Ray(Evaluator ev) {
        this.ev = ev;
        this.n = ev.n;
        this.xt = new double[n];
        this.gt = new double[n];
    }

    /** Starts a search from {@code x} along {@code d} (referenced, not copied). */
    void reset(double[] x, double[] d) {
        this.x = x;
        this.d = d;
        this.lastStep = Double.NaN;
        this.sawNonFinite = false;
    }

    private void point(double a) {
        double[] lo = ev.lower;
        double[] hi = ev.upper;
        for (int i = 0; i < n; i++) {
            double v = x[i] + a * d[i];
            if (lo != null) {
                v = Math.max(lo[i], Math.min(hi[i], v));
            }
            xt[i] = v;
        }
    }

    @Override
    public double value(double a) {
        point(a);
        double f = ev.value(xt);
        lastStep = a;
        lastHasGradient = false;
        lastValue = f;
        if (!Double.isFinite(f)) {
            sawNonFinite = true;
            return Double.POSITIVE_INFINITY;
        }
        return f;
    }

    @Override
    public LineSample sample(double a) {
        double f = value(a);
        if (f == Double.POSITIVE_INFINITY) {
            return new LineSample(a, f, Double.NaN);
        }
        ev.gradient(xt, f, gt);
        lastHasGradient = true;
        double slope = Evaluator.dot(gt, d);
        if (!Double.isFinite(slope)) {
            sawNonFinite = true;
            return new LineSample(a, Double.POSITIVE_INFINITY, Double.NaN);
        }
        return new LineSample(a, f, slope);
    }

    /**
     * Makes {@link #xt} and {@link #gt} the accepted point of {@code s} and its gradient, evaluating
     * again only if needed.
     *
     * @return the objective there
     */
    double settle(LineSample s) {
        if (s.step() == lastStep && lastHasGradient) {
            return lastValue;
        }
        double f = value(s.step());
        if (f < Double.POSITIVE_INFINITY) {
            ev.gradient(xt, f, gt);
            lastHasGradient = true;
        }
        return f;
    }
}
