package jnum.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Parallelism;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.spi.KernelProvider;
import jnum.mat.kernel.spi.Providers;

/**
 * Conformance driver for {@link KernelProvider#gemm}: {@code C = alpha op(A) op(B) + beta C},
 * checked against the scalar reference provider. The provider under test is a parameter, so every
 * provider runs the same checks.
 *
 * <p>Each case lays A, B and C out as {@link GuardedMatrix} operands inside larger arrays: an
 * offset before the matrix, a leading dimension larger than the row count, and a tail after it.
 * Every element outside the matrix holds the test kit's guard NaN, so an out-of-range read of A or
 * B poisons the result, and an out-of-range write into C's array is caught (the guard's payload
 * must survive bit for bit). With {@code beta == 0} the matrix C itself starts as NaN, which must
 * not propagate.
 *
 * <p><b>Bound.</b> Both the reference and the provider compute each element as a sum of k
 * products plus {@code beta c}; with fused multiply-adds in any order and blocked partial sums,
 * each term passes through at most {@code k + 2} roundings (k in the sum, one for the product
 * with alpha, one for the update with beta C; a blocked sum adds one rounding per later block but
 * has correspondingly fewer in its block), so each result is within {@code gamma(k + 2) (|alpha|
 * |op(A)| |op(B)| + |beta| |C0|)} of the exact value (Higham, <i>Accuracy and Stability of
 * Numerical Algorithms</i>, 2nd ed., section 3.5). The two results therefore differ by at most
 * twice that; the elementwise bound is computed in double with one more {@code gamma(k + 2)} of
 * headroom for its own rounding.
 */
public final class GemmConformance {

    /**
     * Dimensions that end loops in every way for register blocks of 4, 8 or 16 rows (two vectors of
     * 2, 4 or 8 lanes) and 6 columns: 0, 1, block - 1, block, block + 1, and so on.
     */
    public static final int[] TAIL_SIZES = {
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 15, 16, 17, 18, 23, 24, 25, 31, 32, 33, 35, 36, 37, 47, 48, 49, 63,
        64, 65
    };

    /**
     * Dimensions around the cache blocks of the vector GEMM (depth 256, row blocks of 192 and their
     * thread-sized subdivisions) and beyond its small-problem threshold.
     */
    public static final int[] BLOCK_SIZES = {95, 97, 127, 129, 191, 192, 193, 255, 256, 257, 385, 513};

    /** Largest {@code m n k} of one sampled case, to keep the suite fast. */
    private static final long MAX_WORK = 4_000_000L;

    private static final double[] ALPHAS = {1, -1, 0.5, 0, 3.25};
    private static final double[] BETAS = {0, 1, -1, 0.25, 2};

    private final KernelProvider provider;
    private final KernelProvider reference = Providers.scalar();

    public GemmConformance(KernelProvider provider) {
        this.provider = provider;
    }

    /**
     * One GEMM problem: flags, shape, scalars and the layout of each operand in its array (extra
     * rows beyond the leading dimension's minimum, and the offset of element (0, 0)).
     */
    public record Case(
            Transpose transA,
            Transpose transB,
            int m,
            int n,
            int k,
            double alpha,
            double beta,
            int padA,
            int padB,
            int padC,
            int offA,
            int offB,
            int offC) {

        /** A case with tight leading dimensions and no offsets. */
        public static Case of(Transpose ta, Transpose tb, int m, int n, int k, double alpha, double beta) {
            return new Case(ta, tb, m, n, k, alpha, beta, 0, 0, 0, 0, 0, 0);
        }

        @Override
        public String toString() {
            return "gemm(" + transA + ", " + transB + ", m=" + m + ", n=" + n + ", k=" + k
                    + ", alpha=" + alpha + ", beta=" + beta + ", pads=" + padA + "/" + padB + "/" + padC
                    + ", offsets=" + offA + "/" + offB + "/" + offC + ")";
        }
    }

