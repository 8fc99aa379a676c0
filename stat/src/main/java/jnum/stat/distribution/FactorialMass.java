package jnum.stat.distribution;

import java.util.function.LongFunction;

/**
 * A mass built from factorials, seen from a point k: {@code P(k + t) / P(k) = exp(g(k + t) -
 * g(k))} with {@code g(k + t) - g(k) = t L + sum_i e_i R(y_i, s_i t)}, where the counts {@code y_i}
 * (exact integers or exact sums at k) move by {@code s_i = +-1} per unit step, enter as {@code
 * Gamma(y_i + 1)^(e_i)} with {@code e_i = +-1}, {@code L} collects the powers and the logarithms
 * {@code s_i e_i log y_i} (formed from error-free products, so its error is relative to its own
 * small value), and {@code R(y, t) = log Gamma(y + 1 + t) - log Gamma(y + 1) - t log y} is the
 * Stirling form of {@link MassIntegral#stirling}. The integrand is formed from the counts and the
 * offset t alone, never from {@code k + t} (at k = 1e14 a rounded node would move it by {@code g'
 * ulp(k)}).
 *
 * <p>{@link #tailRatio} is the tail {@code T(k) = sum P(j)} over {@code j <= k} or {@code j >= k}
 * relative to {@code P(k)} by the Euler-Maclaurin formula: {@code T(k)/P(k) = I + 1/2 -+
 * sum_{m=1..5} B_2m/(2m)! P^(2m-1)(k)/P(k)}, {@code I = integral_0^inf P(k -+ s)/P(k) ds}, whose
 * truncation error is {@code B_12/12! |g'|^11} relative (below 1e-13 for {@code |g'| <= 0.4}, and
 * far smaller near the mode); the far end adds terms of {@code e^-40} and below. The integral is
 * taken by the panels of {@link MassIntegral#panels} from the local scale {@code 1 / (|g'(k)| +
 * |g''(k)|^(1/2))}. The derivatives of g at k are polygamma sums in their asymptotic series (every
 * count is at least {@value #MIN_COUNT}), and those of P follow by the complete Bell polynomial
 * recurrence. The cost does not depend on the size of the counts.
 */
final class FactorialMass {
    /** The Euler-Maclaurin path needs every count at least this large (asymptotic polygammas). */
    static final double MIN_COUNT = 1e4;

    /**
     * The smallest count for {@link #entropyAbove}: from here on the four-term Stirling
     * correction of {@link MassIntegral#stirlingDifferenceFar} is good to 1e-19 and the truncated
     * polygamma series of {@link #derivatives} to 1e-16 in g' (1e-12 relative in g'', which enters
     * only the Euler-Maclaurin corrections, themselves a few hundredths of the mass at k).
     */
    static final double ENTROPY_ABOVE_MIN_COUNT = 60;

    /** The largest {@code |g'(k)|} for the Euler-Maclaurin path. */
    private static final double MAX_SLOPE = 0.4;

    /**
     * The most panels for {@link #entropyAbove}: up to about 30 growing ones and then those of the
     * largest width (about {@code 10 / p}) until the integrand is down to {@code e^-40} of its
     * largest value, a few dozen at r = 16 and p = 1e-10.
     */
    private static final int ENTROPY_PANELS = 400;

    /** {@code B_2m / (2m)!} for m = 1..5. */
    private static final double[] BERNOULLI = {1.0 / 12, -1.0 / 720, 1.0 / 30240, -1.0 / 1209600, 1.0 / 47900160};

    private final double slope;
    private final double[] y;
    private final int[] s;
    private final int[] e;

    /**
     * For {@code Gamma(y_0 + 1) / Gamma(y_1 + 1)} with both counts moving up, the exact nonzero
     * {@code y_0 - y_1} ({@code y_0} itself may be rounded); else NaN.
     */
    private final double gap;

    private FactorialMass(double slope, double[] y, int[] s, int[] e) {
        this(slope, y, s, e, Double.NaN);
    }

    /**
     * For the negative binomial, {@code log(1 - p)}, the slope's part that does not come from the
     * counts; else NaN.
     */
    private final double logBase;

