package jnum.suites.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Uplo;
import jnum.mat.kernel.spi.Providers;
import jnum.testkit.Tolerance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The vector provider's symv, which takes four stored columns per pass with a scalar 4 x 4
 * diagonal block, against the scalar provider as the tridiagonal reduction calls it: a trailing
 * submatrix of a larger matrix (offset inside the array, leading dimension above the order),
 * orders of every residue modulo 4 and past several vector lengths, both triangles. The triangle
 * that must not be read, and the rows between the order and the leading dimension, hold NaN, so
 * reading them shows in y. Per element the two providers differ by at most the error bound of
 * the length-n dot product that defines it, counted twice (both carry one):
 * {@code 2 gamma_(n+2) (|alpha| (|A| |x|)_i + |beta y_i|)}.
 */
class VectorSymvPanelTest {
    private static final Blas SCALAR = Providers.blas(Providers.scalar());
    private static final Blas VECTOR = Providers.blas(Providers.provider("vector"));

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void agreesWithScalarOnTrailingSubmatrices(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int trial = 0; trial < 12; trial++) {
            int n = trial < 4 ? 4 * rnd.nextInt(1, 20) + trial : rnd.nextInt(1, 300);
            Uplo uplo = rnd.nextBoolean() ? Uplo.LOWER : Uplo.UPPER;
            check(rnd, n, uplo, seed);
        }
    }

    private static void check(SplittableRandom rnd, int n, Uplo uplo, long seed) {
        boolean upper = uplo == Uplo.UPPER;
        int lda = n + rnd.nextInt(0, 9);
        int aOff = rnd.nextInt(0, 2 * lda + 3); // as a trailing block A(k:, k:) of a larger matrix
        double[] a = new double[aOff + lda * n + 5];
        Arrays.fill(a, Double.NaN);
        for (int j = 0; j < n; j++) {
            for (int i = upper ? 0 : j; i <= (upper ? j : n - 1); i++) {
                a[aOff + i + j * lda] = rnd.nextDouble(-1, 1);
            }
        }
        int xOff = rnd.nextInt(0, 5);
        int yOff = rnd.nextInt(0, 5);
        double[] x = new double[xOff + n];
        double[] y = new double[yOff + n];
        for (int i = 0; i < n; i++) {
            x[xOff + i] = rnd.nextDouble(-1, 1);
            y[yOff + i] = rnd.nextDouble(-1, 1);
        }
        double alpha = rnd.nextBoolean() ? 1 : rnd.nextDouble(-2, 2);
        double beta = rnd.nextInt(3) == 0 ? 0 : rnd.nextDouble(-2, 2);
        double[] yRef = y.clone();
        double[] y0 = y.clone();
        VECTOR.symv(uplo, n, alpha, a, aOff, lda, x, xOff, 1, beta, y, yOff, 1);
        SCALAR.symv(uplo, n, alpha, a, aOff, lda, x, xOff, 1, beta, yRef, yOff, 1);
        String ctx = "symv n=" + n + " " + uplo + " lda=" + lda + " aOff=" + aOff + " alpha=" + alpha + " beta=" + beta
                + " seed=" + seed;
        for (int i = 0; i < n; i++) {
            double ax = 0;
            for (int l = 0; l < n; l++) {
                int r = upper ? Math.min(i, l) : Math.max(i, l);
                int c = upper ? Math.max(i, l) : Math.min(i, l);
                ax += Math.abs(a[aOff + r + c * lda] * x[xOff + l]);
            }
            double bound = 2 * Tolerance.gamma(n + 2) * (Math.abs(alpha) * ax + Math.abs(beta * y0[yOff + i]));
            double got = y[yOff + i];
            assertTrue(Double.isFinite(got), ctx + ": y(" + i + ") = " + got);
            Tolerance.assertWithin(got, yRef[yOff + i], bound, ctx + ": y(" + i + ")");
        }
        for (int i = 0; i < yOff; i++) {
            assertEquals(y0[i], y[i], ctx + ": y before its offset");
        }
    }
}
