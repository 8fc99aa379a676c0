package jnum.suites.mat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import jnum.mat.Dense;
import jnum.mat.Vec;
import jnum.testkit.Tolerance;

/**
 * Independent reference computations for the mat suites: textbook loops on {@code double[][]},
 * reading the operands only through {@code toArray()}.
 */
final class Ref {
    private Ref() {}

    static double[][] mul(double[][] a, double[][] b, int m, int k, int n) {
        double[][] c = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) {
                    s += a[i][p] * b[p][j];
                }
                c[i][j] = s;
            }
        }
        return c;
    }

    /** {@code |A| |B|}, the scale of the rounding error of every element of {@code A B}. */
    static double[][] absMul(double[][] a, double[][] b, int m, int k, int n) {
        double[][] c = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int p = 0; p < k; p++) {
                    s += Math.abs(a[i][p] * b[p][j]);
                }
                c[i][j] = s;
            }
        }
        return c;
    }

    /**
     * Checks a computed product against the reference element by element: both the kernel and the
     * reference are within {@code gamma_k |A||B|} of the exact product (Higham, Thm 3.5, any
     * summation order, with or without FMA), so they differ by at most twice that.
     */
    static void assertProduct(Dense got, double[][] a, double[][] b, String context) {
        int m = a.length;
        int n = got.cols();
        int k = m == 0 ? (b.length) : a[0].length;
        assertEquals(m, got.rows(), context + ": rows");
        double[][] ref = mul(a, b, m, k, n);
        double[][] scale = absMul(a, b, m, k, n);
        double g = 2 * Tolerance.gamma(k);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                Tolerance.assertWithin(
                        got.get(i, j), ref[i][j], g * scale[i][j], context + " at (" + i + ", " + j + ")");
            }
        }
    }

    static void assertExactly(double[][] expected, Dense got, String context) {
        assertEquals(expected.length, got.rows(), context + ": rows");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i].length, got.cols(), context + ": cols");
            for (int j = 0; j < expected[i].length; j++) {
                if (Double.doubleToLongBits(expected[i][j]) != Double.doubleToLongBits(got.get(i, j))) {
                    fail(context + " at (" + i + ", " + j + "): expected " + expected[i][j] + ", got " + got.get(i, j));
                }
            }
        }
    }

    static void assertExactly(double[] expected, Vec got, String context) {
        assertEquals(expected.length, got.length(), context + ": length");
        for (int k = 0; k < expected.length; k++) {
            if (Double.doubleToLongBits(expected[k]) != Double.doubleToLongBits(got.get(k))) {
                fail(context + " at " + k + ": expected " + expected[k] + ", got " + got.get(k));
            }
        }
    }

    /**
     * The Frobenius norm with an exact power-of-two prescaling, so that squares of 1e300 or 1e-300
     * neither overflow nor underflow; relative error about {@code (mn + 2) u}.
     */
    static double frobenius(double[][] a) {
        double max = 0;
        for (double[] row : a) {
            for (double x : row) {
                max = Math.max(max, Math.abs(x));
            }
        }
        if (max == 0 || Double.isInfinite(max) || Double.isNaN(max)) {
            return max;
        }
        int e = Math.getExponent(max);
        double s = 0;
        for (double[] row : a) {
            for (double x : row) {
                double y = Math.scalb(x, -e);
                s += y * y;
            }
        }
        return Math.scalb(Math.sqrt(s), e);
    }
}
