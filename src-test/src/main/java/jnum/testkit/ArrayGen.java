package jnum.testkit;

import java.util.SplittableRandom;

/**
 * Seeded random vectors and matrices as plain arrays (matrices column-major), for kernel tests,
 * and the probability grids of the distribution checks.
 * Every generator takes the {@link SplittableRandom} it draws from, so a test that creates it
 * from its seed is reproducible.
 */
public final class ArrayGen {
    private ArrayGen() {}

    /** Distributions of vector entries. */
    public enum Kind {
        /** Uniform on [-1, 1). */
        UNIFORM,
        /** Standard normal. */
        NORMAL,
        /** Uniform on [-1, 1) times 1e-300: squares underflow. */
        TINY,
        /** Uniform on [-1, 1) times 1e300: squares overflow. */
        HUGE,
        /** Random sign, magnitude 2^e with e uniform in [-1000, 1000]: every size class at once. */
        WIDE,
        /** Small integers in [-3, 3]: many ties and exact sums. */
        INTEGERS,
        /** Uniform on [-1, 1) with a few special values: NaN, infinities, signed zeros, subnormals. */
        SPECIAL
    }

    /** The special values {@link Kind#SPECIAL} sprinkles in. */
    private static final double[] SPECIALS = {
        Double.NaN,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY,
        0.0,
        -0.0,
        Double.MIN_VALUE,
        -Double.MIN_NORMAL,
        Double.MAX_VALUE
    };

    /** n entries of the given kind. */
    public static double[] vector(SplittableRandom rnd, int n, Kind kind) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = draw(rnd, kind);
        }
        if (kind == Kind.SPECIAL && n > 0) {
            int count = 1 + rnd.nextInt(3);
            for (int c = 0; c < count; c++) {
                v[rnd.nextInt(n)] = SPECIALS[rnd.nextInt(SPECIALS.length)];
            }
        }
        return v;
    }

    /** One entry of the given kind ({@link Kind#SPECIAL} draws a uniform entry). */
    public static double draw(SplittableRandom rnd, Kind kind) {
        return switch (kind) {
            case UNIFORM, SPECIAL -> uniform(rnd);
            case NORMAL -> rnd.nextGaussian();
            case TINY -> 1e-300 * uniform(rnd);
            case HUGE -> 1e300 * uniform(rnd);
            case WIDE -> Math.scalb(rnd.nextBoolean() ? 1.0 : -1.0, rnd.nextInt(-1000, 1001)) * (1 + rnd.nextDouble());
            case INTEGERS -> rnd.nextInt(-3, 4);
        };
    }

    /** n entries uniform on [-1, 1). */
    public static double[] uniform(SplittableRandom rnd, int n) {
        return vector(rnd, n, Kind.UNIFORM);
    }

    /** n entries uniform on [-scale, scale). */
    public static double[] uniform(SplittableRandom rnd, int n, double scale) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = scale * uniform(rnd);
        }
        return v;
    }

    /** A rows x cols matrix, column-major with ld = rows, entries uniform on [-1, 1). */
    public static double[] matrix(SplittableRandom rnd, int rows, int cols) {
        return uniform(rnd, rows * cols);
    }

    /**
     * A well-conditioned n x n triangular matrix, column-major with ld = n: diagonal entries of
     * magnitude in [1, 2) with random signs, off-diagonal entries uniform on [-1/n, 1/n), so that
     * op(A) and its inverse have norms below 2 and substitution cannot overflow. The other triangle
     * is filled with {@code fill} (NaN to check that it is never read).
     */
    public static double[] triangular(SplittableRandom rnd, int n, boolean upper, double fill) {
        double[] a = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double v;
                if (i == j) {
                    v = (rnd.nextBoolean() ? 1 : -1) * (1 + rnd.nextDouble());
                } else if ((i < j) == upper) {
                    v = uniform(rnd) / n;
                } else {
                    v = fill;
                }
                a[i + j * n] = v;
            }
        }
        return a;
    }

    private static double uniform(SplittableRandom rnd) {
        return 2 * rnd.nextDouble() - 1;
    }

    /**
     * {@code count} probabilities for tail checks: log-uniform in {@code [10^minLog10, 1/2]}, every
     * fourth one uniform in {@code (0, 1/2]}.
     */
    static double[] probabilities(SplittableRandom rng, int count, double minLog10) {
        double[] p = new double[count];
        double top = Math.log10(0.5);
        for (int i = 0; i < count; i++) {
            p[i] = (i % 4 == 3)
                    ? 0.5 * (1 - rng.nextDouble())
                    : Math.pow(10, minLog10 + (top - minLog10) * rng.nextDouble());
        }
        return p;
    }
}
