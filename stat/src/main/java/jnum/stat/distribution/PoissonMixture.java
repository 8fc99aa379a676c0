package jnum.stat.distribution;

/**
 * Sums {@code sum_j w_j E_j} where the weights {@code w_j} are Poisson-like probabilities and
 * {@code E_j} a regularized incomplete gamma or beta function whose parameter grows by one with
 * j: the series of the noncentral chi-squared and noncentral t distributions (Ding 1992; Benton
 * and Krishnamoorthy 2003, "Computing discrete mixtures of continuous distributions: noncentral
 * chisquare, noncentral t and the distribution of the square of the sample multiple correlation
 * coefficient", Comput. Stat. Data Anal. 43).
 *
 * <p>As Benton and Krishnamoorthy do, the sum starts at its largest term, not at j = 0 (where the
 * weights underflow for a large noncentrality), and runs outward. Two refinements make it
 * accurate in both tails:
 * <ul>
 *   <li>The largest term and the range of terms that matter are located first, from cheap upper
 *       bounds of {@code log(w_j E_j)} ({@link Family#logTermBound}), log-concave in j; a side stops
 *       where the geometric bound of its rest, {@code e^b_i / (1 - e^(b_i - b_{i-1}))}, has fallen
 *       40 nats (a factor 4e-18) below the largest term, so the neglected rest is below 1e-17 of the
 *       sum. Both are found by doubling steps and bisection, with {@code O(log n)} evaluations of
 *       the bounds for n terms; only the summation itself visits every term.
 *   <li>The incomplete functions are advanced only in their stable direction: a lower function
 *       ({@code P}, {@code I}), decreasing in j, from the top of the range downward
 *       ({@code E_j = E_{j+1} + h_j}); an upper one ({@code Q}, {@code 1 - I}), increasing in j,
 *       from the bottom upward ({@code E_{j+1} = E_j + h_j}). Only additions of positive terms
 *       occur, so the relative error stays at a few ulps per term however small E becomes. The
 *       weights {@code w_j} and steps {@code h_j} are evaluated directly at the largest term and
 *       carried outward by their ratios.
 * </ul>
 */
final class PoissonMixture {
    /** Upper bound on the number of terms summed (the range found is far smaller in practice). */
    static final int MAX_TERMS = 2_000_000;

    private static final double DROP = 40;

    private PoissonMixture() {}

    /**
     * A ratio of successive terms, {@code (p0 + p1 j) / (q0 + j)} with a positive denominator: the
     * form of every Poisson weight ratio and incomplete gamma or beta step ratio. Given as
     * coefficients, so that the ratios of a whole range are computed in one loop the compiler can
     * vectorize, ahead of the serial products.
     */
    record TermRatio(double p0, double p1, double q0) {
        double at(double j) {
            return (p0 + p1 * j) / (q0 + j);
        }

        double inverseAt(double j) {
            return (q0 + j) / (p0 + p1 * j);
        }
    }

    /** One mixture: weights, the incomplete function, and its steps, as functions of j >= 0. */
    interface Family {
        /** {@code w_j}, evaluated directly. */
        double weight(int j);

        /** {@code w_{j+1} / w_j} as a function of j. */
        TermRatio weightRatio();

        /** {@code E_j} evaluated directly: the lower function, or the upper one if {@code upper}. */
        double function(int j, boolean upper);

        /** {@code h_j = lower_j - lower_{j+1} = upper_{j+1} - upper_j >= 0}, evaluated directly. */
        double step(int j);

        /** {@code h_{j+1} / h_j} as a function of j. */
        TermRatio stepRatio();

        /** {@code log w_j}; the default is the log of {@link #weight}, finite where that is normal. */
        default double logWeight(int j) {
            return Math.log(weight(j));
        }

        /** {@code log h_j}; the default is the log of {@link #step}. */
        default double logStep(int j) {
            return Math.log(step(j));
        }

        /** {@code log E_j}; the default is the log of {@link #function}. */
        default double logFunction(int j, boolean upper) {
            return Math.log(function(j, upper));
        }

        /** A cheap upper bound of {@code log(w_j E_j)} (may be {@code -inf}). */
        double logTermBound(int j, boolean upper);

        /** A starting guess for the index of the largest term. */
        int guess(boolean upper);
    }

