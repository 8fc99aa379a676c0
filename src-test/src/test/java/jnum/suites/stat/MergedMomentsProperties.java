package jnum.suites.stat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import jnum.mat.Dense;
import jnum.stat.CovarianceAccumulator;
import jnum.stat.Summary;
import jnum.testkit.ArrayGen;
import jnum.testkit.ExactMoments;
import jnum.testkit.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Merged summaries and co-moments against the exact statistics of the same doubles, on data whose
 * variance is ill-conditioned (a mean up to 1e9 times the standard deviation).
 *
 * <p>The bounds, from the algorithms rather than from runs. The means travel as double-doubles, so
 * the difference delta of two means is exact up to its own rounding, and the co-moment
 * {@code S = sum (x - mean)^2} is then a sum of non-negative terms (condition number 1): a block of
 * b values summed in stat's four-way two-pass loop is off by at most {@code (b/4 + 6) eps S}
 * (Higham's {@code gamma_{b/4+2}} for the sums, u for each deviation and its square); the merge
 * term {@code (n_a n_b / n) delta^2} has a relative error of at most {@code 6 eps} and each merge
 * adds two roundings, so m merges give at most {@code (b/4 + 12 + 4 m) eps} relative error,
 * whatever the condition number {@code |mean| / sd}. A cross co-moment is bounded the same way in
 * units of {@code sqrt(S_jj S_kk)} (Cauchy-Schwarz), with b the rows of a block (the rank-k update
 * sums b products). Merges that round the means to doubles lose {@code eps |mean| / sd} relative in
 * the merge term, 1e-11 or so on the data here, and fail these bounds.
 */
class MergedMomentsProperties {
    private static final double EPS = Math.ulp(1.0);
    /** Values per block of stat's batch moments. */
    private static final int BLOCK = 4096;

    /** NumAcc4's pattern: 1e9 + 0.2, then 1e9 + 0.1 and 1e9 + 0.3 alternating (sd 0.1, kappa 1e10). */
    private static double[] numAcc4Like(int n) {
        double[] y = new double[n];
        y[0] = 1000000000.2;
        for (int i = 1; i < n; i++) {
            y[i] = i % 2 == 1 ? 1000000000.1 : 1000000000.3;
        }
        return y;
    }

    /** Random cut points splitting n values into k non-empty chunks (k = 1: none). */
    private static int[] cuts(SplittableRandom rnd, int n, int k) {
        int[] c = new int[k + 1];
        c[k] = n;
        for (int i = 1; i < k; i++) {
            c[i] = 1 + rnd.nextInt(n - 1);
        }
        Arrays.sort(c, 1, k);
        return c;
    }

    private static long blocksOf(int len, int block) {
        return (len + block - 1) / block;
    }

    @ParameterizedTest(name = "chunks={0}")
    @ValueSource(ints = {1, 2, 3, 8, 17, 64})
    void hardDataOverManyChunksKeepsFullPrecision(int k) {
        int n = 100_001;
        double[] y = numAcc4Like(n);
        double exactVar = ExactMoments.variance(y);
        int[] c = cuts(new SplittableRandom(Seeds.seeds().findFirst().orElseThrow() + k), n, k);
        List<Summary> parts = new ArrayList<>();
        long merges = k - 1;
        for (int i = 0; i < k; i++) {
            parts.add(Summary.of(Arrays.copyOfRange(y, c[i], c[i + 1])));
            merges += blocksOf(c[i + 1] - c[i], BLOCK) - 1;
        }
        Summary chained = new Summary();
        for (Summary s : parts) {
            chained.merge(s);
        }
        while (parts.size() > 1) { // pairwise, as a tree aggregation merges
            List<Summary> next = new ArrayList<>();
            for (int i = 0; i < parts.size(); i += 2) {
                next.add(i + 1 < parts.size() ? parts.get(i).merge(parts.get(i + 1)) : parts.get(i));
            }
            parts = next;
        }
        double bound = ExactMoments.mergeBound(BLOCK, merges);
        for (Summary s : new Summary[] {chained, parts.get(0)}) {
            assertEquals(n, s.count());
            double rel = Math.abs(s.variance() - exactVar) / exactVar;
            assertTrue(
                    rel <= bound,
                    "chunks=" + k + ": variance " + s.variance() + " vs exact " + exactVar + ", relative error " + rel
                            + " > " + bound);
            assertEquals(ExactMoments.mean(y).doubleValue(), s.mean(), Math.ulp(1e9), "chunks=" + k + ": mean");
        }
    }

    @ParameterizedTest(name = "chunks={0}")
    @ValueSource(ints = {1, 2, 5, 16, 64})
    void hardCoMomentsOverManyChunksKeepFullPrecision(int k) {
        int n = 40_001, rows = 512;
        double[] y = numAcc4Like(n), z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = y[i] + (i % 3 == 0 ? 0.05 : 0);
        }
        double[][] exact = {
            {ExactMoments.variance(y), ExactMoments.covariance(y, z)},
            {ExactMoments.covariance(z, y), ExactMoments.variance(z)}
        };
        int[] c = cuts(new SplittableRandom(Seeds.seeds().findFirst().orElseThrow() + k), n, k);
        CovarianceAccumulator all = new CovarianceAccumulator(2);
        long merges = 0;
        for (int i = 0; i < k; i++) {
            CovarianceAccumulator part = new CovarianceAccumulator(2);
            for (int r = c[i]; r < c[i + 1]; r += rows) {
                int len = Math.min(rows, c[i + 1] - r);
                double[] block = new double[2 * len];
                System.arraycopy(y, r, block, 0, len);
                System.arraycopy(z, r, block, len, len);
                part.addRows(Dense.wrap(block, 0, len, len, 2));
                merges++;
            }
            all.merge(part);
            merges++;
        }
        Dense got = all.covariance();
        double bound = ExactMoments.mergeBound(4 * rows, merges); // b rows: a dot product of b terms
        for (int j = 0; j < 2; j++) {
            for (int l = 0; l < 2; l++) {
                double scale = Math.sqrt(exact[j][j] * exact[l][l]);
                double err = Math.abs(got.get(j, l) - exact[j][l]) / scale;
                assertTrue(
                        err <= bound,
                        "chunks=" + k + ": covariance (" + j + "," + l + ") " + got.get(j, l) + " vs exact "
                                + exact[j][l] + ", error " + err + " > " + bound);
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void mergeOfTwoSummariesEqualsBatchToTheBound(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int na = 2 + rnd.nextInt(3000), nb = 2 + rnd.nextInt(3000);
        // a spread of 1e-3 to 1 around a mean of 0 to 1e9: condition numbers up to about 1e12
        double shift = Math.pow(10, rnd.nextInt(10)) * (rnd.nextBoolean() ? 1 : -1);
        double scale = Math.pow(10, -rnd.nextInt(4));
        double[] ab = ArrayGen.vector(rnd, na + nb, ArrayGen.Kind.NORMAL);
        double maxAbs = 0;
        for (int i = 0; i < ab.length; i++) {
            ab[i] = shift + scale * ab[i];
            maxAbs = Math.max(maxAbs, Math.abs(ab[i]));
        }
        Summary merged = Summary.of(Arrays.copyOf(ab, na)).merge(Summary.of(Arrays.copyOfRange(ab, na, ab.length)));
        Summary batch = Summary.of(ab);
        double exactVar = ExactMoments.variance(ab);
        double exactMean = ExactMoments.mean(ab).doubleValue();
        String ctx = "seed=" + seed + " na=" + na + " nb=" + nb + " shift=" + shift + " scale=" + scale;
        int n = ab.length;
        // merged: a block of each side, one merge; batch: blocks of 4096, so one block here
        double boundMerged = ExactMoments.mergeBound(Math.max(na, nb), 1), boundBatch = ExactMoments.mergeBound(n, 0);
        assertEquals(exactVar, merged.variance(), boundMerged * exactVar, ctx + ": merged variance");
        assertEquals(exactVar, batch.variance(), boundBatch * exactVar, ctx + ": batch variance");
        assertEquals(batch.variance(), merged.variance(), (boundMerged + boundBatch) * exactVar, ctx);
        // the double-double means: one rounding, plus second-order terms of the residual sums
        double meanTol = 2 * Math.ulp(exactMean) + 4 * n * EPS * EPS * maxAbs;
        assertEquals(exactMean, merged.mean(), meanTol, ctx + ": merged mean");
        assertEquals(exactMean, batch.mean(), meanTol, ctx + ": batch mean");
        assertEquals(batch.min(), merged.min(), 0.0, ctx);
        assertEquals(batch.max(), merged.max(), 0.0, ctx);
    }

    @org.junit.jupiter.api.Test
    void nonFiniteValuesGiveTheBatchMeanOfStats() {
        double inf = Double.POSITIVE_INFINITY;
        for (double[] x : new double[][] {{1, inf}, {-inf, 2, 3}, {1, Double.NaN}, {inf, -inf}}) {
            String ctx = Arrays.toString(x);
            assertEquals(jnum.stat.Stats.mean(x), Summary.of(x).mean(), 0.0, ctx + ": batch");
            double[] rows = new double[x.length];
            System.arraycopy(x, 0, rows, 0, x.length);
            double blockMean = new CovarianceAccumulator(1)
                    .addRows(Dense.wrap(rows, 0, x.length, x.length, 1))
                    .means()
                    .get(0);
            double want = jnum.stat.Stats.mean(x);
            assertEquals(want, blockMean, 0.0, ctx + ": co-moment block");
        }
    }

    /** {@code Summary.of(1e9 + 0.2, 1e9 + 0.1, 1e9 + 0.3, 1e9 + 0.1)} serialized by the version without lo parts. */
    private static final String FORMER_SUMMARY =
            "rO0ABXNyABFqbnVtLnN0YXQuU3VtbWFyeQAAAAAAAAABAgAHRAACbTJEAAJtM0QAAm00RAADbWF4RAAE"
                    + "bWVhbkQAA21pbkoAAW54cD+cKPSj1xAAP1JulQ5WHK0/NCw6dSVfFEHNzWUAJmZmQc3NZQAWZmZBzc1l"
                    + "AAzMzQAAAAAAAAAE";

    /** {@code new CovarianceAccumulator(2).add(1, 2).add(2, 5).add(4, 4)} serialized by the version without lo parts. */
    private static final String FORMER_ACCUMULATOR =
            "rO0ABXNyAB9qbnVtLnN0YXQuQ292YXJpYW5jZUFjY3VtdWxhdG9yAAAAAAAAAAECAARKAAFuSQABcFsA"
                    + "AWN0AAJbRFsABG1lYW5xAH4AAXhwAAAAAAAAAAMAAAACdXIAAltEPqaMFKtjWh4CAAB4cAAAAARAEqqq"
                    + "qqqqqkACqqqqqqqqQAKqqqqqqqxAEqqqqqqqq3VxAH4AAwAAAAJAAqqqqqqqq0ANVVVVVVVV";

    private static Object read(String base64) throws java.io.IOException, ClassNotFoundException {
        byte[] bytes = java.util.Base64.getDecoder().decode(base64);
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }

    @org.junit.jupiter.api.Test
    void streamsOfTheFormerVersionReadWithZeroLoParts() throws Exception {
        Summary old = (Summary) read(FORMER_SUMMARY);
        Summary now = Summary.of(1e9 + 0.2, 1e9 + 0.1, 1e9 + 0.3, 1e9 + 0.1);
        assertEquals(4, old.count());
        assertEquals(now.variance(), old.variance(), 0.0, "the same central sums");
        assertEquals(now.mean(), old.mean(), Math.ulp(1e9), "the former mean, rounded to a double");
        old.merge(Summary.of(1e9 + 0.3));
        assertEquals(5, old.count());
        assertTrue(Double.isFinite(old.variance()) && old.variance() > 0, "merges after reading");

        CovarianceAccumulator acc = (CovarianceAccumulator) read(FORMER_ACCUMULATOR);
        CovarianceAccumulator want =
                new CovarianceAccumulator(2).add(1, 2).add(2, 5).add(4, 4);
        for (int j = 0; j < 2; j++) { // Welford's updates, rounded the former way: a few ulps apart
            assertEquals(want.means().get(j), acc.means().get(j), 4 * EPS * 4, "mean " + j);
            for (int k = 0; k < 2; k++) {
                assertEquals(want.covariance().get(j, k), acc.covariance().get(j, k), 8 * EPS * 8, "covariance");
            }
        }
        acc.merge(new CovarianceAccumulator(2).add(3, 3));
        want.add(3, 3);
        for (int j = 0; j < 2; j++) {
            for (int k = 0; k < 2; k++) {
                assertEquals(
                        want.covariance().get(j, k), acc.covariance().get(j, k), 8 * EPS * 8, "merges after reading");
            }
        }
    }
}
