package jnum.testkit;

import java.util.Arrays;
import java.util.SplittableRandom;
import jnum.mat.Dense;
import jnum.mat.Vec;

/**
 * Seeded generators of test matrices and vectors. One generator per seed, {@code new
 * MatrixGen(seed)}; every method draws from it, so a test is reproducible from its seed.
 *
 * <p>The arithmetic that builds the structured families (QR, products) is written here on plain
 * {@code double[][]} loops, independent of the {@code jnum.mat} code under test; only
 * {@link Dense#of(double[][])}, {@link Dense#wrap}, {@link Dense#slice} and {@link Dense#t()}
 * are used to hand the result over.
 *
 * <p>Families: {@link #uniform}, {@link #normal}, {@link #spd}, {@link #orthogonal},
 * {@link #withSingularValues} and {@link #withCondition} (condition numbers up to 1e15),
 * {@link #rankDeficient}, {@link #graded}, {@link #scaled} (1e-300, 1e300), the edge shapes
 * {@link #EDGE_SHAPES} (empty and 1x1), and {@link #view}: the same values as a slice of a larger
 * NaN-filled array with an offset, a leading dimension larger than the rows and either storage
 * orientation, so that a routine reading outside its operand picks up NaN.
 */
public final class MatrixGen {
    /** Shapes every property should also cover: empty (0x0, 0xn, mx0), 1x1, one row, one column. */
    public static final int[][] EDGE_SHAPES = {{0, 0}, {0, 3}, {3, 0}, {1, 1}, {1, 4}, {4, 1}};

    private final SplittableRandom rnd;

    /** A generator whose whole stream of matrices is fixed by {@code seed}. */
    public MatrixGen(long seed) {
        this.rnd = new SplittableRandom(seed);
    }

    /** The underlying generator (for drawing sizes and scalars in the same reproducible stream). */
    public SplittableRandom random() {
        return rnd;
    }

    /** A size in {@code [0, max]}, drawn so that 0, 1 and small sizes come up often. */
    public int size(int max) {
        int r = rnd.nextInt(4);
        return r == 0 ? rnd.nextInt(Math.min(3, max + 1)) : rnd.nextInt(max + 1);
    }

    /** A uniformly random permutation of {@code 0 .. n - 1} (Fisher-Yates). */
    public static int[] permutation(SplittableRandom rnd, int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    // ---- Unstructured ----------------------------------------------------------------------------

    /** Independent uniform elements in {@code [-1, 1)}. */
    public Dense uniform(int m, int n) {
        return dense(uniformArray(m, n, 1.0), m, n);
    }

    /** Independent standard normal elements. */
    public Dense normal(int m, int n) {
        return dense(normalArray(m, n), m, n);
    }

    /** Uniform elements in {@code [-scale, scale)}: {@code scale = 1e-300} or {@code 1e300}. */
    public Dense scaled(int m, int n, double scale) {
        return dense(uniformArray(m, n, scale), m, n);
    }

    /** A vector of uniform elements in {@code [-1, 1)}. */
    public Vec uniformVec(int n) {
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            v[k] = rnd.nextDouble(-1, 1);
        }
        return Vec.of(v);
    }

