package jnum.suites.lapack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Lapack;
import jnum.mat.kernel.MatrixNorm;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;
import jnum.testkit.ArrayGen;
import jnum.testkit.LapackConformance;
import jnum.testkit.MatrixGen;
import jnum.testkit.Tolerance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Java and native LAPACK give solutions that agree within what backward stability allows:
 * both solve {@code (A + E) x = b} with {@code ||E|| <= c n eps ||A||}, so their solutions differ
 * by at most about {@code 2 c n eps cond_1(A) ||x||} (c = 30, LAPACK's threshold).
 */
class NativeAgreesWithJavaTest {

    private static double relativeDifference(double[] x, double[] y) {
        double d = 0;
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            d += Math.abs(x[i] - y[i]);
            s += Math.abs(y[i]);
        }
        return d == 0 ? 0 : d / s;
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void luAndCholeskySolutionsAgree(long seed) {
        Lapack nat = NativeLapack.get();
        Lapack java = Kernels.lapack("java");
        MatrixGen g = new MatrixGen(seed);
        SplittableRandom rnd = g.random();
        int n = 1 + g.size(400);
        double cond = Math.pow(10, 6 * rnd.nextDouble());
        double[] a = LapackConformance.values(g.withCondition(n, n, cond));
        double[] b = ArrayGen.matrix(rnd, n, 1);
        double[][] x = new double[2][];
        double rcond = 0;
        Lapack[] both = {java, nat};
        for (int k = 0; k < 2; k++) {
            double[] f = a.clone();
            int[] ipiv = new int[n];
            assertFalse(both[k].getrf(n, n, f, 0, n, ipiv, 0).isPresent());
            x[k] = b.clone();
            both[k].getrs(Transpose.NO, n, 1, f, 0, n, ipiv, 0, x[k], 0, n);
            rcond = both[k].gecon(MatrixNorm.ONE, n, f, 0, n, both[k].lange(MatrixNorm.ONE, n, n, a, 0, n));
        }
        double bound = 2 * 30 * n * Tolerance.EPS / rcond;
        double diff = relativeDifference(x[0], x[1]);
        assertTrue(diff <= bound, "LU n=" + n + " seed=" + seed + ": " + diff + " > " + bound);

        double[] s = LapackConformance.values(g.spd(n, cond));
        for (int k = 0; k < 2; k++) {
            double[] f = s.clone();
            assertFalse(both[k].potrf(Uplo.UPPER, n, f, 0, n).isPresent());
            x[k] = b.clone();
            both[k].potrs(Uplo.UPPER, n, 1, f, 0, n, x[k], 0, n);
            rcond = both[k].pocon(Uplo.UPPER, n, f, 0, n, both[k].lange(MatrixNorm.ONE, n, n, s, 0, n));
        }
        bound = 2 * 30 * n * Tolerance.EPS / rcond;
        diff = relativeDifference(x[0], x[1]);
        assertTrue(diff <= bound, "Cholesky n=" + n + " seed=" + seed + ": " + diff + " > " + bound);
    }
}
