package jnum.stat.distribution;

import jnum.stat.special.Constants;
import jnum.stat.special.Special;

/**
 * The noncentral t tail and density against the sign of the noncentrality, where the series
 * cancels, as the logarithm of a chi mixture of normal tails: for {@code t > 0} and
 * {@code a = -delta >= 0},
 * <pre>
 *   P(T &gt; t) = integral Phi_c(t r + a) chi2_df(v) dv,   f(t) = integral phi(t r + a) r chi2_df(v) dv,
 * </pre>
 * {@code r = sqrt(v / df)}. In the variable {@code u = log(t r)} both log-integrands are concave
 * for every df (the log normal factor is concave and decreasing in the convex {@code e^u + a}; the
 * chi part is {@code -(df/2) (e^l - 1 - l)} plus a constant, {@code l = 2 (u - log t)}), so the
 * integrand is unimodal with flanks that fall at least exponentially:
 * <ul>
 *   <li>the peak is found by Newton steps on the derivative, bracketed (a handful of steps from
 *       the root of the quadratic that replaces the Mills ratio by its argument);
 *   <li>each flank is cut where the log-integrand has fallen {@link #DROPS} below the peak (the
 *       last level leaves less than {@code e^-46} of it), the cut points found by Newton steps on
 *       the log-integrand (monotone from outside, as it is concave), so that the panels adapt to a
 *       Gaussian peak, an exponential flank {@code e^(df u)} (df = 1e-3: thousands of units long)
 *       and a doubly exponential one alike;
 *   <li>each panel is integrated by a fixed {@value #NODES}-point Gauss-Legendre rule, on
 *       {@code exp(L - L_peak)}, so the logarithm never under- or overflows (tails of 1e-300 and far
 *       beyond, t up to the largest double).
 * </ul>
 * The log normal tail is {@code log(erfcx(z / sqrt 2) / 2) - z^2 / 2}, the chi part in the
 * deviance form {@code -(df/2) (e^l - 1 - l) + (1/2) log(df/2) - log sqrt(2 pi) - stirlingError(df/2)},
 * free of the cancellation of {@code (df/2) log v - v/2 - log Gamma(df/2)} at large df.
 * About 170 evaluations of the log-integrand per call.
 */
final class NoncentralTIntegral {
    private static final int NODES = 16;
    private static final double[][] RULE = Special.rootsLegendre(NODES);
    private static final double[] NODE = RULE[0];
    private static final double[] WEIGHT = RULE[1];

    /**
     * The drops of the log-integrand below its peak at which the panels end, on each side. Panels
     * grow with the drop: on an exponential flank a panel spanning a drop of 24 still meets the
     * 16-point rule's accuracy (its error bound is below 1e-16 of the panel's integral at a drop of
     * 26), and the contributions beyond a drop of 20 are already below 1e-8 of the integral.
     */
    private static final double[] DROPS = {2.5, 8, 20, 46};

    private static final int PEAK_STEPS = 100;
    private static final int CUT_STEPS = 12;
    private static final int MAX_PANELS = 48;

    /** The largest Newton step in u (a factor e^32 in t r) while the peak is not yet bracketed. */
    private static final double MAX_STEP = 32;

    private final double a;
    private final double df;
    private final double half;
    private final double logT;
    private final double constant;
    private final boolean density;

    /**
     * +1 for the upper tail ({@code z = t r + a}), -1 for the lower tail on delta's side
     * ({@code z = a - t r}, {@code a = delta > 0}): {@code P(T <= t) = integral Phi_c(a - t r) chi2_df(v) dv}.
     */
    private final int side;

    /** The first and second derivative of the log-integrand at the last {@link #value} call. */
    private double d1;

    private double d2;

    /** {@code t r} and {@code l = log(v / df)} at the origin of {@link #value}'s argument. */
    private double yBase;

    private double lBase;

