package jnum.stat.distribution;

import jnum.mat.Cholesky;
import jnum.mat.Dense;
import jnum.mat.NotPositiveDefiniteException;

/**
 * Argument checks shared by the distributions of this package, so that every message has one
 * shape: {@code "Gamma: shape = -1.0 must be positive and finite"},
 * {@code "quantile: p = 1.5 is not in [0, 1]"}, {@code "Gamma.fit: data is null"}; and the vector
 * checks and defensive copies of the multivariate distributions.
 */
final class Arguments {
    private Arguments() {}

    /** {@code value}, or a {@link NullPointerException} {@code "op: name is null"}. */
    static <T> T nonNull(String op, String name, T value) {
        if (value == null) {
            throw new NullPointerException(op + ": " + name + " is null");
        }
        return value;
    }

    /** The generator of a {@code sample} call, or a {@link NullPointerException} naming it. */
    static <T> T rng(T rng) {
        return nonNull("sample", "rng", rng);
    }

    /** Whether {@code p} is a probability, in [0, 1] (false for NaN). */
    static boolean isProbability(double p) {
        return p >= 0 && p <= 1;
    }

    /** {@code value} if it is finite and {@code > 0}; else an exception naming it. */
    static double positive(String distribution, String name, double value) {
        if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(
                    distribution + ": " + name + " = " + value + " must be positive and finite");
        }
        return value;
    }

    /** {@code value} if it is finite; else an exception naming it. */
    static double finite(String distribution, String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(distribution + ": " + name + " = " + value + " must be finite");
        }
        return value;
    }

    /** {@code p} if it is in [0, 1]; else an exception naming the operation and the argument. */
    static double probability(String operation, String name, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(operation + ": " + name + " = " + p + " is not in [0, 1]");
        }
        return p;
    }

    /**
     * Checks data for a fit: not null, at least {@code minSize} values, every value finite and in
     * {@code [lower, upper]} (open at an end where {@code open} says so). Messages name the fit, the
     * offending index and value.
     */
    static void data(
            String fit, double[] data, int minSize, double lower, double upper, boolean openLower, boolean openUpper) {
        nonNull(fit, "data", data);
        if (data.length < minSize) {
            throw new IllegalArgumentException(fit + ": needs at least " + minSize + " values, got " + data.length);
        }
        for (int i = 0; i < data.length; i++) {
            double v = data[i];
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(fit + ": data[" + i + "] = " + v + " is not finite");
            }
            boolean below = openLower ? !(v > lower) : !(v >= lower);
            boolean above = openUpper ? !(v < upper) : !(v <= upper);
            if (below || above) {
                throw new IllegalArgumentException(fit + ": data[" + i + "] = " + v + " is outside the "
                        + "support " + (openLower ? "(" : "[") + lower + ", " + upper
                        + (openUpper ? ")" : "]"));
            }
        }
    }

    /** The mean of {@code data}, with one correction pass (accurate for data far from 0). */
    static double mean(double[] data) {
        double s = 0;
        for (double v : data) {
            s += v;
        }
        double m = s / data.length;
        double c = 0;
        for (double v : data) {
            c += v - m;
        }
        return m + c / data.length;
    }

    /**
     * {@code v} copied if it is non-empty and every entry is finite; else an exception naming it
     * ({@link NullPointerException} for null).
     */
    static double[] checkVector(String op, String name, double[] v) {
        if (nonNull(op, name, v).length == 0) {
            throw new IllegalArgumentException(op + ": " + name + " must be a non-empty vector");
        }
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException(op + ": " + name + "[" + i + "] = " + v[i] + " is not finite");
            }
        }
        return v.clone();
    }

    /**
     * Throws unless {@code x} is of length {@code d}: {@link NullPointerException} for null, {@link
     * IllegalArgumentException} naming both lengths otherwise.
     */
    static void checkLength(String op, double[] x, int d) {
        if (nonNull(op, "x", x).length != d) {
            throw new IllegalArgumentException(op + ": x has length " + x.length + ", the dimension is " + d);
        }
    }

    /** Whether an entry of {@code x} is NaN (a multivariate density of such a point is NaN). */
    static boolean hasNaN(double[] x) {
        for (double v : x) {
            if (Double.isNaN(v)) {
                return true;
            }
        }
        return false;
    }

    /** A deep copy of the rows of {@code a}, for defensive copies of matrix parameters. */
    static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    private static final double SYMMETRY_TOLERANCE = 1e-12;

    /**
     * Checks that {@code a} is a non-empty, finite, square, symmetric matrix; returns its order.
     *
     * @throws NullPointerException if {@code a} or a row is null
     */
    static int checkSymmetric(String op, String what, double[][] a) {
        if (nonNull(op, what, a).length == 0) {
            throw new IllegalArgumentException(op + ": " + what + " must be a non-empty square matrix");
        }
        int d = a.length;
        for (int i = 0; i < d; i++) {
            if (nonNull(op, what + "[" + i + "]", a[i]).length != d) {
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

    /**
     * The Cholesky factorization of the symmetric matrix {@code a} (checked as by
     * {@link #checkSymmetric}); {@link IllegalArgumentException} naming the matrix and the failing
     * column when it is not positive definite.
     */
    static Cholesky cholesky(String op, String what, double[][] a) {
        checkSymmetric(op, what, a);
        try {
            return Dense.of(a).cholesky();
        } catch (NotPositiveDefiniteException e) {
            throw new IllegalArgumentException(
                    op + ": " + what + " is not positive definite: pivot " + e.column() + " is not positive", e);
        }
    }
}
