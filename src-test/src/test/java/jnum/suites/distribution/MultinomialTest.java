package jnum.suites.distribution;

import static jnum.testkit.ContinuousDistributionChecks.assertRejects;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import jnum.stat.distribution.Binomial;
import jnum.stat.distribution.Multinomial;
import jnum.stat.special.Special;
import jnum.testkit.MultivariateDistributionChecks;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Multinomial: the log-gamma formula, total mass, Binomial marginals, sampling. */
class MultinomialTest {
    static double[] probabilities(SplittableRandom rng, int d) {
        double[] p = new double[d];
        double s = 0;
        for (int i = 0; i < d; i++) {
            p[i] = rng.nextDouble(0.05, 1);
            s += p[i];
        }
        for (int i = 0; i < d; i++) {
            p[i] /= s;
        }
        return p;
    }

    /**
     * For n = 12 and d = 4, every composition: the mass against {@code logGamma(n+1) - sum
     * logGamma(x_i+1) + sum x_i log p_i} (1e-13 (1 + |log P|)), the masses sum to 1 within
     * {@code 1e-13 + gamma(455)}, and summing over the last three counts gives the Binomial(n, p_0)
     * marginal to 1e-13.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void everyCompositionOfASmallN(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 12;
        double[] p = probabilities(rng, 4);
        Multinomial d = new Multinomial(n, p);
        double total = 0;
        double[] marginal = new double[n + 1];
        int count = 0;
        for (int a = 0; a <= n; a++) {
            for (int b = 0; a + b <= n; b++) {
                for (int c = 0; a + b + c <= n; c++) {
                    double[] x = {a, b, c, n - a - b - c};
                    double expected = Special.gammaln(n + 1);
                    for (int i = 0; i < 4; i++) {
                        expected += -Special.gammaln(x[i] + 1) + x[i] * Math.log(p[i]);
                    }
                    double l = d.logPdf(x);
                    Tolerance.assertWithin(
                            l, expected, 1e-13 * (1 + Math.abs(expected)), d + " at " + a + "," + b + "," + c);
                    total += d.pdf(x);
                    marginal[a] += d.pdf(x);
                    count++;
                }
            }
        }
        Tolerance.assertWithin(total, 1, 1e-13 + Tolerance.gamma(count), d + ": total mass");
        Binomial b0 = new Binomial(n, p[0]);
        for (int a = 0; a <= n; a++) {
            Tolerance.assertRelative(marginal[a], b0.pmf(a), 1e-13 + Tolerance.gamma(n * n), "marginal " + a);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void sampleMoments(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        long n = rng.nextBoolean() ? 1 + rng.nextInt(50) : 1_000_000 + rng.nextInt(1_000_000);
        Multinomial d = new Multinomial(n, probabilities(rng, 2 + rng.nextInt(4)));
        MultivariateDistributionChecks.arguments(d);
        MultivariateDistributionChecks.sampleMoments(d, seed, 5_000);
        for (double[] x : d.sample(new SplittableRandom(seed), 200)) {
            double s = 0;
            for (double v : x) {
                assertEquals(Math.rint(v), v, "integer counts");
                s += v;
            }
            assertEquals(n, s, "counts sum to n");
        }
    }

    @Test
    void outsideTheSupport() {
        Multinomial d = new Multinomial(5, new double[] {0.5, 0.5, 0});
        assertEquals(Double.NEGATIVE_INFINITY, d.logPdf(new double[] {2, 2, 1}));
        assertEquals(Double.NEGATIVE_INFINITY, d.logPdf(new double[] {2, 2, 0}));
        assertEquals(Double.NEGATIVE_INFINITY, d.logPdf(new double[] {2.5, 2.5, 0}));
        assertEquals(Double.NEGATIVE_INFINITY, d.logPdf(new double[] {6, -1, 0}));
        Tolerance.assertRelative(d.pdf(new double[] {2, 3, 0}), 10 / 32.0, 4 * Tolerance.EPS, "pmf");
    }

    @Test
    void rejectsBadParametersNamingThem() {
        assertRejects("n < 0", () -> new Multinomial(-1, new double[] {1}), "n");
        assertRejects("empty", () -> new Multinomial(3, new double[0]), "probabilities");
        assertRejects("sum", () -> new Multinomial(3, new double[] {0.5, 0.6}), "probabilities");
    }
}