    /** {@code sum_j w_j E_j} with the lower ({@code upper = false}) or upper functions. */
    static double sum(Family f, boolean upper) {
        int[] range = range(f, upper);
        if (range == null) {
            return 0;
        }
        int end = upper ? range[0] : range[2];
        return total(f, range, f.function(end, upper), upper);
    }

    /**
     * {@code log sum_j w_j E_j}, finite where the sum underflows. The weights and functions alone may
     * be far outside the double range there (a weight of 1e-800 times a function of 1e+600 is not
     * possible, but 1e-800 times 1e-10 is), so the recurrence carries the products: with
     * {@code v_j = w_j E_j} and {@code g_j = w_j h_j}, upward {@code v_{j+1} = r_j (v_j + g_j)},
     * {@code g_{j+1} = r_j s_j g_j} ({@code r, s} the weight and step ratios), downward
     * {@code v_j = v_{j+1} / r_j + g_j}, {@code g_j = g_{j+1} / (r_j s_j)}; still only additions of
     * positive terms. They start at the end of the range ({@link #logStart}) from the logarithms of
     * {@code w, h, E} there
     * ({@link Family#logWeight}, {@link Family#logStep}, {@link Family#logFunction}), in units of the
     * larger of {@code w h} and {@code w E}, and stay within the range of the terms, some 40 nats.
     */
    static double logSum(Family f, boolean upper) {
        int[] range = range(f, upper);
        if (range == null) {
            return Double.NEGATIVE_INFINITY;
        }
        int end = logStart(f, upper, range);
        int lo = upper ? end : range[0];
        int hi = upper ? range[2] : end;
        double logW = f.logWeight(end);
        double logH = f.logStep(end);
        double logE = f.logFunction(end, upper);
        double scale = logW + Math.max(logH, logE);
        if (!(scale > Double.NEGATIVE_INFINITY)) {
            return Math.max(logH, logE) == Double.NEGATIVE_INFINITY ? Double.NEGATIVE_INFINITY : scale;
        }
        double v = Math.exp(logW + logE - scale);
        double g = Math.exp(logW + logH - scale);
        TermRatio rw = f.weightRatio();
        TermRatio rh = f.stepRatio();
        double total = v;
        if (upper) {
            for (int j = lo; j < hi; j++) {
                double r = rw.at(j);
                v = r * (v + g);
                g *= r * rh.at(j);
                total += v;
            }
        } else {
            for (int j = hi - 1; j >= lo; j--) {
                double r = rw.inverseAt(j);
                g *= r * rh.inverseAt(j);
                v = r * v + g;
                total += v;
            }
        }
        return scale + Math.log(total);
    }

    /** How far (in nats) the term where {@link #logSum} starts may lie below the largest term. */
    private static final double START_DROP = 600;

    /**
     * Where {@link #logSum}'s recurrence starts: the end of the range, unless the term there lies more
     * than {@link #START_DROP} nats below the largest one (the range ends where the rest of the sum is
     * negligible, and at a tiny argument one step can divide a term by 1e300 or more); then the index
     * farthest from the top whose term is within that drop, found by bisection on the directly
     * evaluated log terms, which fall monotonically away from the top. The terms cut off are below
     * e^-600 of the largest, and the recurrence's products stay within the double range.
     */
    private static int logStart(Family f, boolean upper, int[] range) {
        int top = range[1];
        int end = upper ? range[0] : range[2];
        double floor = logTerm(f, top, upper) - START_DROP;
        if (!(floor > Double.NEGATIVE_INFINITY) || logTerm(f, end, upper) >= floor) {
            return end;
        }
        int near = top; // term within the drop
        int far = end; // term below it
        while (Math.abs(far - near) > 1) {
            int mid = near + (far - near) / 2;
            if (logTerm(f, mid, upper) >= floor) {
                near = mid;
            } else {
                far = mid;
            }
        }
        return near;
    }

    /** {@code log(w_j E_j)}, evaluated directly. */
    private static double logTerm(Family f, int j, boolean upper) {
        return f.logWeight(j) + f.logFunction(j, upper);
    }