    private FactorialMass(double slope, double[] y, int[] s, int[] e, double gap) {
        this(slope, y, s, e, gap, Double.NaN);
    }

    private FactorialMass(double slope, double[] y, int[] s, int[] e, double gap, double logBase) {
        this.slope = slope;
        this.y = y;
        this.s = s;
        this.e = e;
        this.gap = gap;
        this.logBase = logBase;
    }

    /**
     * The hypergeometric mass {@code 1 / (c! a! b! r!)} times constants at k: {@code c = k, a = K -
     * k, b = n - k, r = N - K - n + k}.
     */
    static FactorialMass hypergeometric(Hypergeometric d, long k) {
        double c = k;
        double a = d.successes() - k;
        double b = d.draws() - k;
        double r = d.population() - d.successes() - d.draws() + k;
        return new FactorialMass(
                MassIntegral.logQuotient(a, b, c, r), new double[] {c, a, b, r}, new int[] {1, -1, -1, 1}, new int[] {
                    -1, -1, -1, -1
                });
    }

    /** The binomial mass {@code p^k (1-p)^(n-k) / (k! (n - k)!)} times constants at k. */
    static FactorialMass binomial(long n, double p, long k) {
        double c = k;
        double a = n - k;
        double q = 1 - p;
        return new FactorialMass(
                MassIntegral.logQuotient(p, a, 0, q, c, c * complementError(p, q)),
                new double[] {c, a},
                new int[] {1, -1},
                new int[] {-1, -1});
    }

    /**
     * The negative binomial mass {@code Gamma(k + r) (1-p)^k / k!} times constants at k (the
     * counts {@code k + r - 1} and k).
     */
    static FactorialMass negativeBinomial(double r, double p, long k) {
        double c = k;
        double rm1 = r - 1; // exact for 2 <= r <= 2^53
        double y1 = c + rm1;
        double y1Err = (c - (y1 - (y1 - c))) + (rm1 - (y1 - c)); // TwoSum
        double q = 1 - p;
        return new FactorialMass(
                MassIntegral.logQuotient(q, y1, q * y1Err + y1 * complementError(p, q), 1, c, 0),
                new double[] {y1, c},
                new int[] {1, 1},
                new int[] {1, -1},
                rm1 != 0 ? rm1 : Double.NaN,
                Math.log1p(-p));
    }

    /**
     * {@code (1 - p) - q} for {@code q = fl(1 - p)}: exact (Sterbenz twice) for p up to 1/2, and 0
     * above, where 1 - p is exact. With the slope's error {@code sd u} relative in a tail sum, the
     * rounding of 1 - p alone would cost 1e-10 at n = 1e15.
     */
    private static double complementError(double p, double q) {
        return p <= 0.5 ? (1 - q) - p : 0;
    }

    /** The smallest count. */
    double minCount() {
        double m = Double.POSITIVE_INFINITY;
        for (double v : y) {
            m = Math.min(m, v);
        }
        return m;
    }

    /** {@code g(k + t) - g(k)}. */
    double logRatio(double t) {
        if (gap > 0) {
            // Gamma(y1 + 1) / Gamma(c + 1) with y1 just above c: the two Stirling parts cancel
            return t * slope + MassIntegral.stirlingDifference(y[0], y[1], gap, t);
        }
        double v = t * slope;
        for (int i = 0; i < y.length; i++) {
            v += e[i] * MassIntegral.stirling(y[i], s[i] * t);
        }
        return v;
    }

    /**
     * {@link #logRatio} for the negative binomial at offsets far above k (to {@code 40 / p}): the
     * slope's parts {@code t log(1 - p)} and {@code t log(y_0 / y_1)} are taken apart, the latter
     * cancelling in {@link MassIntegral#stirlingDifferenceFar} (else {@code t slope} would carry
     * {@code t |slope| eps}, 1e-9 at r = 1/2, p = 1e-9).
     */
    private double logRatioFar(double t) {
        return t * logBase + MassIntegral.stirlingDifferenceFar(y[0], y[1], gap, t);
    }

