package jnum.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.SplittableRandom;
import jnum.stat.distribution.MultivariateDistribution;

/**
 * Property checks shared by the {@link MultivariateDistribution} suites.
 *
 * <p>Sample moments: the sample mean of n draws must lie within 5 standard errors
 * {@code sqrt(S_ii / n)} of each mean entry, and each sample covariance entry within 5 standard
 * errors of the covariance, where the standard error of {@code s_ij} is estimated from the draws
 * themselves as {@code sqrt(var((x_i - m_i)(x_j - m_j)) / n)} (the plug-in estimate of the
 * delta-method variance; it needs finite fourth moments, which the callers' parameters have).
 * Equally seeded generators must give the same draws.
 */
public final class MultivariateDistributionChecks {
    private MultivariateDistributionChecks() {}

    /** Sample mean and covariance of {@code n} draws against mean() and covariance(). */
    public static void sampleMoments(MultivariateDistribution d, long seed, int n) {
        int dim = d.dimension();
        double[][] xs = d.sample(new SplittableRandom(seed), n);
        assertEquals(n, xs.length, d + ": number of draws");
        double[][] again = d.sample(new SplittableRandom(seed), 50);
        for (int i = 0; i < again.length; i++) {
            assertTrue(
                    java.util.Arrays.equals(again[i], xs[i]),
                    d + ": draws from equally seeded generators differ (seed " + seed + ")");
        }
        double[] m = new double[dim];
        for (double[] x : xs) {
            assertEquals(dim, x.length, d + ": draw length");
            for (int i = 0; i < dim; i++) {
                assertTrue(Double.isFinite(x[i]), d + ": non-finite draw " + x[i]);
                m[i] += x[i] / n;
            }
        }
        double[] mu = d.mean();
        double[][] cov = d.covariance();
        for (int i = 0; i < dim; i++) {
            double se = Math.sqrt(cov[i][i] / n);
            if (!(Math.abs(m[i] - mu[i]) <= 5 * se + 1e-13 * Math.abs(mu[i]))) {
                fail(d + ": sample mean[" + i + "] = " + m[i] + " vs " + mu[i] + ", " + Math.abs(m[i] - mu[i]) / se
                        + " standard errors (seed " + seed + ")");
            }
        }
        for (int i = 0; i < dim; i++) {
            for (int j = 0; j <= i; j++) {
                double s = 0;
                for (double[] x : xs) {
                    s += (x[i] - m[i]) * (x[j] - m[j]);
                }
                s /= n - 1;
                double v = 0;
                for (double[] x : xs) {
                    double t = (x[i] - m[i]) * (x[j] - m[j]) - s;
                    v += t * t;
                }
                double se = Math.sqrt(v / (n - 1) / n);
                double scale = Math.sqrt(Math.abs(cov[i][i] * cov[j][j]));
                if (!(Math.abs(s - cov[i][j]) <= 5 * se + 1e-12 * scale)) {
                    fail(d + ": sample covariance[" + i + "][" + j + "] = " + s + " vs " + cov[i][j] + ", "
                            + Math.abs(s - cov[i][j]) / se + " standard errors (seed " + seed + ")");
                }
            }
        }
    }

    /** Shape errors of logPdf and sample, and pdf = exp(logPdf) at the mean when it exists. */
    public static void arguments(MultivariateDistribution d) {
        int dim = d.dimension();
        ContinuousDistributionChecks.assertRejects("logPdf(short)", () -> d.logPdf(new double[dim + 1]), "length");
        ContinuousDistributionChecks.assertRejectsNull("logPdf(null)", () -> d.logPdf((double[]) null), "x");
        ContinuousDistributionChecks.assertRejects("sample(rng, -1)", () -> d.sample(new SplittableRandom(1), -1), "n");
        double[] mu = d.mean();
        double l = d.logPdf(mu);
        if (!Double.isNaN(l)) {
            org.junit.jupiter.api.Assertions.assertEquals(
                    l, d.logPdf(jnum.mat.Vec.of(mu)), "logPdf(Vec) = logPdf(double[])");
        }
        if (Double.isFinite(l)) {
            Tolerance.assertRelative(d.pdf(mu), Math.exp(l), 2 * Tolerance.EPS, d + ": pdf = exp(logPdf)");
        }
        double[] again = d.mean();
        again[0] += 1;
        assertEquals(mu[0], d.mean()[0], d + ": mean() must return a copy");
    }
}