    /**
     * For the tail: {@code m y} at the last {@link #value} ({@code m = phi/Phi_c(z)}, the hazard),
     * and the integral of {@code exp(L - peak) m y}, which is {@code t f(t) e^-peak}: the density
     * integrand is the tail integrand times {@code phi/Phi_c(z) r = m y / t}.
     */
    private double rate;

    private double rateSum;

    /** {@code z y} at the last {@link #value}; with the hazard it weights the density's derivative. */
    private double zy;

    /**
     * The integral of {@code exp(L - peak) m y z y}, which is {@code -side t^2 f'(t) e^-peak}: the
     * derivative of the density integrand {@code phi(z) r} in t is {@code -side z r} times it.
     */
    private double slopeSum;

    private double peak;

    /**
     * The scale of u over which the normal factor's slope changes by itself, at the last
     * {@link #value}: {@code |n' / n''|}. On delta's side the peak sits on the shoulder of the normal
     * factor's cliff, whose slope fades within {@code 1 / (|z| t r)} (1e-3 at |delta| = 300) while
     * the peak is far wider (its curvature is set by the cliff, its flank by df).
     */
    private double normalScale;

    /** The first panel's length: at most 1, two peak widths and {@link #normalScale} at the peak. */
    private double firstCap;

    /** The log-integrand at the point the last {@link #cut} returned. */
    private double last;

    private NoncentralTIntegral(double t, double a, double df, boolean density, int side) {
        this.a = a;
        this.side = side;
        this.df = df;
        this.half = 0.5 * df;
        this.logT = Math.log(t);
        this.density = density;
        // log(v chi2_df(v)) + log(dv / du) = -(df/2) D + (1/2) log(df/2) - log sqrt(2 pi) - stirlingError(df/2) + log 2
        this.constant = 0.5 * Math.log(half) - Constants.LN_SQRT_2PI - Special.stirlingError(half) + Constants.LN_2;
    }

    /**
     * {@code log P(T > t; -a)} (or, with {@code density}, {@code log f(t; -a)}) for {@code t > 0},
     * {@code df > 0}; {@code a >= 0} against the sign of delta, and also {@code a < 0} (the upper
     * tail on delta's side, where the series underflows), where the normal factor is still log-concave.
     */
    static double log(double t, double a, double df, boolean density) {
        NoncentralTIntegral q = new NoncentralTIntegral(t, a, df, density, 1);
        return q.integrate(q.peak());
    }

    /**
     * {@code {log P(T > t; -a), log f(t; -a), t f'(t) / f(t)}} from one integration: the density
     * from the same nodes, weighted by {@code m y / t}, and its elasticity from the weights
     * {@code m y z y} (the panels are placed for the tail, whose integrand peaks a little below the
     * density's; for the quantile iteration, whose steps they only scale).
     */
    static double[] logTailAndDensity(double t, double a, double df) {
        NoncentralTIntegral q = new NoncentralTIntegral(t, a, df, false, 1);
        return q.tailAndDensity(q.peak());
    }

    /**
     * How far beyond the cliff of the normal factor (in {@code t r - d}) the lower tail's peak may be:
     * there the factor is within {@code Phi_c(-8) = 1 - 6e-16} of 1 and the first panels, capped by
     * the scale of its slope at the peak, reach the cliff in a few steps of 4.
     */
    private static final double CLIFF_REACH = 8;

