package jnum.suites.distribution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import jnum.stat.distribution.Binomial;
import jnum.stat.distribution.DiscreteDistribution;
import jnum.stat.distribution.NegativeBinomial;
import jnum.stat.distribution.Poisson;
import jnum.testkit.CsvResource;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Binomial (n up to 2^52), Poisson (means up to 1e15) and negative binomial (r up to 1e12)
 * distributions, where the log tails come from the incomplete beta and gamma functions in log form,
 * the center of a wide distribution from the Euler-Maclaurin formula on the factorial mass, and the
 * entropy from an integral: against mpmath ({@code reference/discrete/discrete_huge.csv}, {@code
 * discrete_huge_entropy.csv} and the script that wrote them), against a compensated direct sum
 * where that is affordable, and by identities over random parameters (log-uniform, not a grid).
 *
 * <p>The bounds are those of {@link HypergeometricHugePopulationTest}: every parameter and point is
 * exact in doubles, a tail is a mass times a ratio whose exponent carries {@code C eps (1 + |log
 * P|)} absolute, so a tail has that relative error and its logarithm that absolute error; the
 * complement {@code 1 - t} carries t times it.
 */
class DiscreteHugeParameterTest {
    private static final double C = 64;
    private static final double EPS = Tolerance.EPS;

    @Test
    void tailsAgainstMpmath() {
        int rows = 0;
        for (String[] f : CsvResource.rows("/reference/discrete/discrete_huge.csv")) {
            DiscreteDistribution d = distribution(f[0], f[1], f[2]);
            long k = Long.parseLong(f[3]);
            double cdf = Double.parseDouble(f[4]);
            double sf = Double.parseDouble(f[5]);
            double logCdf = Double.parseDouble(f[6]);
            double logSf = Double.parseDouble(f[7]);
            TailReference.check(d, k, cdf, sf, logCdf, logSf, C, d + " at k = " + k);
            rows++;
        }
        assertTrue(rows >= 20, "rows: " + rows);
    }

    /**
     * {@code H = -P(m) (log P(m) I0 + I1)} carries the mass's relative error {@code C eps (1 + |log
     * P(m)|)} once through {@code P(m)} and once through {@code log P(m)}.
     */
    @Test
    void entropyAgainstMpmath() {
        int rows = 0;
        for (String[] f : CsvResource.rows("/reference/discrete/discrete_huge_entropy.csv")) {
            DiscreteDistribution d = distribution(f[0], f[1], f[2]);
            double expected = Double.parseDouble(f[3]);
            double logMode = Math.abs(d.logPmf(Math.round(d.mean())));
            Tolerance.assertWithin(d.entropy(), expected, C * EPS * (1 + logMode) * (2 + expected), d + ".entropy()");
            rows++;
        }
        assertTrue(rows >= 6, "rows: " + rows);
    }

