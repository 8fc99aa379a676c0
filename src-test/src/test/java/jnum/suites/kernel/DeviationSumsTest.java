package jnum.suites.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.spi.KernelProvider;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code Blas.deviationSums} against exact sums (BigDecimal) on data with a huge mean and a tiny
 * spread, for every Java provider, contiguous, reversed and strided: with the shift a rounded mean,
 * the corrected two-pass variance {@code (S2 - S1^2 / n) / (n - 1)} keeps all but a few digits
 * (Chan, Golub and LeVeque's bound {@code n u + n^2 u^2 kappa^2} with the shift's error), and each
 * sum stays within {@code gamma_n} of its terms' magnitudes. Then the argument checks.
 */
class DeviationSumsTest {
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void correctedTwoPassOnAHugeMean(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = 1 + r.nextInt(3000);
        double offset = Math.scalb(1.0, r.nextInt(4, 40)) * (1 + r.nextDouble());
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = offset + r.nextGaussian();
        }
        double[] strided = new double[2 * n];
        double[] reversed = new double[n];
        for (int i = 0; i < n; i++) {
            strided[2 * i] = x[i];
            reversed[n - 1 - i] = x[i];
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (double v : x) {
            sum = sum.add(new BigDecimal(v));
        }
        BigDecimal mean = sum.divide(BigDecimal.valueOf(n), MathContext.DECIMAL128);
        double shift = mean.doubleValue() + Math.ulp(offset) * r.nextInt(-8, 9); // a first mean's error
        BigDecimal s1 = BigDecimal.ZERO;
        BigDecimal s2 = BigDecimal.ZERO;
        BigDecimal m2 = BigDecimal.ZERO;
        double abs1 = 0;
        for (double v : x) {
            BigDecimal d = new BigDecimal(v).subtract(new BigDecimal(shift));
            s1 = s1.add(d);
            s2 = s2.add(d.multiply(d));
            m2 = m2.add(new BigDecimal(v).subtract(mean).pow(2));
            abs1 += Math.abs(v - shift);
        }
        double wantS1 = s1.doubleValue();
        double wantS2 = s2.doubleValue();
        double wantM2 = m2.doubleValue();
        for (KernelProvider p : JavaProviders.list()) {
            Blas blas = jnum.mat.kernel.spi.Providers.blas(p);
            double[][] got = new double[3][2];
            blas.deviationSums(n, x, 0, 1, shift, got[0]);
            blas.deviationSums(n, strided, 0, 2, shift, got[1]);
            blas.deviationSums(n, reversed, n - 1, -1, shift, got[2]);
            for (double[] g : got) {
                String c = p.name() + " n=" + n + " offset=" + offset + " seed=" + seed;
                // x - shift is exact here (Sterbenz), so only the sums' own rounding counts
                assertTrue(
                        Math.abs(g[0] - wantS1) <= Tolerance.gamma(n) * abs1, c + ": sum d " + g[0] + " vs " + wantS1);
                assertTrue(
                        Math.abs(g[1] - wantS2) <= Tolerance.gamma(n) * wantS2,
                        c + ": sum d^2 " + g[1] + " vs " + wantS2);
                double m2got = g[1] - g[0] * g[0] / n;
                assertTrue(
                        Math.abs(m2got - wantM2) <= (Tolerance.gamma(n) + 4 * Tolerance.U) * wantS2,
                        c + ": corrected M2 " + m2got + " vs " + wantM2);
            }
        }
    }

    @Test
    void emptyGivesZerosAndBadArgumentsAreRejected() {
        Blas blas = Kernels.blas();
        double[] x = {1, 2, 3};
        double[] sums = {5, 5};
        blas.deviationSums(0, x, 0, 1, 2.0, sums);
        assertArrayEquals(new double[] {0, 0}, sums);
        blas.deviationSums(3, x, 0, 1, 2.0, sums);
        assertArrayEquals(new double[] {0, 2}, sums);
        assertThrows(NullPointerException.class, () -> blas.deviationSums(3, x, 0, 1, 2.0, null));
        assertThrows(NullPointerException.class, () -> blas.deviationSums(3, null, 0, 1, 2.0, sums));
        assertThrows(IllegalArgumentException.class, () -> blas.deviationSums(3, x, 0, 1, 2.0, new double[1]));
        assertThrows(IllegalArgumentException.class, () -> blas.deviationSums(-1, x, 0, 1, 2.0, sums));
        assertThrows(IllegalArgumentException.class, () -> blas.deviationSums(3, x, 0, 0, 2.0, sums));
        assertThrows(IndexOutOfBoundsException.class, () -> blas.deviationSums(3, x, 1, 1, 2.0, sums));
        assertThrows(IndexOutOfBoundsException.class, () -> blas.deviationSums(3, x, 1, -1, 2.0, sums));
    }
}
