package jnum.suites.distribution;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import jnum.stat.distribution.Binomial;
import jnum.stat.distribution.DiscreteDistribution;
import jnum.stat.distribution.IntegerSupport;
import jnum.stat.distribution.Poisson;
import jnum.testkit.DiscreteDistributionChecks;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The discrete driver catches broken distributions: each mutant below differs from a correct
 * distribution in one function, by one realistic defect, and the check meant for it must fail (while the unbroken original passes the same check).
 */
class DiscreteDistributionChecksTest {
    /** Delegates everything to {@code d}; mutants override one method. */
    private static class Wrapper implements DiscreteDistribution {
        final DiscreteDistribution d;

        Wrapper(DiscreteDistribution d) {
            this.d = d;
        }

        @Override
        public double pmf(long k) {
            return d.pmf(k);
        }

        @Override
        public double logPmf(long k) {
            return d.logPmf(k);
        }

        @Override
        public double cdf(long k) {
            return d.cdf(k);
        }

        @Override
        public double logCdf(long k) {
            return d.logCdf(k);
        }

        @Override
        public double survival(long k) {
            return d.survival(k);
        }

        @Override
        public double logSurvival(long k) {
            return d.logSurvival(k);
        }

        @Override
        public long quantile(double p) {
            return d.quantile(p);
        }

        @Override
        public long inverseSurvival(double q) {
            return d.inverseSurvival(q);
        }

        @Override
        public double mean() {
            return d.mean();
        }

        @Override
        public double variance() {
            return d.variance();
        }

        @Override
        public double skewness() {
            return d.skewness();
        }

        @Override
        public double kurtosis() {
            return d.kurtosis();
        }

        @Override
        public double entropy() {
            return d.entropy();
        }

        @Override
        public IntegerSupport support() {
            return d.support();
        }

        @Override
        public long sample(RandomGenerator rng) {
            return d.sample(rng);
        }

        @Override
        public String toString() {
            return "mutant of " + d;
        }
    }

    private static final long SEED = 12345;

    private static void caught(
            DiscreteDistribution original, DiscreteDistribution mutant, Consumer<DiscreteDistributionChecks> check) {
        check.accept(DiscreteDistributionChecks.of(original));
        assertThrows(
                AssertionFailedError.class,
                () -> check.accept(DiscreteDistributionChecks.of(mutant)),
                "the check must reject " + mutant);
    }

    @Test
    void survivalAsOneMinusCdfFailsTheTailSums() {
        Poisson d = new Poisson(30);
        caught(
                d,
                new Wrapper(d) {
                    @Override
                    public double survival(long k) {
                        return 1 - d.cdf(k);
                    }
                },
                DiscreteDistributionChecks::partialSums);
    }

    @Test
    void pmfOffByOnePartInTenBillionFailsTheSums() {
        Binomial d = new Binomial(200, 0.3);
        caught(
                d,
                new Wrapper(d) {
                    @Override
                    public double pmf(long k) {
                        return d.pmf(k) * (1 + 1e-10);
                    }
                },
                DiscreteDistributionChecks::partialSums);
    }

    @Test
    void quantileFromTheCdfNearOneFailsTheSmallestKCheck() {
        // the upper quantile decided as cdf(k) >= p in double: wrong when 1 - p is tiny
        Poisson d = new Poisson(1000);
        caught(
                d,
                new Wrapper(d) {
                    @Override
                    public long quantile(double p) {
                        return p > 0.5 ? d.quantile(p) + 1 : d.quantile(p);
                    }
                },
                c -> c.quantileIsSmallest(SEED));
    }

    @Test
    void logPmfOfTheWrongNormalizerFailsTheLogCheck() {
        Poisson d = new Poisson(7);
        caught(
                d,
                new Wrapper(d) {
                    @Override
                    public double logPmf(long k) {
                        return d.logPmf(k) + 1e-9;
                    }
                },
                c -> c.logFunctions(SEED));
    }

    @Test
    void normalApproximationSamplerFailsTheChiSquare() {
        // the classic shortcut: round(mean + sd Z), clipped at 0, for a Poisson of mean 4
        Poisson d = new Poisson(4);
        caught(
                d,
                new Wrapper(d) {
                    @Override
                    public long sample(RandomGenerator rng) {
                        return Math.max(0, Math.round(4 + 2 * rng.nextGaussian()));
                    }
                },
                c -> c.chiSquare(SEED));
    }

    @Test
    void samplerWithAShiftedMeanFailsTheMoments() {
        Binomial d = new Binomial(100, 0.4);
        caught(
                d,
                new Wrapper(d) {
                    @Override
                    public long sample(RandomGenerator rng) {
                        long k = d.sample(rng);
                        return rng.nextInt(4) == 0 ? Math.min(100, k + 1) : k; // a quarter of the draws off by one
                    }
                },
                c -> c.sampleMoments(SEED));
    }

    @Test
    void entropyOffFailsTheEntropySum() {
        Poisson d = new Poisson(12);
        caught(
                d,
                new Wrapper(d) {
                    @Override
                    public double entropy() {
                        return d.entropy() * (1 + 1e-11);
                    }
                },
                DiscreteDistributionChecks::entropyIsSum);
    }

    @Test
    void quantileThatIgnoresTheSupportEndsFailsTheArgumentChecks() {
        Binomial d = new Binomial(10, 0.3);
        caught(
                d,
                new Wrapper(d) {
                    @Override
                    public long quantile(double p) {
                        return p == 1 ? 9 : d.quantile(p);
                    }
                },
                DiscreteDistributionChecks::arguments);
    }
}
