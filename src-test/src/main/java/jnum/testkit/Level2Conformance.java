package jnum.testkit;

import static jnum.testkit.Level1Conformance.near;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.SplittableRandom;
import java.util.function.Supplier;
import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Diag;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;
import jnum.mat.kernel.spi.KernelProvider;
import jnum.mat.kernel.spi.Providers;
import jnum.testkit.ArrayGen.Kind;

/**
 * Conformance driver for the level-2 routines of a {@link KernelProvider}: gemv (both
 * transposes), ger, symv, trmv and trsv (every uplo/trans/diag), over shapes from
 * {@link Sizes#matrixDims()} (every row count with 0, 1, the largest and four random column
 * counts per seed) or {@link Sizes#triangularOrders()} (all up to 65 and two larger ones per
 * seed), leading dimensions larger than the row count, random offsets,
 * positive, negative and non-unit increments, and the alpha/beta cases 0, 1 and general.
 *
 * <p>Matrices and vectors live in {@link GuardedMatrix} / {@link GuardedVector}: padding and the
 * rows between {@code rows} and {@code ld} are NaN guards that must stay untouched. What a
 * routine must not read is NaN too, so reading it shows in the result: the unreferenced triangle
 * (symv, trmv, trsv), the diagonal when {@code diag == UNIT}, y when {@code beta == 0}, and A
 * and x when {@code alpha == 0}.
 *
 * <p>Tolerances per element (Higham, <i>Accuracy and Stability</i>, ch. 3 and 8), doubled because
 * the provider and the reference both carry an error:
 *
 * <ul>
 *   <li>gemv, symv: {@code 2 gamma_(k+2) (|alpha| (|A| |x|)_i + |beta y_i|)}, k the inner length
 *       (a length-k dot product, the scaling by alpha and the update of beta y).
 *   <li>ger: {@code 2 gamma_2 (|alpha x_i y_j| + |a_ij|)}.
 *   <li>trmv: {@code 2 gamma_n (|op(A)| |x|)_i}.
 *   <li>trsv is checked by its residual instead of against the reference, since a forward error
 *       depends on the conditioning: the computed x solves {@code (T + dT) x = b} with
 *       {@code |dT| <= gamma_n |T|} (Higham, Thm 8.5), and evaluating {@code r = b - T x} in
 *       double adds at most {@code gamma_(n+1) (|T| |x| + |b|)}; so
 *       {@code |r_i| <= gamma_n (|T||x|)_i + gamma_(n+1) ((|T||x|)_i + |b_i|)}.
 * </ul>
 */
public final class Level2Conformance {
    private static final int[] INCREMENTS = {1, 1, -1, 2, -3};

    private final Blas blas;
    private final Blas ref = Providers.blas(Providers.scalar());
    private final String name;
    private final long seed;
    private final SplittableRandom rnd;

    /** A driver for {@code provider}, drawing its data from {@code seed}. */
    public Level2Conformance(KernelProvider provider, long seed) {
        this.blas = Providers.blas(provider);
        this.name = provider.name();
        this.seed = seed;
        this.rnd = new SplittableRandom(seed);
    }

    /** Runs every level-2 check. */
    public static void checkAll(KernelProvider provider, long seed) {
        Level2Conformance c = new Level2Conformance(provider, seed);
        c.gemv();
        c.gemvEmptyInnerDimension();
        c.ger();
        c.symv();
        c.trmv();
        c.trsv();
    }

    private int inc() {
        return INCREMENTS[rnd.nextInt(INCREMENTS.length)];
    }

    private GuardedVector vector(double[] values, int inc) {
        return new GuardedVector(values, inc, rnd.nextInt(3), rnd.nextInt(3));
    }

    private GuardedMatrix matrix(int rows, int cols, double[] values) {
        int ld = Math.max(1, rows) + (rnd.nextBoolean() ? 0 : rnd.nextInt(1, 4));
        return new GuardedMatrix(rows, cols, values, ld, rnd.nextInt(3), rnd.nextInt(3));
    }

    /**
     * Column counts to pair with each row count: 0, 1, the largest, and {@value #PAIRED} more drawn
     * from {@link Sizes#matrixDims()}, so that each seed covers every edge and the seeds together
     * cover the whole grid at a fraction of its cost.
     */
    private int[] someDims() {
        int[] all = Sizes.matrixDims();
        int[] some = new int[3 + PAIRED];
        some[0] = 0;
        some[1] = 1;
        some[2] = all[all.length - 1];
        for (int i = 3; i < some.length; i++) {
            some[i] = all[rnd.nextInt(all.length)];
        }
        return some;
    }

