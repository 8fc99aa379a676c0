package jnum.suites.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Diag;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;
import jnum.mat.kernel.spi.Providers;
import org.junit.jupiter.api.Test;

/**
 * Small level-3 cases worked out by hand, in exactly representable numbers, so that the expected
 * values come from arithmetic on paper rather than from any code. They pin down the meaning of the
 * flags (which triangle, which side, what transposing does) for every provider.
 */
class Level3ReferenceTest {
    // A = [2 1; 3 4] column-major; as a lower triangle L = [2 0; 3 4], as an upper U = [2 1; 0 4]
    private static final double[] A = {2, 3, 1, 4};

    @Test
    void trsmFlagsByHand() {
        for (var p : Providers.usable()) {
            Blas blas = Providers.blas(p);
            // L x = [4; 18] -> x = [2; 3]
            assertArrayEquals(
                    new double[] {2, 3},
                    trsm(blas, Side.LEFT, Uplo.LOWER, Transpose.NO, Diag.NON_UNIT, 2, 1, 1, new double[] {4, 18}),
                    p.name());
            // U x = [7; 12] -> x = [2; 3]
            assertArrayEquals(
                    new double[] {2, 3},
                    trsm(blas, Side.LEFT, Uplo.UPPER, Transpose.NO, Diag.NON_UNIT, 2, 1, 1, new double[] {7, 12}),
                    p.name());
            // L^T x = [13; 12] with L^T = [2 3; 0 4] -> x = [2; 3]
            assertArrayEquals(
                    new double[] {2, 3},
                    trsm(blas, Side.LEFT, Uplo.LOWER, Transpose.YES, Diag.NON_UNIT, 2, 1, 1, new double[] {13, 12}),
                    p.name());
            // unit lower [1 0; 3 1] x = 2 [1; 4.5] -> x = [2; 3]
            assertArrayEquals(
                    new double[] {2, 3},
                    trsm(blas, Side.LEFT, Uplo.LOWER, Transpose.NO, Diag.UNIT, 2, 1, 2, new double[] {1, 4.5}),
                    p.name());
            // x^T U = [4 14] -> x = [2 3] (right side, B is 1 x 2)
            assertArrayEquals(
                    new double[] {2, 3},
                    trsm(blas, Side.RIGHT, Uplo.UPPER, Transpose.NO, Diag.NON_UNIT, 1, 2, 1, new double[] {4, 14}),
                    p.name());
            // x^T L^T = [x1 x2] [2 0; 3 4]^T... X L^T = [13 12]? X L^T = [2*2 + 3*0 ... ]: row [2 3] times
            // L^T = [2 3; 0 4] gives [4, 18]
            assertArrayEquals(
                    new double[] {2, 3},
                    trsm(blas, Side.RIGHT, Uplo.LOWER, Transpose.YES, Diag.NON_UNIT, 1, 2, 1, new double[] {4, 18}),
                    p.name());
        }
    }

    @Test
    void trmmSyrkSymmByHand() {
        for (var p : Providers.usable()) {
            Blas blas = Providers.blas(p);
            // U [1; 1] = [3; 4]; with alpha = 2: [6; 8]
            double[] b = {1, 1};
            blas.trmm(Side.LEFT, Uplo.UPPER, Transpose.NO, Diag.NON_UNIT, 2, 1, 2, A, 0, 2, b, 0, 2);
            assertArrayEquals(new double[] {6, 8}, b, p.name());
            // [1 1] L = [5 4]
            b = new double[] {1, 1};
            blas.trmm(Side.RIGHT, Uplo.LOWER, Transpose.NO, Diag.NON_UNIT, 1, 2, 1, A, 0, 2, b, 0, 1);
            assertArrayEquals(new double[] {5, 4}, b, p.name());
            // syrk lower, A A^T with A = [2 1; 3 4]: [5 10; 10 25]; the upper element keeps its -7
            double[] c = {1, 1, -7, 1};
            blas.syrk(Uplo.LOWER, Transpose.NO, 2, 2, 1, A, 0, 2, 1, c, 0, 2);
            assertArrayEquals(new double[] {6, 11, -7, 26}, c, p.name());
            // syrk upper, A^T A = [13 14; 14 17], beta = 0 ignores the NaN
            c = new double[] {Double.NaN, 99, Double.NaN, Double.NaN};
            blas.syrk(Uplo.UPPER, Transpose.YES, 2, 2, 1, A, 0, 2, 0, c, 0, 2);
            assertArrayEquals(new double[] {13, 99, 14, 17}, c, p.name());
            // symm left upper: S = [2 1; 1 4] (the 3 below the diagonal is not read), S [1; 2] = [4; 9]
            double[] bs = {1, 2};
            c = new double[] {Double.NaN, Double.NaN};
            blas.symm(Side.LEFT, Uplo.UPPER, 2, 1, 1, A, 0, 2, bs, 0, 2, 0, c, 0, 2);
            assertArrayEquals(new double[] {4, 9}, c, p.name());
            // symm right lower: S = [2 3; 3 4], [1 2] S = [8 11]; plus beta C = 10 [1 1]
            c = new double[] {1, 1};
            blas.symm(Side.RIGHT, Uplo.LOWER, 1, 2, 1, A, 0, 2, bs, 0, 1, 10, c, 0, 1);
            assertArrayEquals(new double[] {18, 21}, c, p.name());
        }
    }

    private static double[] trsm(
            Blas blas, Side side, Uplo uplo, Transpose t, Diag d, int m, int n, double alpha, double[] b) {
        double[] x = b.clone();
        blas.trsm(side, uplo, t, d, m, n, alpha, A, 0, 2, x, 0, m);
        return x;
    }
}
