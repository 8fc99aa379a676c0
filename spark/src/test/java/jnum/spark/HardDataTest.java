package jnum.spark;

import static jnum.spark.MergeBounds.C;
import static jnum.spark.MergeBounds.assertMoments;
import static jnum.spark.MergeBounds.assertSummary;
import static jnum.spark.MergeBounds.merges;
import static jnum.testkit.Tolerance.EPS;
import static jnum.testkit.Tolerance.assertWithin;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jnum.mat.Dense;
import jnum.stat.CovarianceAccumulator;
import jnum.stat.Summary;
import jnum.testkit.ExactMoments;
import jnum.testkit.Strd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Data with a huge mean and a tiny spread (NIST's NumAcc sets) spread over 1 to 64 partitions:
 * against stat's summary of the same doubles and against their exact statistics, computed here in
 * exact decimal arithmetic.
 */
class HardDataTest {
    /** Exact covariance matrices of the test data by length (the data are fixed per length). */
    private static final Map<Integer, double[][]> EXACT = new ConcurrentHashMap<>();

    /** NumAcc3 as published: 1000000.2, then 1000000.1 and 1000000.3 alternating (1001 values). */
    static double[] numAcc3() throws IOException {
        try (InputStream in = HardDataTest.class.getResourceAsStream("/reference/nist/univariate/NumAcc3.dat")) {
            return Strd.univariate("NumAcc3", in).y();
        }
    }

    /**
     * NumAcc4's pattern (mean 1e9 + 0.2, standard deviation 0.1 in decimal) repeated to n values:
     * the condition number of the variance is about 1e9 / 0.1 = 1e10.
     */
    static double[] numAcc4Like(int n) {
        double[] y = new double[n];
        y[0] = 1000000000.2;
        for (int i = 1; i < n; i++) {
            y[i] = i % 2 == 1 ? 1000000000.1 : 1000000000.3;
        }
        return y;
    }

    @ParameterizedTest(name = "partitions={0}")
    @ValueSource(ints = {1, 2, 5, 16, 37, 64})
    void numAcc3AgainstStatAndExact(int parts) throws IOException {
        double[] y = numAcc3();
        check(y, parts, "NumAcc3 partitions=" + parts);
        // the exact standard deviation of NumAcc3's doubles (exact_double_stats.csv)
        Summary got = SparkStats.summary(LocalSpark.frame(new double[][] {y}, parts), "x0");
        double kappa = 1 + Math.abs(got.mean()) * Math.sqrt(y.length / (got.variance() * (y.length - 1)));
        assertWithin(
                got.stdDev(),
                0.1000000000349246,
                0.5 * C * (merges(y.length, SummaryBuffer.BLOCK, parts) + 1) * EPS * kappa * 0.1,
                "NumAcc3 sd");
    }

    @ParameterizedTest(name = "partitions={0}")
    @ValueSource(ints = {1, 3, 8, 32, 64})
    void numAcc4LikeOverManyPartitions(int parts) {
        check(numAcc4Like(100_001), parts, "NumAcc4-like n=100001 partitions=" + parts);
    }

    private static void check(double[] y, int parts, String ctx) {
        int n = y.length;
        // a second column: the same hard values, shifted by 0.05 on every third row
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = y[i] + (i % 3 == 0 ? 0.05 : 0);
        }
        Dataset<Row> df = LocalSpark.frame(new double[][] {y, z}, parts);
        Summary got = SparkStats.summary(df, "x0");
        int m = merges(n, SummaryBuffer.BLOCK, parts);
        assertSummary(got, Summary.of(y), m, ctx);

        // against exact arithmetic: a few eps per merge, independent of the condition number 1e10
        double[][] exact = EXACT.computeIfAbsent(n, k -> exactComoments(y, z));
        double exactVar = exact[0][0];
        double f = C * (m + 1) * EPS;
        assertWithin(got.mean(), ExactMoments.mean(y).doubleValue(), f * Math.abs(got.mean()), ctx + ": exact mean");
        assertWithin(
                got.variance(),
                exactVar,
                ExactMoments.mergeBound(SummaryBuffer.BLOCK, m) * exactVar,
                ctx + ": exact variance");

        CovarianceAccumulator batch = SparkStatsProperties.statMoments(new double[][] {y, z});
        int mc = merges(n, CovarianceBuffer.blockRows(2), parts);
        CovarianceAccumulator moments = SparkStats.moments(df, "x0", "x1");
        assertMoments(moments, batch, mc, ctx);
        Dense cov = moments.covariance();
        double bound = ExactMoments.mergeBound(4 * CovarianceBuffer.blockRows(2), mc);
        for (int j = 0; j < 2; j++) {
            for (int k = 0; k < 2; k++) {
                double scale = Math.sqrt(exact[j][j] * exact[k][k]);
                assertWithin(cov.get(j, k), exact[j][k], bound * scale, ctx + ": exact covariance " + j + "," + k);
            }
        }
    }

    /** The exact 2 x 2 covariance matrix of y and z. */
    private static double[][] exactComoments(double[] y, double[] z) {
        double c = ExactMoments.covariance(y, z);
        return new double[][] {{ExactMoments.variance(y), c}, {c, ExactMoments.variance(z)}};
    }
}
