package jnum.suites.stat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import java.util.SplittableRandom;
import jnum.mat.Dense;
import jnum.stat.Correlation;
import jnum.stat.CovarianceAccumulator;
import jnum.stat.Stats;
import jnum.stat.Summary;
import jnum.testkit.ArrayGen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The streaming summaries. {@code Summary.of(x)} runs the batch algorithm, so it must equal
 * {@link Stats} to 2 ulps. Merged or one-value-at-a-time summaries reorder the arithmetic: a sum of
 * n terms then differs by up to about n eps relative, times the condition {@code 1 + |mean| / sd} of
 * the deviations (cubed and to the fourth for the shape statistics, absolute since they are O(1)).
 */
class SummaryProperties {
    private static final double EPS = Math.ulp(1.0);

    private static double[] sample(SplittableRandom rnd, int n) {
        double[] x = ArrayGen.vector(rnd, n, rnd.nextBoolean() ? ArrayGen.Kind.NORMAL : ArrayGen.Kind.UNIFORM);
        double shift = rnd.nextBoolean() ? 0 : 100 * rnd.nextGaussian();
        for (int i = 0; i < n; i++) {
            x[i] = 3 * x[i] + shift;
        }
        return x;
    }

    private static void assertUlps(double want, double got, int ulps, String what) {
        assertEquals(want, got, ulps * Math.ulp(want), what);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void batchSummaryEqualsStats(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] x = sample(rnd, 5 + rnd.nextInt(500));
        Summary s = Summary.of(x);
        assertEquals(x.length, s.count());
        assertUlps(Stats.mean(x), s.mean(), 2, "mean");
        assertUlps(Stats.variance(x), s.variance(), 2, "variance");
        assertUlps(Stats.populationVariance(x), s.populationVariance(), 2, "populationVariance");
        assertUlps(Stats.skewness(x), s.skewness(), 2, "skewness");
        assertUlps(Stats.kurtosis(x), s.kurtosis(), 2, "kurtosis");
        assertUlps(Stats.adjustedSkewness(x), s.adjustedSkewness(), 2, "adjustedSkewness");
        assertUlps(Stats.adjustedKurtosis(x), s.adjustedKurtosis(), 2, "adjustedKurtosis");
        assertEquals(Stats.min(x), s.min(), 0.0);
        assertEquals(Stats.max(x), s.max(), 0.0);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void mergeEqualsSummaryOfConcatenation(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] a = sample(rnd, 1 + rnd.nextInt(300));
        double[] b = sample(rnd, 1 + rnd.nextInt(300));
        double[] ab = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, ab, a.length, b.length);
        Summary merged = Summary.of(a).merge(Summary.of(b));
        Summary oneByOne = new Summary();
        for (double v : ab) {
            oneByOne.add(v);
        }
        Summary whole = Summary.of(ab);
        double c = 1 + Math.abs(whole.mean()) / whole.stdDev();
        double tol = 4 * ab.length * EPS;
        for (Summary s : new Summary[] {merged, oneByOne}) {
            assertEquals(whole.count(), s.count());
            assertEquals(whole.mean(), s.mean(), tol * (Math.abs(whole.mean()) + whole.stdDev()), "mean");
            assertEquals(whole.variance(), s.variance(), tol * c * whole.variance(), "variance");
            assertEquals(
                    whole.skewness(), s.skewness(), tol * c * c * c * Math.max(1, Math.abs(whole.skewness())), "skew");
            assertEquals(
                    whole.kurtosis(),
                    s.kurtosis(),
                    tol * c * c * c * c * Math.max(1, Math.abs(whole.kurtosis())),
                    "kurt");
            assertEquals(whole.min(), s.min(), 0.0);
            assertEquals(whole.max(), s.max(), 0.0);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void covarianceAccumulatorMergesAndMatchesBatch(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int p = 1 + rnd.nextInt(6);
        int na = 2 + rnd.nextInt(80), nb = 1 + rnd.nextInt(80);
        Dense a = Dense.wrap(ArrayGen.matrix(rnd, na, p), 0, na, na, p);
        Dense b = Dense.wrap(ArrayGen.matrix(rnd, nb, p), 0, nb, nb, p);
        CovarianceAccumulator blocks =
                new CovarianceAccumulator(p).addRows(a).merge(new CovarianceAccumulator(p).addRows(b));
        CovarianceAccumulator rows = new CovarianceAccumulator(p);
        double[][] all = new double[na + nb][];
        for (int i = 0; i < na; i++) {
            all[i] = a.row(i).toArray();
        }
        for (int i = 0; i < nb; i++) {
            all[na + i] = b.row(i).toArray();
        }
        for (double[] r : all) {
            rows.add(r);
        }
        Dense ref = referenceCovariance(all, p);
        double tol = 8 * (na + nb) * EPS;
        for (Dense got : new Dense[] {blocks.covariance(), rows.covariance(), Correlation.covariance(Dense.of(all))}) {
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < p; k++) {
                    double scale = Math.sqrt(ref.get(j, j) * ref.get(k, k));
                    assertEquals(ref.get(j, k), got.get(j, k), tol * scale, "(" + j + "," + k + ")");
                }
            }
        }
        Dense r = blocks.correlation();
        for (int j = 0; j < p; j++) {
            assertEquals(1.0, r.get(j, j), 0.0);
            assertEquals(
                    Correlation.pearson(Dense.of(all).column(j), Dense.of(all).column(p - 1 - j)),
                    r.get(j, p - 1 - j),
                    tol);
        }
    }

    /** Textbook two-pass covariance, column by column. */
    private static Dense referenceCovariance(double[][] rows, int p) {
        int n = rows.length;
        double[] m = new double[p];
        for (double[] r : rows) {
            for (int j = 0; j < p; j++) {
                m[j] += r[j] / n;
            }
        }
        Dense c = Dense.zeros(p, p);
        for (int j = 0; j < p; j++) {
            for (int k = 0; k < p; k++) {
                double s = 0;
                for (double[] r : rows) {
                    s += (r[j] - m[j]) * (r[k] - m[k]);
                }
                c.set(j, k, s / (n - 1));
            }
        }
        return c;
    }

    @Test
    void serializationRoundTrip() throws IOException, ClassNotFoundException {
        Summary s = Summary.of(1, 2, 3, 4, 10);
        Summary back = roundTrip(s);
        assertEquals(s.toString(), back.toString());
        assertEquals(s.kurtosis(), back.kurtosis(), 0.0);
        CovarianceAccumulator c =
                new CovarianceAccumulator(2).add(1, 2).add(2, 5).add(4, 4);
        CovarianceAccumulator cb = roundTrip(c);
        assertEquals(c.covariance(), cb.covariance());
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T o) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    @Test
    void emptyAndShortSummariesThrow() {
        assertThrows(IllegalStateException.class, () -> new Summary().mean());
        assertThrows(IllegalStateException.class, () -> Summary.of(1).variance());
        assertThrows(IllegalStateException.class, () -> Summary.of(1, 2, 3).adjustedKurtosis());
        assertThrows(
                IllegalStateException.class,
                () -> new CovarianceAccumulator(2).add(1, 2).covariance());
        assertThrows(IllegalArgumentException.class, () -> new CovarianceAccumulator(2).add(1, 2, 3));
        assertThrows(IllegalArgumentException.class, () -> new CovarianceAccumulator(0));
        assertEquals(Double.NaN, Summary.of(1, Double.NaN).mean());
    }
}