    /**
     * Graded: {@code a_ij = u_ij * ratio^(i/(m-1)) * ratio^(j/(n-1))} with {@code u} uniform, so
     * the magnitudes fall smoothly from about 1 at the top left to {@code ratio^2} at the bottom
     * right (the matrices on which unpivoted or unscaled algorithms lose accuracy).
     */
    public Dense graded(int m, int n, double ratio) {
        double[][] a = uniformArray(m, n, 1.0);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double gi = m > 1 ? Math.pow(ratio, i / (m - 1.0)) : 1;
                double gj = n > 1 ? Math.pow(ratio, j / (n - 1.0)) : 1;
                a[i][j] *= gi * gj;
            }
        }
        return dense(a, m, n);
    }

    // ---- Structured ------------------------------------------------------------------------------

    /**
     * A random orthogonal {@code n x n} matrix, Haar-distributed: the Q of a Householder QR of a
     * Gaussian matrix with the signs of R's diagonal moved into Q (F. Mezzadri, "How to generate
     * random matrices from the classical compact groups", Notices AMS 54, 2007).
     */
    public Dense orthogonal(int n) {
        return dense(orthonormalColumns(n, n), n, n);
    }

    /**
     * {@code U diag(s) V^T} with Haar-random orthonormal columns {@code U} (m x p) and {@code V}
     * (n x p), {@code p = min(m, n)}: an {@code m x n} matrix whose singular values are {@code s}
     * up to the rounding of the product, about {@code p * eps * max(s)}.
     *
     * @throws IllegalArgumentException unless {@code s} has {@code min(m, n)} non-negative values
     */
    public Dense withSingularValues(int m, int n, double... s) {
        int p = Math.min(m, n);
        if (s.length != p) {
            throw new IllegalArgumentException(
                    "withSingularValues: " + s.length + " values for a " + m + "x" + n + " matrix");
        }
        for (double v : s) {
            if (!(v >= 0)) {
                throw new IllegalArgumentException("withSingularValues: negative or NaN value " + v);
            }
        }
        double[][] u = orthonormalColumns(m, p);
        double[][] v = orthonormalColumns(n, p);
        double[][] a = new double[m][n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int k = 0; k < p; k++) {
                    sum += u[i][k] * s[k] * v[j][k];
                }
                a[i][j] = sum;
            }
        }
        return dense(a, m, n);
    }

    /** Singular values falling geometrically from 1 to {@code 1 / cond}, largest first. */
    public static double[] geometric(int p, double cond) {
        double[] s = new double[p];
        for (int k = 0; k < p; k++) {
            s[k] = p == 1 ? 1 : Math.pow(cond, -k / (p - 1.0));
        }
        return s;
    }

    /**
     * An {@code m x n} matrix of 2-norm condition number {@code cond} (up to rounding; meaningful up
     * to about 1e15): {@link #withSingularValues} with {@link #geometric} values.
     */
    public Dense withCondition(int m, int n, double cond) {
        return withSingularValues(m, n, geometric(Math.min(m, n), cond));
    }

    /**
     * An {@code m x n} matrix of rank {@code rank}: singular values geometric from 1 to 1e-3 for the
     * first {@code rank}, exactly 0 for the others (so, after rounding, the trailing singular values
     * are about {@code eps}).
     */
    public Dense rankDeficient(int m, int n, int rank) {
        int p = Math.min(m, n);
        if (rank < 0 || rank > p) {
            throw new IllegalArgumentException("rankDeficient: rank " + rank + " for " + m + "x" + n);
        }
        double[] s = new double[p];
        System.arraycopy(geometric(rank, 1e3), 0, s, 0, rank);
        return withSingularValues(m, n, s);
    }

    /**
     * A symmetric positive definite {@code n x n} matrix {@code Q diag(lambda) Q^T} with eigenvalues
     * geometric from 1 to {@code 1 / cond} and Q Haar-orthogonal; exactly symmetric (the upper
     * triangle is mirrored). Positive definite as long as {@code cond * n * eps} is well below 1.
     */
    public Dense spd(int n, double cond) {
        double[][] q = orthonormalColumns(n, n);
        double[] lambda = geometric(n, cond);
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    sum += q[i][k] * lambda[k] * q[j][k];
                }
                a[i][j] = sum;
                a[j][i] = sum;
            }
        }
        return dense(a, n, n);
    }

    // ---- Layout ----------------------------------------------------------------------------------

    /**
     * The values of {@code x} in a fresh, larger, NaN-filled array: a random offset, a leading
     * dimension up to 3 larger than needed, and at random either stored as is or stored transposed
     * (returned as a {@link Dense#t()} view). Everything around the view is NaN, so a routine that
     * reads outside its operand produces NaN, and {@link #outsideIsNaN} detects stray writes.
     */
    public Dense view(Dense x) {
        return layout(x.rows(), x.cols(), x::get);
    }

    /** A NaN-filled {@code m x n} destination, laid out as {@link #view} lays out its matrices. */
    public Dense nanView(int m, int n) {
        return layout(m, n, (i, j) -> Double.NaN);
    }

    private interface Values {
        double get(int i, int j);
    }

    private Dense layout(int m, int n, Values x) {
        boolean transposed = rnd.nextBoolean();
        int sr = transposed ? n : m;
        int sc = transposed ? m : n;
        int r0 = rnd.nextInt(3);
        int c0 = rnd.nextInt(3);
        int ld = r0 + sr + rnd.nextInt(3) + 1;
        int bigCols = c0 + sc + rnd.nextInt(2);
        double[] data = new double[ld * bigCols];
        Arrays.fill(data, Double.NaN);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                int si = transposed ? j : i;
                int sj = transposed ? i : j;
                data[(r0 + si) + (c0 + sj) * ld] = x.get(i, j);
            }
        }
        Dense stored = Dense.wrap(data, 0, ld, ld, bigCols).slice(r0, r0 + sr, c0, c0 + sc);
        return transposed ? stored.t() : stored;
    }

    /**
     * The values of {@code x} at a random stride (1, 2, 3, -1 or -2) and offset in a fresh NaN-filled
     * array.
     */
    public Vec view(Vec x) {
        int n = x.length();
        int[] steps = {1, 2, 3, -1, -2};
        int inc = steps[rnd.nextInt(steps.length)];
        int pad = rnd.nextInt(3);
        double[] data = new double[2 * pad + Math.max(1, Math.abs(inc) * n)];
        Arrays.fill(data, Double.NaN);
        int off = inc > 0 ? pad : pad + Math.abs(inc) * Math.max(0, n - 1);
        for (int k = 0; k < n; k++) {
            data[off + k * inc] = x.get(k);
        }
        return Vec.wrap(data, n == 0 ? 0 : off, inc, n);
    }

    /**
     * Whether every element of the backing array of {@code v} that is not part of {@code v} is
     * still NaN (for views made by {@link #view}: nothing was written outside the operand).
     */
    public static boolean outsideIsNaN(Dense v) {
        boolean[] inside = new boolean[v.array().length];
        boolean transposed = v.storage() == jnum.mat.kernel.Transpose.YES;
        for (int i = 0; i < v.rows(); i++) {
            for (int j = 0; j < v.cols(); j++) {
                int si = transposed ? j : i;
                int sj = transposed ? i : j;
                inside[v.offset() + si + sj * v.ld()] = true;
            }
        }
        return outsideIsNaN(v.array(), inside);
    }

    /** As {@link #outsideIsNaN(Dense)}, for vectors. */
    public static boolean outsideIsNaN(Vec v) {
        boolean[] inside = new boolean[v.array().length];
        for (int k = 0; k < v.length(); k++) {
            inside[v.offset() + k * v.inc()] = true;
        }
        return outsideIsNaN(v.array(), inside);
    }

    private static boolean outsideIsNaN(double[] data, boolean[] inside) {
        for (int p = 0; p < data.length; p++) {
            if (!inside[p] && !Double.isNaN(data[p])) {
                return false;
            }
        }
        return true;
    }

    // ---- double[][] building blocks --------------------------------------------------------------

    /** {@code a} as an {@code m x n} Dense, keeping the shape when m is 0 (0 x n). */
    private static Dense dense(double[][] a, int m, int n) {
        double[] rowMajor = new double[m * n];
        for (int i = 0; i < m; i++) {
            System.arraycopy(a[i], 0, rowMajor, i * n, n);
        }
        return Dense.of(m, n, rowMajor);
    }

    private double[][] uniformArray(int m, int n, double scale) {
        double[][] a = new double[m][n];
        for (double[] row : a) {
            for (int j = 0; j < n; j++) {
                row[j] = scale * rnd.nextDouble(-1, 1);
            }
        }
        return a;
    }

    private double[][] normalArray(int m, int n) {
        double[][] a = new double[m][n];
        for (double[] row : a) {
            for (int j = 0; j < n; j++) {
                row[j] = rnd.nextGaussian();
            }
        }
        return a;
    }

    /**
     * The first {@code p} columns of the Q of a Householder QR of an {@code m x p} Gaussian matrix,
     * signs fixed so that R has a positive diagonal (then Q is Haar-distributed).
     */
    private double[][] orthonormalColumns(int m, int p) {
        double[][] a = normalArray(m, p);
        double[][] v = new double[p][]; // Householder vectors, v[k] has m - k entries
        double[] rDiagSign = new double[p];
        for (int k = 0; k < p; k++) {
            double norm = 0;
            for (int i = k; i < m; i++) {
                norm = Math.hypot(norm, a[i][k]);
            }
            double alpha = a[k][k] >= 0 ? -norm : norm; // R_kk = alpha, sign chosen to avoid cancellation
            double[] vk = new double[m - k];
            for (int i = k; i < m; i++) {
                vk[i - k] = a[i][k];
            }
            vk[0] -= alpha;
            double vv = 0;
            for (double x : vk) {
                vv += x * x;
            }
            v[k] = vv == 0 ? null : vk;
            rDiagSign[k] = alpha >= 0 ? 1 : -1;
            if (v[k] != null) {
                reflect(vk, vv, a, k, k, p);
            }
        }
        // Q e_j = H_0 H_1 ... H_{p-1} e_j: apply the reflectors last to first
        double[][] q = new double[m][p];
        for (int j = 0; j < p; j++) {
            q[j][j] = 1;
        }
        for (int k = p - 1; k >= 0; k--) {
            if (v[k] != null) {
                double vv = 0;
                for (double x : v[k]) {
                    vv += x * x;
                }
                reflect(v[k], vv, q, k, 0, p);
            }
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < p; j++) {
                q[i][j] *= rDiagSign[j];
            }
        }
        return q;
    }

    /** Applies {@code H = I - 2 v v^T / (v^T v)} to rows {@code k..} of columns {@code [c0, c1)}. */
    private static void reflect(double[] v, double vv, double[][] a, int k, int c0, int c1) {
        for (int j = c0; j < c1; j++) {
            double s = 0;
            for (int i = 0; i < v.length; i++) {
                s += v[i] * a[k + i][j];
            }
            double f = 2 * s / vv;
            for (int i = 0; i < v.length; i++) {
                a[k + i][j] -= f * v[i];
            }
        }
    }
}
