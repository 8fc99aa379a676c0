package jnum.suites.factor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jnum.mat.Dense;
import jnum.testkit.PlainMatrices;
import jnum.testkit.Tolerance;

/** Residual and condition measures of the factorization suites, on plain arrays (independent of jnum). */
final class FactorChecks {
    static final double THRESHOLD = 30;

    private FactorChecks() {}

    /** {@code ||A X - B||_1 / (n eps ||A||_1 ||X||_1)}, column by column, below the threshold. */
    static void assertSolves(Dense a, Dense x, Dense b, String ctx) {
        int n = a.rows();
        double[][] ar = a.toArray();
        double[][] xr = x.toArray();
        double[][] br = b.toArray();
        double anorm = PlainMatrices.norm1(ar, n, n);
        for (int c = 0; c < b.cols(); c++) {
            double res = 0;
            double xn = 0;
            for (int i = 0; i < n; i++) {
                double s = br[i][c];
                for (int k = 0; k < n; k++) {
                    s -= ar[i][k] * xr[k][c];
                }
                res += Math.abs(s);
                xn += Math.abs(xr[i][c]);
            }
            if (res == 0) {
                continue;
            }
            double r = res / (Math.max(n, 1) * Tolerance.EPS * anorm * xn);
            assertTrue(r < THRESHOLD, ctx + " column " + c + ": residual ratio " + r);
        }
    }

    /** {@code ||X - Y||_1 / (n eps ||Y||_1)} below the threshold. */
    static void assertClose(Dense x, Dense y, String ctx) {
        int m = y.rows();
        int n = y.cols();
        double[][] xr = x.toArray();
        double[][] yr = y.toArray();
        double[][] d = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                d[i][j] = xr[i][j] - yr[i][j];
            }
        }
        double num = PlainMatrices.norm1(d, m, n);
        if (num == 0) {
            return;
        }
        double r = num / (Math.max(1, Math.max(m, n)) * Tolerance.EPS * PlainMatrices.norm1(yr, m, n));
        assertTrue(r < THRESHOLD, ctx + ": ratio " + r);
    }

    /** The exact reciprocal 1-norm condition number by the Gauss-Jordan oracle. */
    static double exactRcond(Dense a) {
        int n = a.rows();
        double[][] r = a.toArray();
        return 1 / (PlainMatrices.norm1(r, n, n) * PlainMatrices.norm1(PlainMatrices.inverse(r, n), n, n));
    }

    static void assertRcond(double est, double exact, String ctx) {
        assertTrue(
                est >= exact * (1 - 1e-6) && est <= 10 * exact,
                ctx + ": rcond " + est + ", exact " + exact + " (ratio " + est / exact + ")");
    }

    static Dense mul(Dense a, Dense b) {
        return Dense.of(PlainMatrices.multiply(a.toArray(), b.toArray(), a.rows(), a.cols(), b.cols()));
    }
}