    /** {@code {lo, top, hi}}: the largest term and the range of terms that matter, or null if none. */
    private static int[] range(Family f, boolean upper) {
        int top = peak(f, upper);
        double best = f.logTermBound(top, upper);
        if (best == Double.NEGATIVE_INFINITY) {
            return null;
        }
        return new int[] {edge(f, upper, top, best, -1), top, edge(f, upper, top, best, 1)};
    }

    /**
     * The sum over the range given the function at the end where the recurrence starts (the bottom
     * for an upper function, the top of the range for a lower one).
     */
    private static double total(Family f, int[] range, double eEnd, boolean upper) {
        int lo = range[0];
        int hi = range[2];
        int n = hi - lo + 1;
        TermRatio rw = f.weightRatio();
        TermRatio rh = f.stepRatio();
        int tw = peakOf(rw, lo, hi, range[1]);
        int th = peakOf(rh, lo, hi, range[1]);
        double[] w = carried(rw, lo, n, tw, f.weight(tw));
        double[] h = carried(rh, lo, n, th, f.step(th));
        // the functions in their stable direction
        double e = eEnd;
        double total;
        if (upper) {
            total = w[0] * e;
            for (int i = 1; i < n; i++) {
                e += h[i - 1];
                total += w[i] * e;
            }
        } else {
            total = w[n - 1] * e;
            for (int i = n - 2; i >= 0; i--) {
                e += h[i];
                total += w[i] * e;
            }
        }
        return total;
    }

    /**
     * The index of the largest member on {@code [lo, hi]} of a sequence with the ratios r, where its
     * members are evaluated directly and from where they are carried outward. Anchored there, every
     * carried member is smaller than the anchor (the ratios are below 1 going away from it), so the
     * products can underflow to 0 but never overflow (where y is subnormal, a step ratio {@code (a +
     * 1)/y} is infinite); and the members that matter most carry the relative error of a direct
     * evaluation where the sequence is largest, not that of a far-off member whose logarithm, and
     * with it the rounding of its exponential, is hundreds of units large. For ratios {@code (p0 +
     * p1 j)/(q0 + j)} with {@code p1 < 1} the sequence is unimodal with its peak at the first j where
     * the ratio is at most 1; otherwise {@code fallback}.
     */
    private static int peakOf(TermRatio r, int lo, int hi, int fallback) {
        if (!(r.p1() < 1)) {
            return fallback;
        }
        double first = Math.ceil((r.p0() - r.q0()) / (1 - r.p1()));
        return Double.isNaN(first) ? fallback : (int) Math.max(lo, Math.min(hi, first));
    }

    /**
     * The members {@code lo .. lo + n - 1} of a sequence with ratios r from its member at index
     * {@code anchor}: first the multipliers ({@code v[i] = v[i - 1] r(lo + i - 1)} above the anchor,
     * {@code v[i] = v[i + 1] / r(lo + i)} below), in a loop the compiler can vectorize, then the
     * products outward from the anchor.
     */
    private static double[] carried(TermRatio r, int lo, int n, int anchor, double value) {
        double[] v = new double[n];
        int t = anchor - lo;
        for (int i = 0; i < t; i++) {
            v[i] = r.inverseAt(lo + i);
        }
        for (int i = t + 1; i < n; i++) {
            v[i] = r.at(lo + i - 1);
        }
        v[t] = value;
        for (int i = t + 1; i < n; i++) {
            v[i] *= v[i - 1];
        }
        for (int i = t - 1; i >= 0; i--) {
            v[i] *= v[i + 1];
        }
        return v;
    }

    /** The largest index considered, so that index arithmetic cannot overflow. */
    private static final int LIMIT = Integer.MAX_VALUE / 2;

