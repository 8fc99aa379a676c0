package jnum.suites.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.spi.Providers;
import jnum.testkit.ArrayGen;
import jnum.testkit.ArrayGen.Kind;
import jnum.testkit.Sizes;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scalar provider, the oracle of the conformance drivers, checked against independent
 * definitions: exact sums and products in {@link BigDecimal}, and the norm from an exact sum of
 * squares and a 40-digit square root. Bounds are those of one computation (Higham, ch. 3):
 * {@code gamma_n sum|terms|} (plus {@code n eta} for underflow in dot), {@code gamma_(n+8)} relative
 * for nrm2.
 */
class ScalarReferenceTest {
    private static final Blas S = Providers.blas(Providers.scalar());
    private static final MathContext MC = new MathContext(40);
    private static final Kind[] FINITE = {Kind.UNIFORM, Kind.NORMAL, Kind.TINY, Kind.HUGE, Kind.WIDE, Kind.INTEGERS};

    private static BigDecimal big(double v) {
        return new BigDecimal(v);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void dotSumAsumAgainstExactSums(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int n : Sizes.tailHeavy()) {
            Kind kind = rnd.nextBoolean() ? Kind.UNIFORM : Kind.NORMAL;
            double[] x = ArrayGen.vector(rnd, n, kind);
            double[] y = ArrayGen.vector(rnd, n, kind);
            BigDecimal dot = BigDecimal.ZERO;
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal asum = BigDecimal.ZERO;
            double magDot = 0;
            double magSum = 0;
            for (int i = 0; i < n; i++) {
                dot = dot.add(big(x[i]).multiply(big(y[i])));
                sum = sum.add(big(x[i]));
                asum = asum.add(big(Math.abs(x[i])));
                magDot += Math.abs(x[i] * y[i]);
                magSum += Math.abs(x[i]);
            }
            String c = "n=" + n + " seed=" + seed;
            Tolerance.assertWithin(
                    S.dot(n, x, 0, 1, y, 0, 1),
                    dot.doubleValue(),
                    Tolerance.gamma(n) * magDot + n * Double.MIN_VALUE,
                    "dot " + c);
            Tolerance.assertWithin(S.sum(n, x, 0, 1), sum.doubleValue(), Tolerance.gamma(n) * magSum, "sum " + c);
            Tolerance.assertWithin(S.asum(n, x, 0, 1), asum.doubleValue(), Tolerance.gamma(n) * magSum, "asum " + c);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void nrm2AgainstExactNormAtEveryScale(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int n : Sizes.tailHeavy()) {
            if (n == 0) {
                continue;
            }
            Kind kind = FINITE[rnd.nextInt(FINITE.length)];
            double[] x = ArrayGen.vector(rnd, n, kind);
            if (rnd.nextBoolean()) { // mix the size classes: some 1e-300 and 1e300 entries among others
                x[rnd.nextInt(n)] = 1e-300 * (1 + rnd.nextDouble());
                x[rnd.nextInt(n)] = rnd.nextBoolean() ? 1e300 : 1.0;
            }
            BigDecimal sq = BigDecimal.ZERO;
            for (double v : x) {
                sq = sq.add(big(v).multiply(big(v)));
            }
            double exact = sq.sqrt(MC).doubleValue();
            double got = S.nrm2(n, x, 0, 1);
            Tolerance.assertWithin(
                    got, exact, Tolerance.gamma(n + 8) * exact, "nrm2 n=" + n + " kind=" + kind + " seed=" + seed);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void nrm2OfOneElementIsItsMagnitudeExactly(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (Kind kind : FINITE) {
            double v = ArrayGen.draw(rnd, kind);
            assertEquals(Math.abs(v), S.nrm2(1, new double[] {v}, 0, 1), kind + " " + v);
        }
    }

    @Test
    void nrm2SpecialValues() {
        double inf = Double.POSITIVE_INFINITY;
        double max = Double.MAX_VALUE;
        double min = Double.MIN_VALUE;
        assertTrue(Double.isNaN(S.nrm2(3, new double[] {1, Double.NaN, 2}, 0, 1)));
        assertTrue(Double.isNaN(S.nrm2(3, new double[] {inf, Double.NaN, 1e300}, 0, 1)));
        assertTrue(Double.isNaN(S.nrm2(2, new double[] {Double.NaN, -inf}, 0, 1)));
        assertEquals(inf, S.nrm2(3, new double[] {1, -inf, 1e-300}, 0, 1));
        assertEquals(inf, S.nrm2(2, new double[] {max, max}, 0, 1)); // sqrt(2) max overflows
        assertEquals(max / Math.sqrt(2), S.nrm2(2, new double[] {max / 2, max / 2}, 0, 1), Math.ulp(max));
        assertEquals(2 * min, S.nrm2(4, new double[] {min, -min, min, min}, 0, 1));
        assertEquals(5e-300, S.nrm2(2, new double[] {3e-300, 4e-300}, 0, 1), 2 * Math.ulp(5e-300));
        assertEquals(5e300, S.nrm2(2, new double[] {-3e300, 4e300}, 0, 1), 2 * Math.ulp(5e300));
        assertEquals(0.0, S.nrm2(3, new double[] {0, -0.0, 0}, 0, 1));
    }

    @Test
    void iamaxFirstMaximumAndFirstNaN() {
        assertEquals(1, S.iamax(4, new double[] {1, -3, 3, 2}, 0, 1));
        assertEquals(2, S.iamax(4, new double[] {1, -3, Double.NaN, Double.NaN}, 0, 1));
        assertEquals(0, S.iamax(2, new double[] {Double.NaN, Double.POSITIVE_INFINITY}, 0, 1));
        assertEquals(1, S.iamax(3, new double[] {1, Double.NEGATIVE_INFINITY, 1e308}, 0, 1));
        assertEquals(0, S.iamax(3, new double[] {0, -0.0, 0}, 0, 1));
        // logical order with a negative increment: element i at 2 - i
        assertEquals(0, S.iamax(3, new double[] {5, 1, 5}, 2, -1));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void gemvAgainstExactProducts(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int m = 1 + rnd.nextInt(40);
        int n = 1 + rnd.nextInt(40);
        double alpha = rnd.nextGaussian();
        double beta = rnd.nextGaussian();
        double[] a = ArrayGen.matrix(rnd, m, n);
        for (Transpose trans : Transpose.values()) {
            boolean no = trans == Transpose.NO;
            int lenX = no ? n : m;
            int lenY = no ? m : n;
            double[] x = ArrayGen.uniform(rnd, lenX);
            double[] y = ArrayGen.uniform(rnd, lenY);
            double[] got = y.clone();
            S.gemv(trans, m, n, alpha, a, 0, m, x, 0, 1, beta, got, 0, 1);
            for (int i = 0; i < lenY; i++) {
                BigDecimal s = BigDecimal.ZERO;
                double mag = 0;
                for (int l = 0; l < lenX; l++) {
                    double aij = no ? a[i + l * m] : a[l + i * m];
                    s = s.add(big(aij).multiply(big(x[l])));
                    mag += Math.abs(aij * x[l]);
                }
                double exact = s.multiply(big(alpha))
                        .add(big(beta).multiply(big(y[i])))
                        .doubleValue();
                double bound = Tolerance.gamma(lenX + 2) * (Math.abs(alpha) * mag + Math.abs(beta * y[i]));
                Tolerance.assertWithin(
                        got[i], exact, bound, "gemv " + trans + " " + m + "x" + n + " i=" + i + " seed=" + seed);
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void axpyAndRotAgainstExactArithmetic(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = 1 + rnd.nextInt(100);
        double alpha = rnd.nextGaussian();
        double theta = 2 * Math.PI * rnd.nextDouble();
        double c = Math.cos(theta);
        double s = Math.sin(theta);
        double[] x = ArrayGen.uniform(rnd, n);
        double[] y = ArrayGen.uniform(rnd, n);
        double[] ax = x.clone();
        double[] ay = y.clone();
        S.axpy(n, alpha, ax, 0, 1, ay, 0, 1);
        double[] rx = x.clone();
        double[] ry = y.clone();
        S.rot(n, rx, 0, 1, ry, 0, 1, c, s);
        for (int i = 0; i < n; i++) {
            String ctx = "i=" + i + " seed=" + seed;
            // axpy: one fma, correctly rounded
            double axpy = big(alpha).multiply(big(x[i])).add(big(y[i])).doubleValue();
            assertEquals(axpy, ay[i], "axpy " + ctx);
            double rxExact =
                    big(c).multiply(big(x[i])).add(big(s).multiply(big(y[i]))).doubleValue();
            double ryExact = big(c).multiply(big(y[i]))
                    .subtract(big(s).multiply(big(x[i])))
                    .doubleValue();
            double b = Tolerance.gamma(2) * (Math.abs(c * x[i]) + Math.abs(s * y[i]));
            Tolerance.assertWithin(rx[i], rxExact, b, "rot x " + ctx);
            Tolerance.assertWithin(
                    ry[i], ryExact, Tolerance.gamma(2) * (Math.abs(c * y[i]) + Math.abs(s * x[i])), "rot y " + ctx);
        }
    }
}
