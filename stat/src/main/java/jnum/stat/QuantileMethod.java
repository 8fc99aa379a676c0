package jnum.stat;

/**
 * The nine sample quantile definitions of Hyndman and Fan ("Sample quantiles in statistical
 * packages", The American Statistician 50, 1996), named and computed as NumPy's
 * {@code numpy.quantile(method=...)} does. With the sorted sample {@code x[0] <= ... <= x[n-1]} each
 * method maps the probability p to a virtual index {@code v} and returns
 * {@code (1 - g) x[floor v] + g x[floor v + 1]}, the indices clamped to {@code [0, n - 1]}.
 *
 * <ul>
 *   <li>Types 1-3 (discontinuous): {@link #INVERTED_CDF}, {@link #AVERAGED_INVERTED_CDF},
 *       {@link #CLOSEST_OBSERVATION}; {@code v = n p - 1} (type 3: {@code n p - 1.5}) and g is 0,
 *       1/2 or 1 as the definition says.
 *   <li>Types 4-9 (continuous): {@code v = n p + alpha + p (1 - alpha - beta) - 1} with the
 *       plotting-position constants (alpha, beta) of each type; type 7, {@link #LINEAR}, is the
 *       default of R, NumPy and this package ({@code v = (n - 1) p}).
 * </ul>
 */
public enum QuantileMethod {
    /** Type 1: the inverse of the empirical distribution function. */
    INVERTED_CDF(1, 0, 0),
    /** Type 2: type 1 with averaging at discontinuities. */
    AVERAGED_INVERTED_CDF(2, 0, 0),
    /** Type 3: the nearest order statistic, ties to the even one (SAS definition 2). */
    CLOSEST_OBSERVATION(3, 0, 0),
    /** Type 4: linear interpolation of the empirical cdf, alpha = 0, beta = 1. */
    INTERPOLATED_INVERTED_CDF(4, 0, 1),
    /** Type 5: piecewise linear through the midpoints, alpha = beta = 1/2. */
    HAZEN(5, 0.5, 0.5),
    /** Type 6: alpha = beta = 0 (Minitab, SPSS). */
    WEIBULL(6, 0, 0),
    /** Type 7: alpha = beta = 1, the default (R, NumPy, Excel's PERCENTILE.INC). */
    LINEAR(7, 1, 1),
    /** Type 8: alpha = beta = 1/3, approximately median-unbiased whatever the distribution. */
    MEDIAN_UNBIASED(8, 1.0 / 3, 1.0 / 3),
    /** Type 9: alpha = beta = 3/8, approximately unbiased for normal data. */
    NORMAL_UNBIASED(9, 3.0 / 8, 3.0 / 8);

    private final int type;
    private final double alpha;
    private final double beta;

    QuantileMethod(int type, double alpha, double beta) {
        this.type = type;
        this.alpha = alpha;
        this.beta = beta;
    }

    /** The Hyndman-Fan type number, 1 to 9. */
    public int type() {
        return type;
    }

    /**
     * The method of Hyndman-Fan type {@code type}.
     *
     * @throws IllegalArgumentException if {@code type} is not in 1..9
     */
    public static QuantileMethod ofType(int type) {
        if (type < 1 || type > 9) {
            throw new IllegalArgumentException("QuantileMethod.ofType: type " + type + " is not in 1..9");
        }
        return values()[type - 1];
    }

    /** The (unclamped) 0-based virtual index of quantile p in a sample of n. */
    double virtualIndex(int n, double p) {
        return switch (this) {
            case INVERTED_CDF, AVERAGED_INVERTED_CDF -> n * p - 1;
            case CLOSEST_OBSERVATION -> n * p - 1 - 0.5;
            case LINEAR -> (n - 1) * p;
            default -> n * p + (alpha + p * (1 - alpha - beta)) - 1;
        };
    }

    /** The interpolation weight of the upper neighbour, given {@code floor(v)} and {@code g = v - floor(v)}. */
    double gamma(double floor, double g) {
        return switch (this) {
            case INVERTED_CDF -> g == 0 ? 0 : 1;
            case AVERAGED_INVERTED_CDF -> g == 0 ? 0.5 : 1;
            // 0-based odd index = 1-based even order statistic
            case CLOSEST_OBSERVATION -> g == 0 && Math.abs(floor % 2) == 1 ? 0 : 1;
            default -> g;
        };
    }
}
