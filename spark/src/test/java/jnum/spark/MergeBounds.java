package jnum.spark;

import static jnum.testkit.Tolerance.EPS;
import static jnum.testkit.Tolerance.assertWithin;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jnum.mat.Dense;
import jnum.stat.CovarianceAccumulator;
import jnum.stat.Summary;
import jnum.testkit.ExactMoments;

/**
 * Bounds for comparing a result merged from partitions with stat's result on the same data at once.
 * Both differ only by the rounding of the block sums and of the pairwise merges. The means travel
 * as double-doubles, so a variance or co-moment is off by at most
 * {@link ExactMoments#mergeBound} relative on each side, whatever the condition number (stat's
 * accumulators, against exact arithmetic). The mean's absolute error is at most
 * {@code C (m + 1) eps (|mean| + sqrt(S))}; the shape statistics, whose third and fourth central
 * sums cancel, keep the condition number {@code kappa = 1 + |mean| sqrt(n / S)} in their bounds
 * (Chan, Golub and LeVeque 1983).
 */
final class MergeBounds {
    /** A few ulps per merge. */
    static final double C = 8;

    private MergeBounds() {}

    /** Merges of n values in blocks of {@code block} over {@code partitions} partitions, on both sides. */
    static int merges(long n, int block, int partitions) {
        return (int) (2 * ((n + block - 1) / block) + partitions);
    }

    /** The summary merged by Spark against stat's on the same values. */
    static void assertSummary(Summary got, Summary want, int merges, String ctx) {
        assertEquals(want.count(), got.count(), ctx + ": count");
        long n = want.count();
        if (n == 0) {
            return;
        }
        double f = C * (merges + 1) * EPS;
        assertWithin(got.min(), want.min(), 0, ctx + ": min");
        assertWithin(got.max(), want.max(), 0, ctx + ": max");
        double scale = Math.max(Math.abs(want.min()), Math.abs(want.max()));
        assertWithin(got.mean(), want.mean(), f * scale, ctx + ": mean");
        if (n < 2) {
            return;
        }
        double m2 = want.variance() * (n - 1);
        double kappa = 1 + Math.abs(want.mean()) * Math.sqrt(n / m2);
        double varTol = 2 * ExactMoments.mergeBound(SummaryBuffer.BLOCK, merges) * want.variance();
        assertWithin(got.variance(), want.variance(), varTol, ctx + ": variance");
        double g1 = want.skewness(), g2 = want.kurtosis();
        assertWithin(got.skewness(), g1, f * kappa * (1 + Math.abs(g1)), ctx + ": skewness");
        assertWithin(got.kurtosis(), g2, f * kappa * (1 + Math.abs(g1) + Math.abs(g2 + 3)), ctx + ": kurtosis");
    }

    /** The co-moments merged by Spark against stat's on the same rows. */
    static void assertMoments(CovarianceAccumulator got, CovarianceAccumulator want, int merges, String ctx) {
        assertEquals(want.count(), got.count(), ctx + ": count");
        long n = want.count();
        int p = want.variables();
        assertEquals(p, got.variables(), ctx + ": variables");
        if (n < 2) {
            return;
        }
        double f = C * (merges + 1) * EPS;
        Dense cw = want.covariance(), cg = got.covariance();
        double[] mu = want.means().toArray(), muGot = got.means().toArray();
        double[] s = new double[p];
        for (int j = 0; j < p; j++) {
            s[j] = cw.get(j, j) * (n - 1);
            assertWithin(muGot[j], mu[j], f * (Math.abs(mu[j]) + Math.sqrt(s[j])), ctx + ": mean " + j);
        }
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < p; k++) {
                // Spark: blocks of CovarianceBuffer.blockRows rows, merged; stat: one block of n rows
                double tolS = (ExactMoments.mergeBound(4 * CovarianceBuffer.blockRows(p), merges)
                                + ExactMoments.mergeBound((int) Math.min(4 * n, Integer.MAX_VALUE), 0))
                        * Math.sqrt(s[j] * s[k]);
                assertWithin(cg.get(j, k), cw.get(j, k), tolS / (n - 1), ctx + ": covariance " + j + "," + k);
            }
        }
    }

    /** The correlation matrices of the two accumulators (no column constant). */
    static void assertCorrelation(CovarianceAccumulator got, CovarianceAccumulator want, int merges, String ctx) {
        long n = want.count();
        int p = want.variables();
        double f = C * (merges + 1) * EPS;
        Dense rw = want.correlation(), rg = got.correlation();
        double[] mu = want.means().toArray();
        Dense cw = want.covariance();
        double[] kappa = new double[p];
        for (int j = 0; j < p; j++) {
            kappa[j] = 1 + Math.abs(mu[j]) * Math.sqrt(n / (cw.get(j, j) * (n - 1)));
        }
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < p; k++) {
                assertWithin(
                        rg.get(j, k),
                        rw.get(j, k),
                        2 * f * (kappa[j] + kappa[k]),
                        ctx + ": correlation " + j + "," + k);
            }
        }
    }
}
