package jnum.suites.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.spi.Providers;
import jnum.testkit.ArrayGen;
import jnum.testkit.ArrayGen.Kind;
import jnum.testkit.Sizes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the vector provider's package docs promise: the routines that do the same operations per
 * element as the scalar provider, in the same order (axpy, scal, rot, ger, untransposed gemv),
 * give the very same bits, at every size and stride.
 */
class VectorBitwiseTest {
    private static final Blas S = Providers.blas(Providers.scalar());
    private static final Blas V = Providers.blas(Providers.provider("vector"));
    private static final int[] INCS = {1, -1, 2};

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void levelOneElementwise(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int n : Sizes.tailHeavy()) {
            int inc = INCS[rnd.nextInt(INCS.length)];
            int len = Math.max(1, n * Math.abs(inc));
            int off = inc < 0 ? len - 1 : 0;
            Kind kind = rnd.nextInt(4) == 0 ? Kind.SPECIAL : Kind.NORMAL;
            double[] x = ArrayGen.vector(rnd, len, kind);
            double[] y = ArrayGen.vector(rnd, len, kind);
            double alpha = rnd.nextGaussian();
            double c = Math.cos(rnd.nextDouble());
            double s = Math.sin(rnd.nextDouble());
            String ctx = "n=" + n + " inc=" + inc + " seed=" + seed;

            double[] ys = y.clone();
            double[] yv = y.clone();
            S.axpy(n, alpha, x, off, inc, ys, off, inc);
            V.axpy(n, alpha, x, off, inc, yv, off, inc);
            assertArrayEquals(ys, yv, "axpy " + ctx);

            double[] xs = x.clone();
            double[] xv = x.clone();
            S.scal(n, alpha, xs, off, inc);
            V.scal(n, alpha, xv, off, inc);
            assertArrayEquals(xs, xv, "scal " + ctx);

            xs = x.clone();
            xv = x.clone();
            ys = y.clone();
            yv = y.clone();
            S.rot(n, xs, off, inc, ys, off, inc, c, s);
            V.rot(n, xv, off, inc, yv, off, inc, c, s);
            assertArrayEquals(xs, xv, "rot x " + ctx);
            assertArrayEquals(ys, yv, "rot y " + ctx);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void gerAndUntransposedGemv(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int m : Sizes.matrixDims()) {
            int n = Sizes.matrixDims()[rnd.nextInt(Sizes.matrixDims().length)];
            int lda = m + rnd.nextInt(3) + 1;
            double[] a = ArrayGen.uniform(rnd, lda * n);
            double[] x = ArrayGen.uniform(rnd, Math.max(m, n));
            double[] y = ArrayGen.uniform(rnd, Math.max(m, n));
            double alpha = rnd.nextGaussian();
            double beta = rnd.nextInt(3) == 0 ? 0 : rnd.nextGaussian();
            String ctx = m + "x" + n + " seed=" + seed;

            double[] ys = y.clone();
            double[] yv = y.clone();
            S.gemv(Transpose.NO, m, n, alpha, a, 0, lda, x, 0, 1, beta, ys, 0, 1);
            V.gemv(Transpose.NO, m, n, alpha, a, 0, lda, x, 0, 1, beta, yv, 0, 1);
            assertArrayEquals(ys, yv, "gemv " + ctx);

            double[] as = a.clone();
            double[] av = a.clone();
            S.ger(m, n, alpha, x, 0, 1, y, 0, 1, as, 0, lda);
            V.ger(m, n, alpha, x, 0, 1, y, 0, 1, av, 0, lda);
            assertArrayEquals(as, av, "ger " + ctx);
        }
    }
}