    /** {@code g^(m)(k)} for m = 1..9 (g[0] unused). */
    double[] derivatives() {
        double[] g = new double[10];
        g[1] = slope;
        for (int i = 0; i < y.length; i++) {
            g[1] += e[i] * s[i] * digammaExcess(y[i]);
        }
        for (int m = 2; m < g.length; m++) {
            double sum = 0;
            for (int i = 0; i < y.length; i++) {
                double sign = s[i] < 0 && (m & 1) == 1 ? -1 : 1;
                sum += e[i] * sign * polygamma(m - 1, y[i]);
            }
            g[m] = sum;
        }
        return g;
    }

    /** Half the smallest count that shrinks along the direction: the panels stay inside it. */
    double room(int dir) {
        double m = Double.POSITIVE_INFINITY;
        for (int i = 0; i < y.length; i++) {
            if (s[i] * dir < 0) {
                m = Math.min(m, y[i]);
            }
        }
        return 0.5 * m;
    }

    /**
     * {@code T(k) / P(k)} for the tail from k towards {@code dir} (-1 lower, +1 upper), or NaN
     * where the conditions of the Euler-Maclaurin path fail (a count below {@value #MIN_COUNT},
     * {@code |g'(k)| > 0.4}, or a panel passing the room); the tail lies away from the mode.
     */
    double tailRatio(int dir) {
        if (minCount() < MIN_COUNT) {
            return Double.NaN;
        }
        double[] g = derivatives();
        if (Math.abs(g[1]) > MAX_SLOPE) {
            return Double.NaN;
        }
        double[] integrals = MassIntegral.panels(this::logRatio, dir, scale(g), room(dir));
        if (integrals == null) {
            return Double.NaN;
        }
        double[] h = bell(g);
        double corrections = 0;
        for (int m = BERNOULLI.length - 1; m >= 0; m--) {
            corrections += BERNOULLI[m] * h[2 * m + 1];
        }
        return integrals[0] + 0.5 - dir * corrections;
    }

    /**
     * {@code cdf(k)} ({@code upper} false) or {@code survival(k)} of a wide distribution near its
     * center, where the incomplete beta function's continued fraction is long: the tail that lies
     * away from the mode by {@link #tailRatio}, the other as its complement (both are then above
     * the mass at the mode); NaN where {@code tailRatio} fails.
     *
     * @param d the distribution
     * @param mode its mode
     * @param at the mass seen from a point
     * @param k the argument, inside the support
     * @param upper whether to return the survival function
     */
    static double centralCdf(DiscreteDistribution d, long mode, LongFunction<FactorialMass> at, long k, boolean upper) {
        if (k < mode) {
            double lower = Math.exp(d.logPmf(k)) * at.apply(k).tailRatio(-1);
            return upper ? 1 - lower : lower;
        }
        double tail = Math.exp(d.logPmf(k + 1)) * at.apply(k + 1).tailRatio(1);
        return upper ? tail : 1 - tail;
    }

    /**
     * The entropy of the whole mass, with k its mode and {@code logPmf} the log mass there ({@link
     * MassIntegral#entropy}); NaN if the panels pass the room.
     */
    double entropy(double logPmf) {
        return MassIntegral.entropy(logPmf, this::logRatio, scale(derivatives()), entropyRoom(-1), entropyRoom(1));
    }