    private static final int PAIRED = 4;

    /** Orders up to this are all tested on every seed; of the larger ones, two per seed. */
    private static final int SMALL_ORDER = 65;

    /**
     * Every order of {@link Sizes#triangularOrders()} up to {@value #SMALL_ORDER}, and two of the
     * larger ones (block boundaries and multi-block sizes), drawn per seed.
     */
    private int[] someOrders() {
        int[] all = Sizes.triangularOrders();
        java.util.List<Integer> small = new java.util.ArrayList<>();
        java.util.List<Integer> large = new java.util.ArrayList<>();
        for (int n : all) {
            (n <= SMALL_ORDER ? small : large).add(n);
        }
        int[] some = new int[small.size() + 2];
        for (int i = 0; i < small.size(); i++) {
            some[i] = small.get(i);
        }
        some[small.size()] = large.get(rnd.nextInt(large.size()));
        some[small.size() + 1] = large.get(rnd.nextInt(large.size()));
        return some;
    }

    /** 0, 1 or a general value, each about a third of the time. */
    private double scalar() {
        return switch (rnd.nextInt(3)) {
            case 0 -> 0.0;
            case 1 -> 1.0;
            default -> rnd.nextGaussian();
        };
    }

    private double[] entries(int n) {
        Kind kind = switch (rnd.nextInt(4)) {
            case 0 -> Kind.NORMAL;
            case 1 -> Kind.INTEGERS;
            default -> Kind.UNIFORM;
        };
        return ArrayGen.vector(rnd, n, kind);
    }

    private static double[] nan(int n) {
        double[] v = new double[n];
        java.util.Arrays.fill(v, Double.NaN);
        return v;
    }

    private String ctx(String routine, String shape, Object... more) {
        StringBuilder s =
                new StringBuilder(name).append(' ').append(routine).append(' ').append(shape);
        for (int i = 0; i + 1 < more.length; i += 2) {
            s.append(' ').append(more[i]).append('=').append(more[i + 1]);
        }
        return s.append(" seed=").append(seed).toString();
    }

    // ---- gemv ----------------------------------------------------------------------------------

    public void gemv() {
        for (Transpose trans : Transpose.values()) {
            for (int m : Sizes.matrixDims()) {
                for (int n : someDims()) {
                    gemvCase(trans, m, n);
                }
            }
        }
    }

    private void gemvCase(Transpose trans, int m, int n) {
        boolean noTrans = trans == Transpose.NO;
        int lenX = noTrans ? n : m;
        int lenY = noTrans ? m : n;
        double alpha = scalar();
        double beta = scalar();
        GuardedMatrix a = matrix(m, n, alpha == 0 ? nan(m * n) : entries(m * n));
        GuardedVector x = vector(alpha == 0 ? nan(lenX) : entries(lenX), inc());
        GuardedVector y = vector(beta == 0 ? nan(lenY) : entries(lenY), inc());
        GuardedVector yRef = y.copy();
        double[] y0 = y.values();
        double[] as = a.snapshot();
        double[] xs = x.snapshot();
        String c = ctx(
                "gemv",
                m + "x" + n,
                "trans",
                trans,
                "ld",
                a.ld,
                "incX",
                x.inc,
                "incY",
                y.inc,
                "alpha",
                alpha,
                "beta",
                beta);
        blas.gemv(trans, m, n, alpha, a.data, a.off, a.ld, x.data, x.off, x.inc, beta, y.data, y.off, y.inc);
        ref.gemv(trans, m, n, alpha, a.data, a.off, a.ld, x.data, x.off, x.inc, beta, yRef.data, yRef.off, yRef.inc);
        int k = lenX;
        for (int i = 0; i < lenY; i++) {
            double ax = 0;
            if (alpha != 0) {
                for (int l = 0; l < k; l++) {
                    ax += Math.abs((noTrans ? a.get(i, l) : a.get(l, i)) * x.get(l));
                }
            }
            double by = beta == 0 ? 0 : Math.abs(beta * y0[i]);
            double bound = 2 * Tolerance.gamma(k + 2) * (Math.abs(alpha) * ax + by);
            int at = i;
            requireFinite(y.get(i), () -> c + " i=" + at);
            near(y.get(i), yRef.get(i), bound, () -> c + " i=" + at);
        }
        a.assertUnchanged(as, c + " A");
        x.assertUnchanged(xs, c + " x");
        y.assertGuardsIntact(c + " y");
    }

