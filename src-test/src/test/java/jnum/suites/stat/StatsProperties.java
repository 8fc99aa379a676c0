package jnum.suites.stat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import jnum.mat.Dense;
import jnum.mat.Vec;
import jnum.stat.Stats;
import jnum.testkit.ArrayGen;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariances of the descriptive statistics over many seeds. Bounds: a sum of n terms has relative
 * error up to n eps, so two evaluations of the same mean or variance in a different order agree to
 * {@code 4 n eps} (relative, for shape statistics absolute); exact identities (order statistics,
 * unit weights where the arithmetic is the same) are compared exactly or to 2 ulps.
 */
class StatsProperties {
    private static final double EPS = Math.ulp(1.0);

    private static double[] sample(SplittableRandom rnd) {
        int n = 3 + rnd.nextInt(300);
        double shift = rnd.nextBoolean() ? 0 : 1e6 * rnd.nextDouble();
        double[] x = ArrayGen.vector(rnd, n, rnd.nextBoolean() ? ArrayGen.Kind.NORMAL : ArrayGen.Kind.INTEGERS);
        for (int i = 0; i < n; i++) {
            x[i] += shift;
        }
        x[0] += 0.5; // never constant
        return x;
    }

    private static double[] shuffled(double[] x, SplittableRandom rnd) {
        double[] y = x.clone();
        for (int i = y.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            double t = y[i];
            y[i] = y[j];
            y[j] = t;
        }
        return y;
    }

    private static void close(double want, double got, double tol, String what) {
        assertEquals(want, got, tol, what);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void permutationInvariance(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] x = sample(rnd);
        double[] y = shuffled(x, rnd);
        double tol = 4 * x.length * EPS;
        close(Stats.mean(x), Stats.mean(y), tol * Math.abs(Stats.mean(x)), "mean");
        close(Stats.variance(x), Stats.variance(y), tol * Stats.variance(x) * condition(x), "variance");
        close(
                Stats.skewness(x),
                Stats.skewness(y),
                tol * Math.max(1, Math.abs(Stats.skewness(x))) * condition(x),
                "skewness");
        assertEquals(Stats.median(x), Stats.median(y), 0.0, "median");
        assertEquals(Stats.mode(x), Stats.mode(y), 0.0, "mode");
        assertEquals(
                Arrays.toString(Stats.quantiles(x, 0.1, 0.5, 0.9)),
                Arrays.toString(Stats.quantiles(y, 0.1, 0.5, 0.9)),
                "quantiles");
        assertEquals(Stats.min(x), Stats.min(y), 0.0);
        assertEquals(Stats.max(x), Stats.max(y), 0.0);
    }