    /**
     * Standard deviations from 500 to 3e4 (both sides of the switch to Euler-Maclaurin at 1024),
     * binomial and negative binomial, within 12 standard deviations of the mean: the tail away from
     * the mode against {@code P(first)} times the ratio recurrence summed in the test with Neumaier's
     * compensation; the j-th term carries at most {@code 5 j u} relative error (four roundings per
     * ratio, with the rounded {@code 1 - p}, and one product), the library's tail the mass's bound.
     * Also cdf + survival = 1.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void centerAgainstCompensatedDirectSum(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 2; i++) {
            DiscreteDistribution d = i == 0 ? binomialWithStdDev(r, 500, 3e4) : negativeBinomialWithStdDev(r, 500, 3e4);
            double z = r.nextDouble(-12, 12);
            long k = Math.max(0, Math.round(d.mean() + z * d.stdDev()));
            long mode = mode(d);
            int dir = k < mode ? -1 : 1;
            long first = dir < 0 ? k : k + 1;
            double[] sumAndBound = directSum(d, first, dir);
            double expected = d.pmf(first) * sumAndBound[0];
            double cdf = d.cdf(k);
            double sf = d.survival(k);
            String at = d + " at k = " + k + " (seed " + seed + ")";
            Tolerance.assertWithin(cdf + sf, 1, 4 * EPS, at + ": cdf + survival");
            if (expected >= Double.MIN_NORMAL) {
                double bound = C * EPS * (1 + Math.abs(Math.log(expected))) + sumAndBound[1];
                Tolerance.assertRelative(dir < 0 ? cdf : sf, expected, bound, at + ": tail");
            }
        }
    }

    /**
     * Over the whole parameter range, the upper tail's recursion {@code T(k - 1) = P(k) + T(k)} in
     * log form, with k from the body to 60 standard deviations out (tails far below the doubles),
     * and the same for the lower tail: adjacent values of the log tails agree with the log mass to
     * the log tails' own bound.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void logTailRecursion(long seed) {
        SplittableRandom r = new SplittableRandom(seed ^ 0x10917L);
        for (int i = 0; i < 3; i++) {
            DiscreteDistribution d = random(r, i);
            double sd = d.stdDev();
            String at = d + " (seed " + seed + ")";
            long k = Math.max(1, Math.round(d.mean() + r.nextDouble(0, 60) * sd));
            if (k + 1 < d.support().upper()) {
                double later = d.logSurvival(k);
                double earlier = d.logSurvival(k - 1);
                double expected = logAddExp(d.logPmf(k), later);
                Tolerance.assertWithin(
                        earlier, expected, 2 * C * EPS * (1 + Math.abs(expected)), at + ": logSurvival(" + k + ")");
            }
            long j = Math.round(d.mean() - r.nextDouble(0, 60) * sd);
            if (j >= 1) {
                double lower = d.logCdf(j - 1);
                double expected = logAddExp(d.logPmf(j), lower);
                Tolerance.assertWithin(
                        d.logCdf(j), expected, 2 * C * EPS * (1 + Math.abs(expected)), at + ": logCdf(" + j + ")");
            }
        }
    }

    /**
     * Quantiles at probabilities log-uniform down to 1e-300 over the whole parameter range: the
     * smallest k whose cdf reaches p, and the smallest whose survival function is at most p.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void quantileRoundTrips(long seed) {
        SplittableRandom r = new SplittableRandom(seed ^ 0x9a4L);
        for (int i = 0; i < 3; i++) {
            DiscreteDistribution d = random(r, i);
            double p = Math.pow(10, -r.nextDouble(0.31, 300));
            String at = d + " (seed " + seed + ")";
            long lo = d.support().lower();
            long q = d.quantile(p);
            assertTrue(d.cdf(q) >= p && (q == lo || d.cdf(q - 1) < p), at + ": quantile(" + p + ") = " + q);
            long s = d.inverseSurvival(p);
            assertTrue(
                    d.survival(s) <= p && (s == lo || d.survival(s - 1) > p),
                    at + ": inverseSurvival(" + p + ") = " + s);
        }
    }

    /**
     * Entropies of binomial and negative binomial distributions with standard deviations from 32 to
     * 2000 (the integral's range begins at 32) against {@code -sum P log P} summed in the test over
     * the mean +- 40 standard deviations with Neumaier's compensation; both carry the mass's bound.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void entropyAgainstDirectSum(long seed) {
        SplittableRandom r = new SplittableRandom(seed ^ 0xe4L);
        DiscreteDistribution d =
                seed % 2 == 0 ? binomialWithStdDev(r, 32, 2000) : negativeBinomialWithStdDev(r, 32, 2000);
        long from = Math.max(0, (long) (d.mean() - 40 * d.stdDev()));
        long to = (long) (d.mean() + 40 * d.stdDev());
        double sum = 0;
        double comp = 0;
        for (long j = from; j <= to && j <= d.support().upper(); j++) {
            double l = d.logPmf(j);
            double t = l == Double.NEGATIVE_INFINITY ? 0 : -Math.exp(l) * l;
            double s = sum + t;
            comp += Math.abs(sum) >= Math.abs(t) ? (sum - s) + t : (t - s) + sum;
            sum = s;
        }
        double expected = sum + comp;
        double logMode = Math.abs(d.logPmf(mode(d)));
        Tolerance.assertWithin(
                d.entropy(), expected, C * EPS * (1 + logMode) * (2 + expected), d + ".entropy() (seed " + seed + ")");
    }

    /**
     * The negative binomial log mass at non-integer r from 1e3 to 1e12, where {@code k + r} rounds,
     * against mpmath ({@code reference/discrete/nb_logpmf.csv}, 4 standard deviations either
     * side): within the mass's own {@code C eps (1 + |log P|)}. With the rounding of {@code k + r}
     * left in the deviances it was off by up to 1e-10 relative.
     */
    @Test
    void negativeBinomialMassAtNonIntegerR() {
        int rows = 0;
        for (String[] f : CsvResource.rows("/reference/discrete/nb_logpmf.csv")) {
            NegativeBinomial d = new NegativeBinomial(Double.parseDouble(f[0]), Double.parseDouble(f[1]));
            long k = Long.parseLong(f[2]);
            double expected = Double.parseDouble(f[3]);
            Tolerance.assertWithin(d.logPmf(k), expected, C * EPS * (1 + Math.abs(expected)), d + ".logPmf(" + k + ")");
            rows++;
        }
        assertTrue(rows >= 30, "rows: " + rows);
    }