    /** Every transpose combination over all triples of small tail sizes up to 17. */
    public void smallShapes(long seed) {
        int[] sizes = {0, 1, 2, 3, 5, 7, 8, 9, 15, 16, 17};
        SplittableRandom rnd = new SplittableRandom(seed);
        for (Transpose ta : Transpose.values()) {
            for (Transpose tb : Transpose.values()) {
                for (int m : sizes) {
                    for (int n : sizes) {
                        for (int k : sizes) {
                            double alpha = ALPHAS[rnd.nextInt(ALPHAS.length)];
                            double beta = BETAS[rnd.nextInt(BETAS.length)];
                            check(
                                    new Case(
                                            ta,
                                            tb,
                                            m,
                                            n,
                                            k,
                                            alpha,
                                            beta,
                                            rnd.nextInt(3),
                                            rnd.nextInt(3),
                                            rnd.nextInt(3),
                                            rnd.nextInt(4),
                                            rnd.nextInt(4),
                                            rnd.nextInt(4)),
                                    rnd.nextLong());
                        }
                    }
                }
            }
        }
    }

    /**
     * {@code count} cases drawn from the tail and block sizes, each with random flags, scalars,
     * leading dimensions and offsets (so many seeds cover the large combinations between them).
     */
    public void sampledShapes(long seed, int count) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < count; i++) {
            int m = dim(rnd);
            int n = dim(rnd);
            int k = dim(rnd);
            while ((long) m * n * k > MAX_WORK) {
                // shrink the largest dimension to a tail size until the case is cheap enough
                int t = TAIL_SIZES[rnd.nextInt(TAIL_SIZES.length)];
                if (m >= n && m >= k) {
                    m = t;
                } else if (n >= k) {
                    n = t;
                } else {
                    k = t;
                }
            }
            check(randomCase(rnd, m, n, k), rnd.nextLong());
        }
    }

    /** Thin and skinny shapes: m x 1, 1 x n, k = 1, k = 10000, more columns than one B panel. */
    public void extremeShapes(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int[][] shapes = {
            {1, 1, 1}, {1, 1, 10000}, {7, 5, 10000}, {17, 13, 10000}, {300, 1, 257}, {1, 300, 257},
            {513, 1, 1}, {1, 513, 1}, {200, 200, 1}, {33, 4097, 2}, {2, 4097, 33}, {4097, 2, 33},
            {1000, 3, 300}, {3, 1000, 300}, {1, 1, 0}, {40, 30, 0}, {0, 30, 40}, {30, 0, 40},
            // packed path (m n k > 128^3) across the depth, row and column block tails
            {129, 127, 257}, {385, 13, 513}, {17, 513, 385}, {193, 65, 511}, {2, 1500, 1000}
        };
        for (int[] s : shapes) {
            check(randomCase(rnd, s[0], s[1], s[2]), rnd.nextLong());
        }
    }

    /**
     * {@code A^T B} (and the other transposes) with a small result over a long inner dimension,
     * the products of a few Householder vectors with tall columns: the edges of 4 x 3 blocks, depths
     * with and without a vector tail, strided operands.
     */
    public void longInnerDimension(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int[][] shapes = {
            {4, 3, 64},
            {5, 7, 519},
            {64, 64, 4000},
            {63, 62, 3001},
            {1, 64, 520},
            {64, 1, 513},
            {16, 16, 4003},
            {2, 2, 17},
            {9, 4, 100}
        };
        for (int[] s : shapes) {
            for (Transpose ta : Transpose.values()) {
                for (Transpose tb : Transpose.values()) {
                    Case c = randomCase(rnd, s[0], s[1], s[2]);
                    check(
                            new Case(
                                    ta, tb, c.m(), c.n(), c.k(), c.alpha(), c.beta(), c.padA(), c.padB(), c.padC(),
                                    c.offA(), c.offB(), c.offC()),
                            rnd.nextLong());
                }
            }
        }
    }

    /**
     * With {@code alpha == 0}, A and B are not read (they are all NaN here) and C becomes exactly
     * {@code beta C}; with {@code beta == 0} as well, C becomes zero even if it held NaN.
     */
    public void alphaZeroReadsNeitherAnorB(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int[] s : new int[][] {{3, 4, 5}, {40, 33, 17}, {200, 150, 300}}) {
            int m = s[0];
            int n = s[1];
            int k = s[2];
            for (double beta : BETAS) {
                double[] a = new double[m * k];
                double[] b = new double[k * n];
                Arrays.fill(a, Double.NaN);
                Arrays.fill(b, Double.NaN);
                double[] c = uniform(rnd, m * n);
                if (beta == 0) {
                    c[rnd.nextInt(c.length)] = Double.NaN;
                }
                double[] expected = new double[m * n];
                for (int i = 0; i < expected.length; i++) {
                    expected[i] = beta == 0 ? 0 : beta * c[i];
                }
                provider.gemm(Transpose.NO, Transpose.NO, m, n, k, 0, a, 0, m, b, 0, k, beta, c, 0, m);
                assertArrayEquals(
                        expected, c, provider.name() + " gemm alpha=0 beta=" + beta + " " + m + "x" + n + "x" + k);
            }
        }
    }

    /**
     * With an empty inner dimension ({@code k == 0}) the product term is absent, as in reference
     * BLAS: C becomes exactly {@code beta C} whatever alpha is, NaN and infinities included (and
     * zero when {@code beta == 0}, even where C held NaN). Called through the validating facade.
     */
    public void emptyInnerDimensionIgnoresAlpha(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Blas blas = Providers.blas(provider);
        for (Transpose ta : Transpose.values()) {
            for (Transpose tb : Transpose.values()) {
                for (double alpha : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 2}) {
                    for (double beta : BETAS) {
                        int m = 1 + rnd.nextInt(40);
                        int n = 1 + rnd.nextInt(40);
                        double[] c = uniform(rnd, m * n);
                        if (beta == 0) {
                            c[rnd.nextInt(c.length)] = Double.NaN;
                        }
                        double[] expected = new double[m * n];
                        for (int i = 0; i < expected.length; i++) {
                            expected[i] = beta == 0 ? 0 : beta * c[i];
                        }
                        int lda = ta == Transpose.NO ? m : 1;
                        int ldb = tb == Transpose.NO ? 1 : n;
                        blas.gemm(ta, tb, m, n, 0, alpha, new double[0], 0, lda, new double[0], 0, ldb, beta, c, 0, m);
                        assertArrayEquals(
                                expected,
                                c,
                                provider.name() + " gemm(" + ta + ", " + tb + ") k=0 alpha=" + alpha + " beta=" + beta
                                        + " " + m + "x" + n);
                    }
                }
            }
        }
    }

    /**
     * Multithreaded results equal single-threaded results bit for bit, for shapes large enough to
     * be split, on the default pool and on a dedicated pool of three workers.
     */
    public void threadsAreBitwiseReproducible(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int[][] shapes = {{200, 230, 270}, {16, 700, 300}, {700, 16, 300}, {385, 97, 513}, {97, 385, 64}};
        int[] s = shapes[rnd.nextInt(shapes.length)];
        Case cs = randomCase(rnd, s[0], s[1], s[2]);
        Operands op = Operands.of(cs, rnd);
        int saved = Parallelism.threads();
        ForkJoinPool savedPool = Parallelism.pool();
        ForkJoinPool three = new ForkJoinPool(3);
        try {
            Parallelism.setThreads(1);
            double[] one = op.run(provider).data;
            for (int threads : new int[] {2, 3, 4}) {
                Parallelism.setThreads(threads);
                assertArrayEquals(one, op.run(provider).data, cs + " with " + threads + " threads, seed=" + seed);
            }
            Parallelism.setPool(three);
            Parallelism.setThreads(3);
            assertArrayEquals(one, op.run(provider).data, cs + " on a pool of 3, seed=" + seed);
        } finally {
            Parallelism.setThreads(saved);
            Parallelism.setPool(savedPool);
            three.shutdown();
        }
    }

    /** Runs one case with data from {@code seed} and checks it against the reference. */
    public void check(Case cs, long seed) {
        Operands op = Operands.of(cs, new SplittableRandom(seed));
        GuardedMatrix got = op.run(provider);
        GuardedMatrix want = op.run(reference);
        String where = provider.name() + " " + cs + " seed=" + seed;
        got.assertGuardsIntact(where + ": wrote outside C");
        for (int j = 0; j < cs.n; j++) {
            for (int i = 0; i < cs.m; i++) {
                Tolerance.assertWithin(
                        got.get(i, j), want.get(i, j), bound(cs, op, i, j), where + " at (" + i + ", " + j + ")");
            }
        }
    }

    private static double bound(Case cs, Operands op, int i, int j) {
        double absAb = 0;
        for (int p = 0; p < cs.k; p++) {
            absAb += Math.abs(op.opA(i, p)) * Math.abs(op.opB(p, j));
        }
        double sum = Math.abs(cs.alpha) * absAb;
        if (cs.beta != 0) {
            sum += Math.abs(cs.beta) * Math.abs(op.c0(i, j));
        }
        double g = Tolerance.gamma(cs.k + 2L);
        return 2 * g * sum * (1 + g);
    }

    private static int dim(SplittableRandom rnd) {
        return rnd.nextInt(10) < 7
                ? TAIL_SIZES[rnd.nextInt(TAIL_SIZES.length)]
                : BLOCK_SIZES[rnd.nextInt(BLOCK_SIZES.length)];
    }

    private static Case randomCase(SplittableRandom rnd, int m, int n, int k) {
        Transpose[] t = Transpose.values();
        double alpha = rnd.nextInt(4) == 0 ? rnd.nextDouble(-2, 2) : ALPHAS[rnd.nextInt(ALPHAS.length)];
        double beta = rnd.nextInt(4) == 0 ? rnd.nextDouble(-2, 2) : BETAS[rnd.nextInt(BETAS.length)];
        return new Case(
                t[rnd.nextInt(t.length)],
                t[rnd.nextInt(t.length)],
                m,
                n,
                k,
                alpha,
                beta,
                rnd.nextInt(4),
                rnd.nextInt(4),
                rnd.nextInt(4),
                rnd.nextInt(8),
                rnd.nextInt(8),
                rnd.nextInt(8));
    }

    private static double[] uniform(SplittableRandom rnd, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rnd.nextDouble(-1, 1);
        }
        return x;
    }

    /** The guarded operands of one case. */
    private record Operands(Case cs, GuardedMatrix a, GuardedMatrix b, GuardedMatrix c) {

        static Operands of(Case cs, SplittableRandom rnd) {
            boolean ta = cs.transA == Transpose.YES;
            boolean tb = cs.transB == Transpose.YES;
            int aRows = ta ? cs.k : cs.m;
            int aCols = ta ? cs.m : cs.k;
            int bRows = tb ? cs.n : cs.k;
            int bCols = tb ? cs.k : cs.n;
            GuardedMatrix a = guarded(rnd, cs.offA, aRows, aCols, cs.padA, false);
            GuardedMatrix b = guarded(rnd, cs.offB, bRows, bCols, cs.padB, false);
            GuardedMatrix c = guarded(rnd, cs.offC, cs.m, cs.n, cs.padC, cs.beta == 0);
            return new Operands(cs, a, b, c);
        }

        /**
         * The matrix random in [-1, 1) (or all NaN), after {@code off} guard cells, with leading
         * dimension {@code max(1, rows + pad)} and 3 guard cells after its last column.
         */
        private static GuardedMatrix guarded(
                SplittableRandom rnd, int off, int rows, int cols, int pad, boolean nanInside) {
            double[] v = new double[rows * cols];
            for (int q = 0; q < v.length; q++) {
                v[q] = nanInside ? Double.NaN : rnd.nextDouble(-1, 1);
            }
            return new GuardedMatrix(rows, cols, v, Math.max(1, rows + pad), off, 3);
        }

        double opA(int i, int p) {
            return cs.transA == Transpose.YES ? a.get(p, i) : a.get(i, p);
        }

        double opB(int p, int j) {
            return cs.transB == Transpose.YES ? b.get(j, p) : b.get(p, j);
        }

        double c0(int i, int j) {
            return c.get(i, j);
        }

        /** Runs the case on a copy of C and returns that copy. */
        GuardedMatrix run(KernelProvider p) {
            GuardedMatrix out = c.copy();
            p.gemm(
                    cs.transA, cs.transB, cs.m, cs.n, cs.k, cs.alpha, a.data, a.off, a.ld, b.data, b.off, b.ld, cs.beta,
                    out.data, out.off, out.ld);
            return out;
        }
    }
}