    /** |mean| / sd + 1: how much a shifted sample amplifies the rounding of its deviations. */
    private static double condition(double[] x) {
        return 1 + Math.abs(Stats.mean(x)) / Stats.stdDev(x);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void unitWeightsEqualUnweighted(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] x = sample(rnd);
        double[] ones = new double[x.length];
        Arrays.fill(ones, 1.0);
        double tol = 4 * x.length * EPS;
        close(Stats.mean(x), Stats.mean(x, ones), tol * Math.abs(Stats.mean(x)), "mean");
        close(Stats.variance(x), Stats.variance(x, ones), tol * Stats.variance(x) * condition(x), "variance");
        close(
                Stats.populationVariance(x),
                Stats.populationVariance(x, ones),
                tol * Stats.variance(x) * condition(x),
                "pvar");
        double c = condition(x);
        close(Stats.skewness(x), Stats.skewness(x, ones), tol * c * c * c, "skewness");
        close(Stats.kurtosis(x), Stats.kurtosis(x, ones), tol * c * c * c * c, "kurtosis");
        close(Stats.adjustedSkewness(x), Stats.adjustedSkewness(x, ones), tol * c * c * c, "adjustedSkewness");
        close(
                Stats.centralMoment(x, 3),
                Stats.centralMoment(x, ones, 3),
                tol * c * c * c * Math.pow(Stats.stdDev(x), 3),
                "m3");
        assertEquals(
                Arrays.toString(Stats.histogram(x, 7).counts()),
                Arrays.toString(
                        Stats.histogram(x, ones, Stats.histogram(x, 7).edges()).counts()));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void affineTransformScalesVariance(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] x = sample(rnd);
        double a = (rnd.nextBoolean() ? -1 : 1) * Math.scalb(1.0 + rnd.nextDouble(), rnd.nextInt(-20, 20));
        double b = 1e3 * rnd.nextGaussian();
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = a * x[i] + b;
        }
        double vx = Stats.variance(x);
        double vy = Stats.variance(y);
        // the transform rounds each y_i by eps |y_i|, which moves the variance by about 2 eps max|y| sd(y)
        double maxAbs = Math.max(Math.abs(Stats.min(y)), Math.abs(Stats.max(y)));
        double tol = 4 * x.length * EPS * a * a * vx + 8 * EPS * maxAbs * Math.sqrt(vy) * 2;
        close(a * a * vx, vy, tol, "var(a x + b) = a^2 var(x), a=" + a + ", b=" + b);
        assertEquals(
                Math.signum(a) * Stats.skewness(x), Stats.skewness(y), 1e-6 * Math.max(1, Math.abs(Stats.skewness(x))));
    }

    /**
     * Samples longer than one 4096-value block take the blocked one-read path (block means and
     * sums of squares merged by Chan's formula): against a 34-digit BigDecimal reference, the mean
     * and variance of data with a mean of 1e6 and unit spread. Bound: each block's corrected sums
     * carry at most BLOCK eps relative error in the deviations, each merge a few eps, so
     * {@code 4 n eps (1 + |mean| / sd)} relative is a safe theoretical allowance.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void blockedPathMatchesExtendedPrecision(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = 4097 + rnd.nextInt(20000);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 1e6 + rnd.nextGaussian();
        }
        java.math.MathContext mc = java.math.MathContext.DECIMAL128;
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (double v : x) {
            sum = sum.add(new java.math.BigDecimal(v));
        }
        java.math.BigDecimal mean = sum.divide(java.math.BigDecimal.valueOf(n), mc);
        java.math.BigDecimal ss = java.math.BigDecimal.ZERO;
        for (double v : x) {
            java.math.BigDecimal d = new java.math.BigDecimal(v).subtract(mean, mc);
            ss = ss.add(d.multiply(d, mc), mc);
        }
        double wantMean = mean.doubleValue();
        double wantVar = ss.divide(java.math.BigDecimal.valueOf(n - 1), mc).doubleValue();
        double kappa = 1 + Math.abs(wantMean) / Math.sqrt(wantVar);
        assertEquals(wantMean, Stats.mean(x), 4 * EPS * Math.abs(wantMean), "mean");
        assertEquals(wantVar, Stats.variance(x), 4 * n * EPS * kappa * wantVar, "variance");
        assertEquals(wantVar, jnum.stat.Summary.of(x).variance(), 4 * n * EPS * kappa * wantVar, "Summary");
        // Summary merges its blocks with double-double means: within its condition-free bound
        assertEquals(
                wantVar,
                jnum.stat.Summary.of(x).variance(),
                jnum.testkit.ExactMoments.mergeBound(4096, (n + 4095) / 4096) * wantVar,
                "Summary, condition-free");
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void stridedViewsEqualArrays(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = 2 + rnd.nextInt(100);
        int p = 1 + rnd.nextInt(4);
        Dense data = Dense.wrap(ArrayGen.matrix(rnd, n, p), 0, n, n, p);
        Dense rows = data.t(); // p x n: its rows are strided views of the columns
        for (int j = 0; j < p; j++) {
            double[] col = data.column(j).toArray();
            Vec strided = rows.row(j);
            assertEquals(Stats.mean(col), Stats.mean(strided), 0.0);
            assertEquals(Stats.variance(col), Stats.variance(strided), 0.0);
            assertEquals(Stats.median(col), Stats.median(strided), 0.0);
            assertEquals(Stats.autocorrelation(col, 1), Stats.autocorrelation(strided, 1), 0.0);
            assertEquals(Stats.variance(col), Stats.variances(data).get(j), 0.0);
            assertEquals(
                    Stats.quantile(col, 0.3), Stats.quantiles(rows.t(), 0.3).get(j), 0.0);
        }
    }
}