    /**
     * {@code sum_{j >= k} -P(j) log P(j)} with k this point and {@code logPmf = log P(k)}, for a
     * negative binomial mass with {@code r != 1}, smooth on the unit scale from k on (the counts at
     * least {@value #ENTROPY_ABOVE_MIN_COUNT}, {@code |g'(k)| <= 0.4}): the Euler-Maclaurin formula of
     * {@link #tailRatio} on {@code f = -P log P = -P(k) e^D (log P(k) + D)}, {@code D(t) = g(k + t) -
     * g(k)}, whose derivatives at k are {@code f^(n) = -P(k) (log P(k) h_n + sum_{j<n} C(n, j) h_j
     * g^(n-j))} with {@code h_n = P^(n)(k) / P(k)}; the integral by the panels of {@link
     * MassIntegral#panels} from k upwards. The panels start at the local scale and double, so a
     * peak far above k and the algebraic growth near k are both resolved, up to maxWidth (an
     * exponential fall-off, see {@link MassIntegral#panels(java.util.function.DoubleUnaryOperator,
     * int, double, double, double, int)}); the integrand from {@link #logRatioFar}. NaN where the
     * conditions fail or the panels do not reach the end.
     */
    double entropyAbove(double logPmf, double maxWidth) {
        if (minCount() < ENTROPY_ABOVE_MIN_COUNT || !(gap == gap && logBase == logBase)) {
            return Double.NaN;
        }
        double[] g = derivatives();
        if (Math.abs(g[1]) > MAX_SLOPE) {
            return Double.NaN;
        }
        // the first panel no wider than the smallest count: the log Gamma functions' singularities
        // lie that far below k, and a panel twice as wide would cost the 16-point rule 1e-8 there
        double first = Math.min(scale(g), minCount());
        double[] integrals =
                MassIntegral.panels(this::logRatioFar, 1, first, entropyRoom(1), maxWidth, ENTROPY_PANELS, 3);
        if (integrals == null) {
            return Double.NaN;
        }
        double[] h = bell(g);
        double corrections = 0;
        for (int m = BERNOULLI.length - 1; m >= 0; m--) {
            int n = 2 * m + 1;
            double s = logPmf * h[n];
            double binom = 1; // C(n, j)
            for (int j = 0; j < n; j++) {
                s += binom * h[j] * g[n - j];
                binom = binom * (n - j) / (j + 1);
            }
            corrections += BERNOULLI[m] * s;
        }
        return -Math.exp(logPmf) * (logPmf * (integrals[0] + 0.5) + integrals[1] - corrections);
    }

    /**
     * How far the entropy's integrand may go along dir: until a shrinking count is down to {@value
     * MassIntegral#ENTROPY_MIN_COUNT}, where the Stirling form's truncated {@code se} is still good
     * to 1e-18 (it needs no derivatives, unlike the tails' {@link #room}); a skewed mass (the
     * negative binomial with r of a few hundred) reaches its lower end long before half its mode.
     */
    private double entropyRoom(int dir) {
        double m = Double.POSITIVE_INFINITY;
        for (int i = 0; i < y.length; i++) {
            if (s[i] * dir < 0) {
                m = Math.min(m, y[i] - MassIntegral.ENTROPY_MIN_COUNT);
            }
        }
        return Math.max(m, 0);
    }

    /** The local scale {@code 1 / (|g'| + |g''|^(1/2))} of the mass around k. */
    private static double scale(double[] g) {
        return 1 / (Math.abs(g[1]) + Math.sqrt(Math.max(-g[2], 0)));
    }

    /** {@code P^(m)(k) / P(k)} for m = 0..9 from {@code g^(m)(k)}: complete Bell polynomials. */
    private static double[] bell(double[] g) {
        double[] h = new double[g.length];
        h[0] = 1;
        for (int m = 0; m + 1 < g.length; m++) {
            double s = 0;
            double binom = 1;
            for (int i = 0; i <= m; i++) {
                s += binom * h[m - i] * g[i + 1];
                binom = binom * (m - i) / (i + 1);
            }
            h[m + 1] = s;
        }
        return h;
    }

    /** {@code psi(y + 1) - log y} for large y. */
    private static double digammaExcess(double y) {
        double w = 1 / y;
        double w2 = w * w;
        return w * (0.5 - w * (1.0 / 12 - w2 * (1.0 / 120 - w2 / 252)));
    }

    /** {@code psi^(j)(y + 1)} for j >= 1 and large y: the asymptotic series to three terms. */
    private static double polygamma(int j, double y) {
        double z = y + 1;
        double fact = 1; // (j - 1)!
        for (int i = 2; i < j; i++) {
            fact *= i;
        }
        double w = 1 / z;
        double lead = fact * Math.pow(w, j);
        double s =
                lead * (1 + w * (j / 2.0 + w * (j * (j + 1) / 12.0 - w * w * j * (j + 1) * (j + 2) * (j + 3) / 720.0)));
        return (j & 1) == 1 ? s : -s;
    }
}
