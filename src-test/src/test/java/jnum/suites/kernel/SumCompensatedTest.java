package jnum.suites.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import jnum.mat.kernel.Kernels;
import jnum.testkit.Tolerance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code Blas.sumCompensated} against the exact sum (BigDecimal) on ill-conditioned data (values of
 * both signs over 30 orders of magnitude that cancel to a small total), contiguous (the vector
 * kernel), reversed and strided both ways (the scalar loop): the error must stay below {@code 2 u |s| + n^2 u^2 sum
 * |x|}, the bound of a sum in twice the working precision (Ogita, Rump and Oishi, 2005).
 */
class SumCompensatedTest {
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void asAccurateAsTwiceTheWorkingPrecision(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = 1 + r.nextInt(5000);
        double[] x = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double v = r.nextGaussian() * Math.pow(10, r.nextInt(-15, 16));
            x[i] = v;
            x[2 * n - 1 - i] = -v * (1 + 1e-9 * r.nextGaussian()); // near cancellation
        }
        double[] strided = new double[4 * n];
        for (int i = 0; i < 2 * n; i++) {
            strided[2 * i] = x[i];
        }
        double[] reversed = new double[2 * n];
        for (int i = 0; i < 2 * n; i++) {
            reversed[2 * n - 1 - i] = x[i];
        }
        BigDecimal exact = BigDecimal.ZERO;
        double abs = 0;
        for (double v : x) {
            exact = exact.add(new BigDecimal(v));
            abs += Math.abs(v);
        }
        double want = exact.round(MathContext.DECIMAL128).doubleValue();
        double m = 2.0 * n;
        double bound = 2 * Tolerance.U * Math.abs(want) + m * m * Tolerance.U * Tolerance.U * abs;
        double got = Kernels.blas().sumCompensated(2 * n, x, 0, 1);
        double gotStrided = Kernels.blas().sumCompensated(2 * n, strided, 0, 2);
        assertTrue(Math.abs(got - want) <= bound, "contiguous: " + got + " vs " + want + ", bound " + bound);
        assertTrue(Math.abs(gotStrided - want) <= bound, "strided: " + gotStrided + " vs " + want);
        double gotReversed = Kernels.blas().sumCompensated(2 * n, reversed, 2 * n - 1, -1);
        double gotBackStrided = Kernels.blas().sumCompensated(2 * n, strided, 4 * n - 2, -2);
        assertTrue(Math.abs(gotReversed - want) <= bound, "reversed: " + gotReversed + " vs " + want);
        assertTrue(Math.abs(gotBackStrided - want) <= bound, "strided backwards: " + gotBackStrided + " vs " + want);
        assertEquals(0.0, Kernels.blas().sumCompensated(0, x, 0, 1));
    }
}