    /**
     * With an empty inner dimension (n = 0 without transpose, m = 0 with) the product is absent:
     * y becomes exactly {@code beta y} whatever alpha is, NaN and infinities included, and zero when
     * {@code beta == 0}.
     */
    public void gemvEmptyInnerDimension() {
        for (Transpose trans : Transpose.values()) {
            for (double alpha : new double[] {Double.NaN, Double.POSITIVE_INFINITY, 3}) {
                int len = 1 + rnd.nextInt(20);
                double beta = scalar();
                GuardedVector y = vector(beta == 0 ? nan(len) : entries(len), inc());
                double[] y0 = y.values();
                int m = trans == Transpose.NO ? len : 0;
                int n = trans == Transpose.NO ? 0 : len;
                int inc = inc();
                blas.gemv(
                        trans,
                        m,
                        n,
                        alpha,
                        new double[0],
                        0,
                        Math.max(1, m),
                        new double[0],
                        0,
                        inc,
                        beta,
                        y.data,
                        y.off,
                        y.inc);
                for (int i = 0; i < len; i++) {
                    double want = beta == 0 ? 0 : beta * y0[i];
                    if (Double.compare(y.get(i), want) != 0 && y.get(i) != want) {
                        throw new AssertionError(ctx("gemv", m + "x" + n, "trans", trans, "alpha", alpha, "beta", beta)
                                + " i=" + i + ": " + y.get(i) + ", want beta y = " + want);
                    }
                }
                y.assertGuardsIntact("gemv empty inner dimension y");
            }
        }
    }

    /** All data of the level-2 checks is finite except what must not be read. */
    private static void requireFinite(double v, Supplier<String> context) {
        if (!Double.isFinite(v)) {
            fail(context.get() + ": got " + v + " from finite data: a NaN input that must not be read"
                    + " (beta = 0: y; alpha = 0: A, x; the other triangle; a unit diagonal) was read");
        }
    }

    // ---- ger -----------------------------------------------------------------------------------

    public void ger() {
        for (int m : Sizes.matrixDims()) {
            for (int n : someDims()) {
                double alpha = scalar();
                GuardedVector x = vector(entries(m), inc());
                GuardedVector y = vector(entries(n), inc());
                GuardedMatrix a = matrix(m, n, entries(m * n));
                GuardedMatrix aRef = a.copy();
                double[] a0 = a.values();
                double[] xs = x.snapshot();
                double[] ys = y.snapshot();
                String c = ctx("ger", m + "x" + n, "ld", a.ld, "incX", x.inc, "incY", y.inc, "alpha", alpha);
                blas.ger(m, n, alpha, x.data, x.off, x.inc, y.data, y.off, y.inc, a.data, a.off, a.ld);
                ref.ger(m, n, alpha, x.data, x.off, x.inc, y.data, y.off, y.inc, aRef.data, aRef.off, aRef.ld);
                for (int j = 0; j < n; j++) {
                    for (int i = 0; i < m; i++) {
                        double bound = 2
                                * Tolerance.gamma(2)
                                * (Math.abs(alpha * x.get(i) * y.get(j)) + Math.abs(a0[i + j * m]));
                        int row = i;
                        int col = j;
                        near(a.get(i, j), aRef.get(i, j), bound, () -> c + " (" + row + "," + col + ")");
                    }
                }
                x.assertUnchanged(xs, c + " x");
                y.assertUnchanged(ys, c + " y");
                a.assertGuardsIntact(c + " A");
            }
        }
    }

    // ---- symv ----------------------------------------------------------------------------------

    public void symv() {
        for (Uplo uplo : Uplo.values()) {
            for (int n : someOrders()) {
                symvCase(uplo, n);
            }
        }
    }

