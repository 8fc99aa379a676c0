package jnum.testkit;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The moment test that {@link ContinuousDistributionChecks} and {@link DiscreteDistributionChecks}
 * share: a sample mean and variance against the distribution's mean, variance and excess
 * kurtosis, each within 5 standard errors.
 */
final class SampleMoments {
    private SampleMoments() {}

    /**
     * Fails unless {@code |mean - mu| <= 5 sqrt(sigma2 / n)} and, where the excess kurtosis is
     * finite and at most {@code n / 50} (beyond, the sample variance is far from normal and a
     * 5-sigma band means nothing), {@code |var - sigma2| <= 5 sigma2 sqrt(max(kurt, kurtFloor) / n
     * + 2 / (n - 1))}. {@code sigma2} must be finite; {@code what} names the
     * distribution in the messages.
     */
    static void assertWithinFiveSigma(
            Object what,
            double mean,
            double var,
            int n,
            double mu,
            double sigma2,
            double kurt,
            double kurtFloor,
            long seed) {
        double seMean = Math.sqrt(sigma2 / n);
        if (!(Math.abs(mean - mu) <= 5 * seMean)) {
            fail(what + ": sample mean " + mean + " vs " + mu + ", " + Math.abs(mean - mu) / seMean
                    + " standard errors (seed " + seed + ")");
        }
        if (!Double.isFinite(kurt) || kurt > n / 50.0) {
            return; // fourth moment infinite, or the sample variance too far from normal
        }
        double seVar = sigma2 * Math.sqrt(Math.max(kurt, kurtFloor) / n + 2.0 / (n - 1));
        if (!(Math.abs(var - sigma2) <= 5 * seVar)) {
            fail(what + ": sample variance " + var + " vs " + sigma2 + ", " + Math.abs(var - sigma2) / seVar
                    + " standard errors (seed " + seed + ")");
        }
    }
}