    /**
     * {@code {log P(T <= t; d), log f(t; d), t f'(t) / f(t)}} for {@code t > 0}, {@code d > 0}: the lower tail on
     * delta's side, {@code integral Phi_c(d - t r) chi2_df(v) dv}, where the series has thousands
     * of terms at large {@code mu = d^2/2}. Here the log normal factor is not concave in u (it is
     * convex where {@code t r < d/2}), but the log-integrand is still unimodal: its derivative
     * {@code m y + df (1 - y^2/t^2)} ({@code y = t r}, m the hazard at {@code d - y}), divided by
     * {@code y^2}, is {@code m / y + df / y^2 - df / t^2}, decreasing in y, so it has one root and
     * each flank is monotone, which is all the bracketed searches for the peak and the cuts need.
     * Null where the peak is beyond the cliff of the normal factor ({@code t r > d + }{@link
     * #CLIFF_REACH}): there the left
     * flank would be the chi factor's long line ending in that cliff, which the panels (sized by
     * the fall from the peak) do not resolve.
     */
    static double[] logLowerTailAndDensity(double t, double d, double df) {
        NoncentralTIntegral q = new NoncentralTIntegral(t, d, df, false, -1);
        double reach = Math.log(d + CLIFF_REACH);
        // the log-integrand has one maximum: a rising one at the reach puts the peak beyond it,
        // which one evaluation shows (the peak search would take dozens of steps out there)
        q.center(reach);
        if (q.value(0) > Double.NEGATIVE_INFINITY && q.d1 > 0) {
            return null;
        }
        double u = q.peak();
        if (!(u < reach)) {
            return null;
        }
        return q.tailAndDensity(u);
    }

    /** Steps of the model inversion in {@link #laplaceQuantile}. */
    private static final int MODEL_STEPS = 60;

    /**
     * The t at which Laplace's approximation of the log tail, plus {@code offset}, equals
     * {@code logP}: the tail of {@link #log} ({@code side = 1}, {@code P(T > t; -a)}) or of
     * {@link #logLowerTailAndDensity} ({@code side = -1}, {@code P(T <= t; a)}), modelled as
     * {@code L(u*) + log W} at the peak u* of the log-integrand ({@link #logWidth}), which costs a
     * few evaluations of it instead of an integration. Its error is nearly constant in t (it is the
     * shape of the peak, which changes slowly; on a power-law tail, where the peak is the same at
     * every t, it is constant), so that the quantile iteration starts from the model's root with
     * the offset measured at a first evaluation. Solved to {@code 1e-9} by bracketed Newton steps in
     * {@code log t} from {@code t0}: the first with the partial derivative of L at the peak in
     * {@code log t} (the envelope theorem: {@code df (s - 1)}, {@code s = v / df} there, which
     * leaves out the width's drift), the others with the secant slope. Where the root is beyond the
     * normal range, that range's end; NaN where the peak is not a maximum or the steps do not
     * settle.
     */
    static double laplaceQuantile(double logP, double offset, double t0, double a, double df, int side) {
        double lowest = Math.log(Double.MIN_NORMAL);
        double highest = Math.log(Double.MAX_VALUE);
        double u = Math.max(lowest, Math.min(highest, Math.log(t0)));
        double lo = lowest;
        double hi = highest;
        double peakU = Double.NaN;
        double prevU = Double.NaN;
        double prevH = Double.NaN;
        for (int i = 0; i < MODEL_STEPS; i++) {
            NoncentralTIntegral q = new NoncentralTIntegral(Math.exp(u), a, df, false, side);
            // the peak moves less than t (in logs): the last one is a good start after a short step
            peakU = Math.abs(u - prevU) <= 1 ? q.peak(peakU) : q.peak();
            q.center(peakU);
            double top = q.value(0);
            double h = top + logWidth(-q.d2, side > 0 ? df : Double.POSITIVE_INFINITY) + offset - logP;
            double slope = df * Math.expm1(2 * (peakU - q.logT));
            double secant = (h - prevH) / (u - prevU);
            if (secant * side < 0) {
                slope = secant; // the width's drift included; the envelope slope leaves it out
            }
            prevU = u;
            prevH = h;
            if (Double.isNaN(h) || !(slope != 0)) {
                return Double.NaN;
            }
            boolean tooFar = h > 0 == side < 0; // the lower tail increases with t, the upper decreases
            if (Math.abs(h) <= 1e-9 || (tooFar ? u == lowest : u == highest)) {
                return Math.min(Math.exp(u), Double.MAX_VALUE); // the root, or beyond the range's end
            }
            if (tooFar) {
                hi = u;
            } else {
                lo = u;
            }
            double next = u - h / slope;
            if (!(next > lo && next < hi)) {
                // towards an end not yet tried the end itself (a power-law tail of tiny df can
                // put the root beyond it), else bisection
                next = next >= hi && hi == highest ? highest : next <= lo && lo == lowest ? lowest : 0.5 * (lo + hi);
            }
            if (next == u) {
                return Math.min(Math.exp(u), Double.MAX_VALUE);
            }
            u = next;
        }
        return Double.NaN;
    }