    private void symvCase(Uplo uplo, int n) {
        boolean upper = uplo == Uplo.UPPER;
        double alpha = scalar();
        double beta = scalar();
        double[] av = alpha == 0 ? nan(n * n) : entries(n * n);
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                if (i != j && (i < j) != upper) {
                    av[i + j * n] = Double.NaN; // the triangle symv must not read
                }
            }
        }
        GuardedMatrix a = matrix(n, n, av);
        GuardedVector x = vector(alpha == 0 ? nan(n) : entries(n), inc());
        GuardedVector y = vector(beta == 0 ? nan(n) : entries(n), inc());
        GuardedVector yRef = y.copy();
        double[] y0 = y.values();
        double[] as = a.snapshot();
        double[] xs = x.snapshot();
        String c = ctx(
                "symv",
                n + "x" + n,
                "uplo",
                uplo,
                "ld",
                a.ld,
                "incX",
                x.inc,
                "incY",
                y.inc,
                "alpha",
                alpha,
                "beta",
                beta);
        blas.symv(uplo, n, alpha, a.data, a.off, a.ld, x.data, x.off, x.inc, beta, y.data, y.off, y.inc);
        ref.symv(uplo, n, alpha, a.data, a.off, a.ld, x.data, x.off, x.inc, beta, yRef.data, yRef.off, yRef.inc);
        for (int i = 0; i < n; i++) {
            double ax = 0;
            if (alpha != 0) {
                for (int l = 0; l < n; l++) {
                    double s = upper ? a.get(Math.min(i, l), Math.max(i, l)) : a.get(Math.max(i, l), Math.min(i, l));
                    ax += Math.abs(s * x.get(l));
                }
            }
            double by = beta == 0 ? 0 : Math.abs(beta * y0[i]);
            double bound = 2 * Tolerance.gamma(n + 2) * (Math.abs(alpha) * ax + by);
            int at = i;
            requireFinite(y.get(i), () -> c + " i=" + at);
            near(y.get(i), yRef.get(i), bound, () -> c + " i=" + at);
        }
        a.assertUnchanged(as, c + " A");
        x.assertUnchanged(xs, c + " x");
        y.assertGuardsIntact(c + " y");
    }

    // ---- trmv, trsv ----------------------------------------------------------------------------

    public void trmv() {
        triangular(false);
    }

    public void trsv() {
        triangular(true);
    }

    private void triangular(boolean solve) {
        for (Uplo uplo : Uplo.values()) {
            for (Transpose trans : Transpose.values()) {
                for (Diag diag : Diag.values()) {
                    for (int n : someOrders()) {
                        triangularCase(solve, uplo, trans, diag, n);
                    }
                }
            }
        }
    }

    private void triangularCase(boolean solve, Uplo uplo, Transpose trans, Diag diag, int n) {
        double[] av = ArrayGen.triangular(rnd, n, uplo == Uplo.UPPER, Double.NaN);
        if (diag == Diag.UNIT) {
            for (int i = 0; i < n; i++) {
                av[i + i * n] = Double.NaN; // a unit diagonal is not read
            }
        }
        GuardedMatrix a = matrix(n, n, av);
        GuardedVector x = vector(entries(n), inc());
        double[] x0 = x.values();
        double[] as = a.snapshot();
        String routine = solve ? "trsv" : "trmv";
        String c = ctx(routine, n + "x" + n, "uplo", uplo, "trans", trans, "diag", diag, "ld", a.ld, "incX", x.inc);
        if (solve) {
            blas.trsv(uplo, trans, diag, n, a.data, a.off, a.ld, x.data, x.off, x.inc);
        } else {
            blas.trmv(uplo, trans, diag, n, a.data, a.off, a.ld, x.data, x.off, x.inc);
        }
        GuardedVector xRef = null;
        if (!solve) {
            xRef = vector(x0, x.inc);
            ref.trmv(uplo, trans, diag, n, a.data, a.off, a.ld, xRef.data, xRef.off, xRef.inc);
        }
        for (int i = 0; i < n; i++) {
            int at = i;
            requireFinite(x.get(i), () -> c + " i=" + at);
            double tx = 0; // (|op(T)| |v|)_i, v the input (trmv) or the solution (trsv)
            double r = solve ? x0[i] : 0; // trsv: the residual b - op(T) x
            for (int j = 0; j < n; j++) {
                double t = op(a, uplo, trans, diag, i, j);
                double v = solve ? x.get(j) : x0[j];
                tx += Math.abs(t * v);
                if (solve) {
                    r -= t * v;
                }
            }
            if (solve) {
                double bound = Tolerance.gamma(n) * tx + Tolerance.gamma(n + 1) * (tx + Math.abs(x0[i]));
                if (!(Math.abs(r) <= bound)) {
                    fail(c + " i=" + i + ": residual " + r + " > bound " + bound);
                }
            } else {
                near(x.get(i), xRef.get(i), 2 * Tolerance.gamma(n) * tx, () -> c + " i=" + at);
            }
        }
        a.assertUnchanged(as, c + " A");
        x.assertGuardsIntact(c + " x");
    }

    /** Element (i, j) of op(T), T the triangular matrix that a and the flags describe. */
    private static double op(GuardedMatrix a, Uplo uplo, Transpose trans, Diag diag, int i, int j) {
        int r = trans == Transpose.NO ? i : j;
        int c = trans == Transpose.NO ? j : i;
        if (r == c) {
            return diag == Diag.UNIT ? 1.0 : a.get(r, r);
        }
        boolean stored = uplo == Uplo.UPPER ? r < c : r > c;
        return stored ? a.get(r, c) : 0.0;
    }
}
