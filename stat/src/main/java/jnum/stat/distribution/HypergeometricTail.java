package jnum.stat.distribution;

/**
 * A hypergeometric tail relative to its first term, {@code T(k) / P(k)} with {@code T(k) = sum
 * P(j)} over {@code j <= k} (lower tail) or {@code j >= k} (upper tail), for a tail that lies away
 * from the mode, in a cost that does not grow with the standard deviation.
 *
 * <p>Where the terms fall fast from k (the first ratio below {@code e^-0.2}, so at most a few
 * hundred terms matter) or the standard deviation is below {@value #SUMMED_SD}, the ratio
 * recurrence is summed directly until a bound on the rest is negligible. Otherwise the sum is
 * replaced by the Euler-Maclaurin formula on the continuous extension {@code P(x) = exp(g(x))}
 * (log-gamma in place of log-factorials): {@code T(k)/P(k) = I + 1/2 -+ sum_{m=1..5} B_2m/(2m)!
 * P^(2m-1)(k)/P(k)}, with {@code I = integral_0^inf P(k -+ s)/P(k) ds}. Its truncation error is
 * {@code B_12/12! |g'|^11} relative, below 1e-17 for {@code |g'| <= 0.2} ({@link
 * FactorialMass#tailRatio}, with the exact integer counts {@code c = k, a = K - k, b = n - k, r =
 * N - K - n + k}: {@code g(k + t) - g(k) = t log(a b / (c r)) - R(c, t) - R(a, -t) - R(b, -t) -
 * R(r, t)}).
 */
final class HypergeometricTail {
    /** Below this standard deviation the tails are summed directly (at most about 9 x this terms). */
    static final double SUMMED_SD = 256;

    /** A first ratio below {@code e^-SLOPE} makes the direct sum short. */
    private static final double SLOPE = 0.2;

    private static final double NEGLIGIBLE = 0x1p-56;

    private HypergeometricTail() {}

    /**
     * {@code T(k) / P(k) >= 1} for the tail from k towards {@code dir} (-1 lower, +1 upper); k is
     * inside the support and the tail lies away from the mode.
     */
    static double ratio(Hypergeometric d, long k, int dir) {
        double firstRatio = dir < 0 ? d.ratioDown(k) : d.ratioUp(k);
        if (firstRatio > Math.exp(-SLOPE) && d.variance() >= SUMMED_SD * SUMMED_SD) {
            double b = FactorialMass.hypergeometric(d, k).tailRatio(dir);
            if (!Double.isNaN(b)) {
                return b;
            }
        }
        return summed(d, k, dir);
    }

    /** The ratio recurrence summed from k until a geometric bound on the rest is negligible. */
    static double summed(Hypergeometric d, long k, int dir) {
        double sum = 1;
        double t = 1;
        long end = dir < 0 ? d.lowest() : d.highest();
        for (long j = k; j != end; j += dir) {
            double rho = dir < 0 ? d.ratioDown(j) : d.ratioUp(j);
            t *= rho;
            sum += t;
            if (rho < 1 && t * rho / (1 - rho) <= NEGLIGIBLE * sum) {
                break;
            }
        }
        return sum;
    }

    /**
     * The entropy {@code -sum P(j) log P(j)} for a standard deviation of at least {@value
     * #MassIntegral.ENTROPY_MIN_SD}, or NaN where the counts at the mode are below {@value MassIntegral#ENTROPY_MIN_COUNT}
     * (the two-term Stirling series in {@link MassIntegral#stirling} then loses accuracy). Over the whole line the sum of
     * a smooth function equals its integral up to Poisson-summation terms of order {@code
     * exp(-2 pi^2 sd^2)}, so with {@code P(m + t) = P(m) exp(D(t))} around the mode m: {@code H =
     * -P(m) (log P(m) integral e^D + integral e^D D)}.
     */
    static double entropy(Hypergeometric d) {
        long m = d.mode();
        FactorialMass mass = FactorialMass.hypergeometric(d, m);
        if (d.variance() < MassIntegral.ENTROPY_MIN_SD * MassIntegral.ENTROPY_MIN_SD
                || mass.minCount() < MassIntegral.ENTROPY_MIN_COUNT) {
            return Double.NaN;
        }
        return mass.entropy(d.logPmf(m));
    }
}