    /**
     * The log of the integral of {@code exp(L - L(u*))} for a peak of curvature c whose left flank
     * becomes the line of slope df (see {@link #flank}): a Gaussian on the right, and on the left
     * the Gaussian up to where its slope is df, the line beyond. For df near 0 the line dominates
     * (the left flank of a tiny-df tail is thousands of units long), for large df the Gaussian;
     * {@code df = inf} for the lower tail, whose left flank is the normal factor's cliff.
     */
    private static double logWidth(double c, double df) {
        double gauss = Math.sqrt(0.5 * Math.PI / c);
        if (df == Double.POSITIVE_INFINITY) {
            return Math.log(2 * gauss);
        }
        double left = gauss * Special.erf(df / Math.sqrt(2 * c)) + Math.exp(-0.5 * df * df / c) / df;
        return Math.log(gauss + left);
    }

    /** The reach of {@link #logLowerTailByParts} in standard deviations of the normal factor. */
    private static final double BY_PARTS_REACH = 9;

    private static final int BY_PARTS_PANELS = 4;

    /**
     * {@code {log P(T <= t; d), log f(t; d), NaN}} (no elasticity) for {@code d >= 10} where
     * {@link #logLowerTailAndDensity} declines (the peak of its integrand beyond the normal
     * factor's cliff): integrated by parts in {@code y = t r},
     * <pre>
     *   P(T &lt;= t) = Phi(-d) + integral phi(y - d) Q(df y^2 / t^2) dy,
     *   f(t) = integral phi(y - d) q(v) 2 v / t dy,   v = df y^2 / t^2,
     * </pre>
     * with Q and q the chi-squared survival function and density: positive terms, and an integrand
     * that is the normal density times a factor that varies slowly there (Q at arguments below
     * about df, where the chi variable's peak is beyond the cliff). Four panels of the
     * {@value #NODES}-point rule over {@code |y - d| <= 9} (the normal mass beyond is 2e-19).
     */
    static double[] logLowerTailByParts(double t, double d, double df) {
        ChiSquared chi = new ChiSquared(df);
        double half = 0.5 * df;
        double logT = Math.log(t);
        double logDf = Math.log(df);
        double logGammaA1 = Special.gammaln1p(half);
        double tail = 0;
        // v q(v) = exp(a log(v/2) - v/2) / Gamma(a), a = df/2, from log v: v itself may be subnormal
        double[] exponents = new double[BY_PARTS_Z.length];
        double top = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < BY_PARTS_Z.length; j++) {
            double logV = logDf + 2 * (Math.log(d + BY_PARTS_Z[j]) - logT);
            double v = Math.exp(logV);
            exponents[j] = half * (logV - Constants.LN_2) - 0.5 * v;
            double w = BY_PARTS_WEIGHT[j];
            tail += w * (v < 1 ? smallSurvival(half, 0.5 * v, exponents[j] - logGammaA1) : chi.survival(v));
            top = Math.max(top, exponents[j]);
        }
        double density = 0;
        for (int j = 0; j < exponents.length; j++) {
            density += BY_PARTS_WEIGHT[j] * Math.exp(exponents[j] - top);
        }
        tail = StandardNormal.cdf(-d, 0) + tail;
        double logDensity = Math.log(density) + top + Constants.LN_2 - logT - Special.gammaln(half);
        return new double[] {Math.log(tail), logDensity, Double.NaN};
    }

    /** The nodes {@code z = y - d} of {@link #logLowerTailByParts}: its panels over {@code |z| <= 9}. */
    private static final double[] BY_PARTS_Z = new double[BY_PARTS_PANELS * NODES];

    /** The rule's weights times the panels' half width and the normal density at each node. */
    private static final double[] BY_PARTS_WEIGHT = new double[BY_PARTS_Z.length];

    static {
        double width = 2 * BY_PARTS_REACH / BY_PARTS_PANELS;
        for (int k = 0; k < BY_PARTS_PANELS; k++) {
            double mid = -BY_PARTS_REACH + (k + 0.5) * width;
            for (int i = 0; i < NODES; i++) {
                double z = mid + 0.5 * width * NODE[i];
                BY_PARTS_Z[k * NODES + i] = z;
                BY_PARTS_WEIGHT[k * NODES + i] = 0.5 * width * WEIGHT[i] * Math.exp(StandardNormal.logPdf(z, 0));
            }
        }
    }

    /** The terms of {@link #smallSurvival}'s series (x below 1/2: each at most half the last). */
    private static final int SERIES_TERMS = 64;

    /**
     * The regularized upper incomplete gamma {@code Q(a, x)} for {@code x < 1/2} from
     * {@code logPower = a log x - x - log Gamma(a + 1)}: {@code 1 - x^a e^-x / Gamma(a + 1) sum_k x^k
     * / ((a+1)...(a+k))}.
     * From the logarithm because x itself may be subnormal (t beyond 1e155 at df 1e-3), where the
     * chi-squared survival function of the rounded v is a staircase in t; at tiny a, {@code x^a}
     * is far from 0 even there.
     */
    private static double smallSurvival(double a, double x, double logPower) {
        double term = 1;
        double sum = 1;
        for (int k = 1; k < SERIES_TERMS && term > 0x1p-54 * sum; k++) {
            term *= x / (a + k);
            sum += term;
        }
        return -Math.expm1(logPower + Math.log(sum));
    }

    private double[] tailAndDensity(double u) {
        double tail = integrate(u);
        return new double[] {tail, peak + Math.log(rateSum) - logT, -side * slopeSum / rateSum};
    }

    /** Moves the origin of {@link #value}'s argument to u. */
    private void center(double u) {
        yBase = Math.exp(u);
        lBase = 2 * (u - logT);
    }

    /**
     * The log-integrand at {@code u = origin + x}, with its derivatives stored in d1 and d2. The
     * offset x is what the rule's nodes are placed in: as an absolute u they would carry a rounding
     * of {@code ulp(u)}, which a peak of width 1e-3 (df = 1e5) turns into 1e-13 of relative noise
     * through the slope of L.
     */
    private double value(double x) {
        double y = yBase * Math.exp(x);
        double l = lBase + 2 * x;
        double s = Math.exp(l);
        // D = s - 1 - log s: through log1pmx near s = 1, where expm1(l) - l would cancel
        double deviance = Math.abs(l) < 1 ? -Special.log1pmx(Math.expm1(l)) : Math.expm1(l) - l;
        double chi = -half * deviance;
        double z = side * y + a;
        double normal;
        double n1;
        double n2;
        if (density) {
            normal = StandardNormal.logPdf(z, 0) + 0.5 * l;
            n1 = 1 - z * y;
            n2 = -y * (y + z);
        } else {
            double m; // the hazard phi(z) / Phi_c(z)
            if (z >= 0) {
                double e = Special.erfcx(z * Constants.INV_SQRT_2);
                m = 2 * Constants.INV_SQRT_2PI / e;
                normal = Math.log(0.5 * e) + StandardNormal.negHalfSquare(z, 0);
            } else {
                normal = StandardNormal.logSf(z, 0); // a < 0: the tail on delta's side
                m = Math.exp(StandardNormal.logPdf(z, 0) - normal);
            }
            // dz/du = side y and (phi/Phi_c)' = m (m - z)
            rate = m * y;
            zy = z * y;
            n1 = -side * rate;
            n2 = -side * rate * (side * (m - z) * y + 1);
        }
        normalScale = n2 < 0 ? Math.abs(n1 / n2) : Double.POSITIVE_INFINITY; // a flat normal factor: no scale
        d1 = n1 + df * (1 - s);
        d2 = n2 - 2 * df * s;
        return normal + chi + constant;
    }

    /** The log of the integral, the peak of its log-integrand at u. */
    private double integrate(double u) {
        center(u);
        double top = value(0);
        double curvature = d2;
        firstCap = Math.min(1, Math.min(2 / Math.sqrt(-curvature), normalScale));
        if (!(top > Double.NEGATIVE_INFINITY)) {
            return top;
        }
        double sum = flank(top, curvature, -1) + flank(top, curvature, 1);
        peak = top;
        return top + Math.log(sum);
    }

    /**
     * The start: the root of {@code y^2 (1 + df/t^2) + a y = b} ({@code y = t r}), the stationarity
     * condition with the hazard {@code phi/Phi_c(z)} replaced by its large-z form z; {@code b = df}
     * for the tail and {@code df + 1} for the density.
     */
    private double guess() {
        double b = density ? df + 1 : df;
        double c = 1 + Math.exp(Math.log(df) - 2 * logT);
        double root = Math.sqrt(a * a + 4 * b * c);
        double s = side * a; // the lower tail's condition is the upper one's with -a
        double u = s >= 0 ? Math.log(2 * b) - Math.log(s + root) : Math.log(root - s) - Math.log(2 * c);
        return Double.isFinite(u) ? u : logT + 0.5 * (Math.log(b) - Math.log(df));
    }

    /** The u of the largest log-integrand: bracketed Newton steps on its derivative (decreasing in u). */
    private double peak() {
        return peak(guess());
    }

    /** {@link #peak()} from the start u. */
    private double peak(double start) {
        double u = start;
        double lo = Double.NEGATIVE_INFINITY;
        double hi = Double.POSITIVE_INFINITY;
        for (int i = 0; i < PEAK_STEPS; i++) {
            center(u);
            double v = value(0);
            double g = d1;
            double c = d2;
            if (!(v > Double.NEGATIVE_INFINITY) || Double.isNaN(g)) {
                hi = u; // beyond the overflow of t r: the peak is below
                g = Double.NEGATIVE_INFINITY;
            } else if (g > 0) {
                lo = u;
            } else if (g < 0) {
                hi = u;
            } else {
                return u;
            }
            double step = -g / c;
            if (Math.abs(step) <= 1e-3 / Math.sqrt(-c)) {
                return u; // a thousandth of the peak's width is close enough: it only places the panels
            }
            double next = u + Math.max(-MAX_STEP, Math.min(MAX_STEP, Double.isNaN(step) ? -MAX_STEP : step));
            if (!(next > lo && next < hi)) {
                next = Double.isInfinite(lo) ? hi - MAX_STEP : Double.isInfinite(hi) ? lo + MAX_STEP : 0.5 * (lo + hi);
            }
            if (next == u) {
                return u;
            }
            u = next;
        }
        return u;
    }

    /**
     * {@code integral exp(L - top)} from the peak (the origin) towards {@code dir}, over panels that end
     * where L has fallen by the next of {@link #DROPS}, each at most {@code 4^k} ({@code 2^k} for
     * the lower tail) times the first
     * (k = 0, 1, ... from the peak; the first at most 1, two peak widths and the scale of the normal
     * factor's slope): the factors of the integrand vary on the scale 1 of u ({@code e^u}, {@code
     * e^2u}) however wide the peak (df = 1e-3: its curvature is about df, but concentrated within a
     * unit of it). Below the peak the log-integrand becomes the line {@code df u} (t r and v
     * negligible; {@code (df + 1) u} for the density); once its slope is that to 2^-56 the rest
     * is {@code e^L / slope} in closed form.
     */
    private double flank(double top, double curvature, int dir) {
        double sum = 0;
        double from = 0;
        double fallen = 0; // top - L(from)
        double slope = 0; // the rate of fall along dir at from
        double curv = -curvature;
        double cap = firstCap;
        int k = 0;
        // the lower tail's log-integrand bends from the normal factor's steep slope to the chi
        // factor's df within a panel or two; panels of 4^k miss 1e-10 of it (df 0.4, delta 33)
        double growth = side < 0 ? 2 : 4;
        double leftSlope = density ? df + 1 : df; // of L far below the peak (the factor r adds 1)
        for (int panels = 0; panels < MAX_PANELS && k < DROPS.length; panels++, cap *= growth) {
            double to = cut(from, fallen, slope, curv, DROPS[k], top, dir, cap);
            fallen = top - last;
            slope = -dir * d1;
            curv = -d2;
            sum += panel(Math.min(from, to), Math.max(from, to), top);
            from = to;
            if (!(fallen < Double.POSITIVE_INFINITY)) {
                break;
            }
            while (k < DROPS.length && fallen >= 0.75 * DROPS[k]) {
                k++;
            }
            if (dir < 0 && Math.abs(slope - leftSlope) <= 0x1p-56 * leftSlope) {
                sum += Math.exp(-fallen) / leftSlope;
                break;
            }
        }
        return sum;
    }

    /**
     * The u beyond {@code from} (towards {@code dir}, at most {@code cap} away) where L has fallen by
     * {@code level}: from the quadratic model at {@code from}, then Newton steps on the logarithm
     * of the fall, which is nearly linear both on a Gaussian peak ({@code 2 log h}) and on a doubly
     * exponential flank, where Newton on the fall itself would creep back by steps of 1/2, inside a
     * bracket; a fall within a quarter of the panel's target is close enough. L at the point
     * returned is left in {@link #last}, its derivatives in d1 and d2.
     */
    private double cut(
            double from, double fallen, double slope, double curv, double level, double top, int dir, double cap) {
        double target = level - fallen;
        double h = 2 * target / (slope + Math.sqrt(slope * slope + 2 * curv * target));
        if (!(h > 0 && h < cap)) {
            h = cap; // also where the model is degenerate
        }
        double near = 0; // falls short of the level
        double far = Double.POSITIVE_INFINITY; // falls beyond it
        for (int i = 0; ; i++) {
            last = value(from + dir * h);
            double drop = top - last;
            double g = -dir * d1;
            if (i == CUT_STEPS - 1 || Math.abs(drop - level) <= 0.25 * target || h == cap && drop < level) {
                return from + dir * h;
            }
            if (drop < level) {
                near = h;
            } else {
                far = h;
            }
            double next = Math.min(cap, h + Math.log(level / drop) * drop / g);
            if (!(next > near && next < far)) {
                next = far == Double.POSITIVE_INFINITY ? Math.min(cap, 4 * h) : 0.5 * (near + far);
            }
            h = next;
        }
    }

    /** The Gauss-Legendre rule for {@code integral_lo^hi exp(L - top)}. */
    private double panel(double lo, double hi, double top) {
        double mid = 0.5 * (lo + hi);
        double rad = 0.5 * (hi - lo);
        double s = 0;
        double sr = 0;
        double sz = 0;
        for (int i = 0; i < NODES; i++) {
            double e = WEIGHT[i] * Math.exp(value(mid + rad * NODE[i]) - top);
            s += e;
            sr += e * rate;
            sz += e * rate * zy;
        }
        rateSum += sr * rad;
        slopeSum += sz * rad;
        return s * rad;
    }
}
