package jnum.stat.distribution;

import java.util.Arrays;

/**
 * The Cholesky factor {@code L} (lower triangular, {@code A = L L^T}) of a symmetric positive
 * definite matrix, for the multivariate distributions' densities and samplers. A small
 * unblocked, row-oriented factorization (the dimensions here are small); the mat module's
 * Cholesky replaces it once it exists.
 *
 * <p>The matrix must be square, finite and symmetric to within {@code 1e-12} relative (only its
 * lower triangle is used); a non-positive pivot is an {@link IllegalArgumentException} naming the
 * operation, the pivot's index and value ("not positive definite").
 */
final class CholeskyFactor {
    private static final double SYMMETRY_TOLERANCE = 1e-12;

    /** The factor, row-major: l[i][j] for j <= i. */
    private final double[][] l;

    private CholeskyFactor(double[][] l) {
        this.l = l;
    }

    /** Factors {@code a} (not modified); {@code what} names the matrix in messages. */
    static CholeskyFactor of(String op, String what, double[][] a) {
        checkSymmetric(op, what, a);
        double[][] l = new double[a.length][a.length];
        int failed = factor(a, l);
        if (failed >= 0) {
            throw new IllegalArgumentException(op + ": " + what + " is not positive definite: pivot " + failed + " is "
                    + l[failed][failed] + " (after eliminating " + failed + " rows)");
        }
        return new CholeskyFactor(l);
    }

    /**
     * The factor of a square matrix {@code a} already known to be finite and symmetric, or null
     * when it is not positive definite (a point outside a support, not an error).
     */
    static CholeskyFactor ofOrNull(double[][] a) {
        double[][] l = new double[a.length][a.length];
        return factor(a, l) < 0 ? new CholeskyFactor(l) : null;
    }

    /**
     * Writes the factor of {@code a} into {@code l}; returns -1, or the index of the first pivot
     * that is not positive (left in {@code l[i][i]}).
     */
    private static int factor(double[][] a, double[][] l) {
        int d = a.length;
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                double[] li = l[i];
                double[] lj = l[j];
                for (int k = 0; k < j; k++) {
                    s -= li[k] * lj[k];
                }
                if (i == j) {
                    if (!(s > 0)) {
                        li[i] = s;
                        return i;
                    }
                    li[i] = Math.sqrt(s);
                } else {
                    li[j] = s / lj[j];
                }
            }
        }
        return -1;
    }

    /** Checks that {@code a} is a non-empty, finite, square, symmetric matrix; returns its order. */
    static int checkSymmetric(String op, String what, double[][] a) {
        if (Arguments.nonNull(op, what, a).length == 0) {
            throw new IllegalArgumentException(op + ": " + what + " must be a non-empty square matrix");
        }
        int d = a.length;
        for (int i = 0; i < d; i++) {
            if (Arguments.nonNull(op, what + "[" + i + "]", a[i]).length != d) {
                throw new IllegalArgumentException(op + ": " + what + " is not square: row " + i + " has length "
                        + a[i].length + ", expected " + d);
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double x = a[i][j];
                double y = a[j][i];
                if (!Double.isFinite(x) || !Double.isFinite(y)) {
                    throw new IllegalArgumentException(
                            op + ": " + what + "[" + i + "][" + j + "] = " + x + " is not finite");
                }
                if (!symmetricPair(x, y)) {
                    throw new IllegalArgumentException(op + ": " + what + " is not symmetric: [" + i + "][" + j + "] = "
                            + x + ", [" + j + "][" + i + "] = " + y);
                }
            }
        }
        return d;
    }

    /** Whether {@code x = a[i][j]} and {@code y = a[j][i]} agree to the symmetry tolerance. */
    static boolean symmetricPair(double x, double y) {
        return Math.abs(x - y) <= SYMMETRY_TOLERANCE * Math.max(Math.abs(x), Math.abs(y));
    }

    int order() {
        return l.length;
    }

    /** {@code log det A = 2 sum log l_ii}. */
    double logDet() {
        double s = 0;
        for (int i = 0; i < l.length; i++) {
            s += Math.log(l[i][i]);
        }
        return 2 * s;
    }

    /** {@code L z}. */
    double[] times(double[] z) {
        int d = l.length;
        double[] y = new double[d];
        for (int i = 0; i < d; i++) {
            double s = 0;
            double[] li = l[i];
            for (int k = 0; k <= i; k++) {
                s += li[k] * z[k];
            }
            y[i] = s;
        }
        return y;
    }

    /** Solves {@code L y = b} by forward substitution. */
    double[] solveLower(double[] b) {
        int d = l.length;
        double[] y = new double[d];
        for (int i = 0; i < d; i++) {
            double s = b[i];
            double[] li = l[i];
            for (int k = 0; k < i; k++) {
                s -= li[k] * y[k];
            }
            y[i] = s / li[i];
        }
        return y;
    }

    /** {@code b^T A^-1 b = |L^-1 b|^2}. */
    double inverseQuadraticForm(double[] b) {
        double[] y = solveLower(b);
        double s = 0;
        for (double v : y) {
            s += v * v;
        }
        return s;
    }

    /** A copy of L as rows. */
    double[][] lower() {
        double[][] c = new double[l.length][];
        for (int i = 0; i < l.length; i++) {
            c[i] = l[i].clone();
        }
        return c;
    }

    /** The element {@code L[i][j]} (0 above the diagonal). */
    double get(int i, int j) {
        return l[i][j];
    }

    @Override
    public String toString() {
        return "CholeskyFactor" + Arrays.deepToString(l);
    }
}