    /**
     * The index of the largest bound {@code log(w_j E_j)}: from the guess, steps that double while the
     * bound rises, then a section search of the bracket found (the bounds are unimodal in j), so
     * {@code O(log distance)} evaluations instead of one per index between the guess and the peak.
     */
    private static int peak(Family f, boolean upper) {
        int j = Math.min(Math.max(0, f.guess(upper)), LIMIT);
        double b = f.logTermBound(j, upper);
        double up = j < LIMIT ? f.logTermBound(j + 1, upper) : Double.NEGATIVE_INFINITY;
        double down = j > 0 ? f.logTermBound(j - 1, upper) : Double.NEGATIVE_INFINITY;
        if (!(up > b) && !(down > b)) {
            return j;
        }
        int dir = up > b && up >= down ? 1 : -1;
        // invariant: a < m < c (or c < m < a going down), bound(m) above bound(a)
        int a = j;
        int m = j + dir;
        double fm = dir > 0 ? up : down;
        int c;
        for (int step = 2; ; step = (int) Math.min(2L * step, LIMIT)) {
            long next = (long) m + (long) dir * step;
            c = (int) Math.max(0, Math.min(LIMIT, next));
            if (c == m) {
                return m; // the end of the index range
            }
            double fc = f.logTermBound(c, upper);
            if (!(fc > fm)) {
                break;
            }
            a = m;
            m = c;
            fm = fc;
        }
        int left = Math.min(a, c);
        int right = Math.max(a, c);
        // bound(m) >= bound at both ends: narrow [left, right] around the maximum
        while (right - left > 2) {
            int x = m - left > right - m ? (left + m) >>> 1 : (m + right) >>> 1;
            double fx = f.logTermBound(x, upper);
            if (fx > fm) {
                if (x < m) {
                    right = m;
                } else {
                    left = m;
                }
                m = x;
                fm = fx;
            } else if (x < m) {
                left = x;
            } else {
                right = x;
            }
        }
        return m;
    }

    /**
     * The last index of the range on one side ({@code dir = -1} below the top, {@code +1} above): the
     * first index i where the rest of that side is negligible. With bounds log-concave in j, the
     * terms beyond i fall at least geometrically with the ratio {@code r = e^-(b_{i-dir} - b_i)}, so
     * the rest is at most {@code e^b_i / (1 - r)}; i ends the range once that is {@link #DROP} nats
     * below the largest term. This predicate is monotone along the side, so it is located by doubling
     * steps and bisection: {@code O(log n)} bound evaluations for a range of n terms.
     */
    private static int edge(Family f, boolean upper, int top, double best, int dir) {
        double floor = best - DROP;
        int inside = top; // the rest is not yet negligible there
        int outside = -1; // it is, or -1 while not found
        for (long step = 1; step <= MAX_TERMS; step *= 2) {
            long i = (long) top + dir * step;
            if (i <= 0 || i >= LIMIT) {
                int end = i <= 0 ? 0 : LIMIT;
                if (end == inside || !restNegligible(f, upper, end, dir, floor)) {
                    return end;
                }
                outside = end;
                break;
            }
            if (restNegligible(f, upper, (int) i, dir, floor)) {
                outside = (int) i;
                break;
            }
            inside = (int) i;
        }
        if (outside < 0) {
            return inside; // MAX_TERMS from the top
        }
        while (Math.abs(outside - inside) > 1) {
            int mid = (int) (((long) inside + outside) / 2);
            if (restNegligible(f, upper, mid, dir, floor)) {
                outside = mid;
            } else {
                inside = mid;
            }
        }
        return outside;
    }

    /** Whether {@code e^b_i / (1 - e^-(b_{i-dir} - b_i))}, the bound of the rest from i on, is below e^floor. */
    private static boolean restNegligible(Family f, boolean upper, int i, int dir, double floor) {
        double b = f.logTermBound(i, upper);
        if (!(b < floor)) {
            return false;
        }
        double fall = f.logTermBound(i - dir, upper) - b;
        return b == Double.NEGATIVE_INFINITY || fall > 0 && b - Math.log(-Math.expm1(-fall)) < floor;
    }

    /** The ratio {@code term_{j+1} / term_j} of a positive series. */
    interface Ratio {
        double at(int j);
    }

    /**
     * {@code sum_j term_j / term_top} for a positive series with log-concave terms, given the term
     * ratios: summed from {@code top} upward and downward (to j = 0), each side stopping once a term
     * falls below 1e-17 of the sum (the rest is then geometrically smaller).
     */
    static double relativeSum(int top, Ratio ratio) {
        double sum = 1;
        double term = 1;
        for (int j = top; j < top + MAX_TERMS; j++) {
            term *= ratio.at(j);
            sum += term;
            if (term < 1e-17 * sum) {
                break;
            }
        }
        term = 1;
        for (int j = top - 1; j >= 0; j--) {
            term /= ratio.at(j);
            sum += term;
            if (term < 1e-17 * sum) {
                break;
            }
        }
        return sum;
    }
}