    private static DiscreteDistribution distribution(String family, String a, String b) {
        return switch (family) {
            case "Binomial" -> new Binomial((long) Double.parseDouble(a), Double.parseDouble(b));
            case "Poisson" -> new Poisson(Double.parseDouble(a));
            case "NegativeBinomial" -> new NegativeBinomial(Double.parseDouble(a), Double.parseDouble(b));
            default -> throw new IllegalArgumentException("unknown family " + family);
        };
    }

    /** {@code log(e^a + e^b)} without overflow. */
    private static double logAddExp(double a, double b) {
        double hi = Math.max(a, b);
        return hi == Double.NEGATIVE_INFINITY ? hi : hi + Math.log1p(Math.exp(Math.min(a, b) - hi));
    }

    private static long mode(DiscreteDistribution d) {
        if (d instanceof Binomial b) {
            return Math.min(b.n(), (long) Math.floor((b.n() + 1.0) * b.p()));
        }
        NegativeBinomial nb = (NegativeBinomial) d;
        return nb.r() > 1 ? (long) Math.floor((nb.r() - 1) * (1 - nb.p()) / nb.p()) : 0;
    }

    /** {@code {sum, relative error bound}} of {@code sum_j P(first + dir j) / P(first)}. */
    private static double[] directSum(DiscreteDistribution d, long first, int dir) {
        long end = dir < 0 ? 0 : d.support().upper();
        double sum = 1;
        double comp = 0;
        double err = 0;
        double t = 1;
        long steps = 0;
        for (long j = first; j != end; j += dir) {
            double rho = dir < 0 ? 1 / ratioUp(d, j - 1) : ratioUp(d, j);
            t *= rho;
            steps++;
            double s = sum + t;
            comp += Math.abs(sum) >= Math.abs(t) ? (sum - s) + t : (t - s) + sum;
            sum = s;
            err += t * 5 * steps;
            if (rho < 1 && t * rho / (1 - rho) <= 0x1p-60 * sum) {
                break;
            }
        }
        double total = sum + comp;
        return new double[] {total, Tolerance.U * (err / total + 2)};
    }

    /** {@code P(j+1) / P(j)}. */
    private static double ratioUp(DiscreteDistribution d, long j) {
        if (d instanceof Binomial b) {
            return (double) (b.n() - j) / (j + 1) * (b.p() / (1 - b.p()));
        }
        NegativeBinomial nb = (NegativeBinomial) d;
        return (j + nb.r()) / (j + 1) * (1 - nb.p());
    }

    /** Binomial n to 2^52, Poisson mean to 1e15, negative binomial r to 1e12 (mean below 2^50). */
    private static DiscreteDistribution random(SplittableRandom r, int family) {
        return switch (family) {
            case 0 -> new Binomial((long) logUniform(r, 1e3, 0x1p52), probability(r));
            case 1 -> new Poisson(logUniform(r, 1e2, 1e15));
            default -> {
                for (int tries = 0; ; tries++) {
                    NegativeBinomial d = new NegativeBinomial(logUniform(r, 1, 1e12), logUniform(r, 1e-4, 0.9));
                    if (d.mean() < 0x1p50 && d.stdDev() >= 10 || tries > 1000) {
                        yield d;
                    }
                }
            }
        };
    }

    private static Binomial binomialWithStdDev(SplittableRandom r, double lo, double hi) {
        double sd = logUniform(r, lo, hi);
        double p = probability(r);
        return new Binomial(Math.round(sd * sd / (p * (1 - p))), p);
    }

    /** r = sd^2 p^2 / (1 - p), kept above 2 (so the mode is away from 0) by the choice of p. */
    private static NegativeBinomial negativeBinomialWithStdDev(SplittableRandom r, double lo, double hi) {
        double sd = logUniform(r, lo, hi);
        double p = logUniform(r, Math.max(1e-3, 2 / sd), 0.9);
        return new NegativeBinomial(sd * sd * p * p / (1 - p), p);
    }

    /** Log-uniform in [1e-3, 1/2], or its complement. */
    private static double probability(SplittableRandom r) {
        double f = logUniform(r, 1e-3, 0.5);
        return r.nextBoolean() ? 1 - f : f;
    }

    private static double logUniform(SplittableRandom r, double lo, double hi) {
        return Math.exp(r.nextDouble(Math.log(lo), Math.log(hi)));
    }
}
