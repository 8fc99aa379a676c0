package jnum.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.SplittableRandom;
import java.util.function.Supplier;
import jnum.mat.kernel.Blas;
import jnum.mat.kernel.spi.KernelProvider;
import jnum.mat.kernel.spi.Providers;
import jnum.testkit.ArrayGen.Kind;

/**
 * Conformance driver for the level-1 routines of a {@link KernelProvider}: every routine, over
 * the {@link Sizes#tailHeavy() tail-heavy sizes}, positive, negative and non-unit increments,
 * random offsets, and entries of every {@link Kind}, is checked against the scalar reference
 * provider. Both run through the validating facade ({@link Providers#blas}).
 *
 * <p>Every operand lives in a {@link GuardedVector}: the padding must stay untouched and inputs
 * must not change. Tolerances come from the error analysis (Higham, <i>Accuracy and Stability of
 * Numerical Algorithms</i>, ch. 3-4); since both results carry an error, the allowed difference
 * is the sum of the two bounds:
 *
 * <ul>
 *   <li>{@code copy}, {@code swap}, {@code scal}, {@code iamax}: exact (no rounding, or one
 *       correctly rounded product per element).
 *   <li>{@code dot}: {@code 2 gamma_n sum |x_i y_i| + 2 n eta}, eta the smallest subnormal (the
 *       underflow term); {@code sum}, {@code asum}: {@code 2 gamma_n sum |x_i|}.
 *   <li>{@code nrm2}: {@code 2 gamma_(n+8) * norm}: a sum of n positive squares, a square root
 *       and at most eight more roundings when Blue's accumulators are combined.
 *   <li>{@code deviationSums}: each deviation {@code x_i - shift} is one correctly rounded
 *       subtraction in both providers, so the sums differ only by order: {@code 2 gamma_n sum |d_i|}
 *       and {@code 2 gamma_n sum d_i^2}; with an infinity and values near overflow in x,
 *       infinity or NaN, as the order decides.
 *   <li>{@code axpy}, {@code rot} per element: {@code 2 gamma_2 (|a u| + |b v|)} for the two
 *       products summed.
 * </ul>
 *
 * <p>Non-finite results must match exactly (NaN for NaN, the same infinity); the kinds are
 * paired so that no finite intermediate overflows in one summation order and not in another.
 */
public final class Level1Conformance {
    /** (incX, incY) pairs: unit, reversed, non-unit, mixed signs. */
    private static final int[][] INCREMENTS = {{1, 1}, {-1, -1}, {2, 3}, {-2, 1}, {1, -3}, {3, -1}, {1, 2}};

    /** x and y kinds whose products x_i y_i neither overflow nor depend on the order. */
    private static final Kind[][] DOT_KINDS = {
        {Kind.UNIFORM, Kind.UNIFORM}, {Kind.NORMAL, Kind.NORMAL}, {Kind.HUGE, Kind.TINY},
        {Kind.TINY, Kind.TINY}, {Kind.TINY, Kind.UNIFORM}, {Kind.INTEGERS, Kind.INTEGERS},
        {Kind.SPECIAL, Kind.UNIFORM}, {Kind.UNIFORM, Kind.SPECIAL}
    };

    private static final Kind[] ALL_KINDS = Kind.values();

    private final Blas blas;
    private final Blas ref = Providers.blas(Providers.scalar());
    private final String name;
    private final long seed;
    private final SplittableRandom rnd;

    /** A driver for {@code provider}, drawing its data from {@code seed}. */
    public Level1Conformance(KernelProvider provider, long seed) {
        this.blas = Providers.blas(provider);
        this.name = provider.name();
        this.seed = seed;
        this.rnd = new SplittableRandom(seed);
    }

    /** Runs every level-1 check. */
    public static void checkAll(KernelProvider provider, long seed) {
        Level1Conformance c = new Level1Conformance(provider, seed);
        c.dot();
        c.axpy();
        c.scal();
        c.copy();
        c.swap();
        c.nrm2();
        c.asum();
        c.sum();
        c.iamax();
        c.rot();
        c.deviationSums();
    }

    private String ctx(String routine, int n, int incX, int incY, Object data) {
        return name + " " + routine + " n=" + n + " incX=" + incX + (incY == 0 ? "" : " incY=" + incY) + " data=" + data
                + " seed=" + seed;
    }

    private GuardedVector guarded(double[] values, int inc) {
        return new GuardedVector(values, inc, rnd.nextInt(4), rnd.nextInt(4));
    }

    private Kind anyKind() {
        return ALL_KINDS[rnd.nextInt(ALL_KINDS.length)];
    }

    public void dot() {
        for (int n : Sizes.tailHeavy()) {
            for (int[] inc : INCREMENTS) {
                Kind[] kinds = DOT_KINDS[rnd.nextInt(DOT_KINDS.length)];
                GuardedVector x = guarded(ArrayGen.vector(rnd, n, kinds[0]), inc[0]);
                GuardedVector y = guarded(ArrayGen.vector(rnd, n, kinds[1]), inc[1]);
                double[] xs = x.snapshot();
                double[] ys = y.snapshot();
                String c = ctx("dot", n, inc[0], inc[1], kinds[0] + "/" + kinds[1]);
                double got = blas.dot(n, x.data, x.off, x.inc, y.data, y.off, y.inc);
                double want = ref.dot(n, x.data, x.off, x.inc, y.data, y.off, y.inc);
                double mag = 0;
                for (int i = 0; i < n; i++) {
                    mag += Math.abs(x.get(i) * y.get(i));
                }
                near(got, want, 2 * Tolerance.gamma(n) * mag + 2 * n * Double.MIN_VALUE, c);
                x.assertUnchanged(xs, c + " x");
                y.assertUnchanged(ys, c + " y");
            }
        }
    }

    public void axpy() {
        double[] alphas = {0, 1, -1, 0.75, rnd.nextGaussian()};
        for (int n : Sizes.tailHeavy()) {
            for (int[] inc : INCREMENTS) {
                Kind kind = rnd.nextBoolean() ? Kind.UNIFORM : anyKind();
                double alpha = alphas[rnd.nextInt(alphas.length)];
                GuardedVector x = guarded(ArrayGen.vector(rnd, n, kind), inc[0]);
                GuardedVector y = guarded(ArrayGen.vector(rnd, n, kind), inc[1]);
                GuardedVector yRef = y.copy();
                double[] y0 = y.values();
                double[] xs = x.snapshot();
                String c = ctx("axpy", n, inc[0], inc[1], kind + " alpha=" + alpha);
                blas.axpy(n, alpha, x.data, x.off, x.inc, y.data, y.off, y.inc);
                ref.axpy(n, alpha, x.data, x.off, x.inc, yRef.data, yRef.off, yRef.inc);
                for (int i = 0; i < n; i++) {
                    double bound = 2 * Tolerance.gamma(2) * (Math.abs(alpha * x.get(i)) + Math.abs(y0[i]));
                    int at = i;
                    near(y.get(i), yRef.get(i), bound, () -> c + " i=" + at);
                }
                x.assertUnchanged(xs, c + " x");
                y.assertGuardsIntact(c + " y");
            }
        }
    }

    public void scal() {
        double[] alphas = {0, 1, -1, 0.5, 3, rnd.nextGaussian(), 1e-300, Double.NaN};
        for (int n : Sizes.tailHeavy()) {
            for (int[] inc : INCREMENTS) {
                Kind kind = anyKind();
                double alpha = alphas[rnd.nextInt(alphas.length)];
                GuardedVector x = guarded(ArrayGen.vector(rnd, n, kind), inc[0]);
                GuardedVector xRef = x.copy();
                String c = ctx("scal", n, inc[0], 0, kind + " alpha=" + alpha);
                blas.scal(n, alpha, x.data, x.off, x.inc);
                ref.scal(n, alpha, xRef.data, xRef.off, xRef.inc);
                exact(x.values(), xRef.values(), c);
                x.assertGuardsIntact(c);
            }
        }
    }

    public void copy() {
        for (int n : Sizes.tailHeavy()) {
            for (int[] inc : INCREMENTS) {
                Kind kind = anyKind();
                GuardedVector x = guarded(ArrayGen.vector(rnd, n, kind), inc[0]);
                GuardedVector y = guarded(ArrayGen.uniform(rnd, n), inc[1]);
                double[] xs = x.snapshot();
                String c = ctx("copy", n, inc[0], inc[1], kind);
                blas.copy(n, x.data, x.off, x.inc, y.data, y.off, y.inc);
                exact(y.values(), x.values(), c);
                x.assertUnchanged(xs, c + " x");
                y.assertGuardsIntact(c + " y");
            }
        }
    }

    public void swap() {
        for (int n : Sizes.tailHeavy()) {
            for (int[] inc : INCREMENTS) {
                Kind kind = anyKind();
                double[] xv = ArrayGen.vector(rnd, n, kind);
                double[] yv = ArrayGen.vector(rnd, n, kind);
                GuardedVector x = guarded(xv, inc[0]);
                GuardedVector y = guarded(yv, inc[1]);
                String c = ctx("swap", n, inc[0], inc[1], kind);
                blas.swap(n, x.data, x.off, x.inc, y.data, y.off, y.inc);
                exact(x.values(), yv, c + " x");
                exact(y.values(), xv, c + " y");
                x.assertGuardsIntact(c + " x");
                y.assertGuardsIntact(c + " y");
            }
        }
    }

    public void nrm2() {
        for (int n : Sizes.tailHeavy()) {
            for (int[] inc : INCREMENTS) {
                Kind kind = anyKind();
                GuardedVector x = guarded(ArrayGen.vector(rnd, n, kind), inc[0]);
                double[] xs = x.snapshot();
                String c = ctx("nrm2", n, inc[0], 0, kind);
                double got = blas.nrm2(n, x.data, x.off, x.inc);
                double want = ref.nrm2(n, x.data, x.off, x.inc);
                near(got, want, 2 * Tolerance.gamma(n + 8) * want, c);
                x.assertUnchanged(xs, c);
            }
        }
    }

    public void asum() {
        sums(true);
    }

    public void sum() {
        sums(false);
    }

    private void sums(boolean abs) {
        String routine = abs ? "asum" : "sum";
        for (int n : Sizes.tailHeavy()) {
            for (int[] inc : INCREMENTS) {
                Kind kind = anyKind();
                GuardedVector x = guarded(ArrayGen.vector(rnd, n, kind), inc[0]);
                double[] xs = x.snapshot();
                String c = ctx(routine, n, inc[0], 0, kind);
                double got = abs ? blas.asum(n, x.data, x.off, x.inc) : blas.sum(n, x.data, x.off, x.inc);
                double want = abs ? ref.asum(n, x.data, x.off, x.inc) : ref.sum(n, x.data, x.off, x.inc);
                double mag = 0;
                for (int i = 0; i < n; i++) {
                    mag += Math.abs(x.get(i));
                }
                near(got, want, 2 * Tolerance.gamma(n) * mag, c);
                x.assertUnchanged(xs, c);
            }
        }
    }

    /**
     * {@code deviationSums} about a shift that is 0, an element of x (a data mean's scale, NaN or
     * infinite when x holds one there) or a random normal value.
     */
    public void deviationSums() {
        for (int n : Sizes.tailHeavy()) {
            for (int[] inc : INCREMENTS) {
                Kind kind = anyKind();
                GuardedVector x = guarded(ArrayGen.vector(rnd, n, kind), inc[0]);
                double[] xs = x.snapshot();
                double shift = switch (rnd.nextInt(3)) {
                    case 0 -> 0.0;
                    case 1 -> n == 0 ? 1.0 : x.get(rnd.nextInt(n));
                    default -> rnd.nextGaussian();
                };
                String c = ctx("deviationSums", n, inc[0], 0, kind + " shift=" + shift);
                double[] got = {Double.NaN, Double.NaN, 7.0};
                double[] want = new double[2];
                blas.deviationSums(n, x.data, x.off, x.inc, shift, got);
                ref.deviationSums(n, x.data, x.off, x.inc, shift, want);
                double mag1 = 0;
                double mag2 = 0;
                for (int i = 0; i < n; i++) {
                    double d = x.get(i) - shift;
                    mag1 += Math.abs(d);
                    mag2 += d * d;
                }
                boolean nan = Double.isNaN(shift);
                for (int i = 0; i < n; i++) {
                    nan |= Double.isNaN(x.get(i));
                }
                nearOrOverflow(got[0], want[0], 2 * Tolerance.gamma(n) * mag1, nan, c + " sum d");
                nearOrOverflow(got[1], want[1], 2 * Tolerance.gamma(n) * mag2, nan, c + " sum d^2");
                assertEquals(7.0, got[2], c + ": an element past the two sums was written");
                x.assertUnchanged(xs, c);
            }
        }
    }

    public void iamax() {
        Kind[] kinds = {Kind.UNIFORM, Kind.INTEGERS, Kind.SPECIAL, Kind.WIDE, Kind.TINY};
        for (int n : Sizes.tailHeavy()) {
            for (int[] inc : INCREMENTS) {
                Kind kind = kinds[rnd.nextInt(kinds.length)];
                GuardedVector x = guarded(ArrayGen.vector(rnd, n, kind), inc[0]);
                double[] xs = x.snapshot();
                String c = ctx("iamax", n, inc[0], 0, kind);
                int want = ref.iamax(n, x.data, x.off, x.inc);
                assertEquals(want, blas.iamax(n, x.data, x.off, x.inc), c);
                x.assertUnchanged(xs, c);
                if (n >= 2) {
                    nearTie(n, inc[0]);
                }
            }
        }
    }

    /**
     * A maximum whose magnitude is one ulp above an earlier entry, and an exact tie after it: the
     * answer must be the first exact maximum, whatever the lane it falls in.
     */
    private void nearTie(int n, int inc) {
        double[] v = ArrayGen.uniform(rnd, n);
        int p = rnd.nextInt(n - 1);
        int q = rnd.nextInt(p + 1, n);
        double max = 2 + rnd.nextDouble();
        v[p] = Math.nextDown(max);
        v[q] = -max;
        for (int r = q + 1; r < n; r++) {
            if (rnd.nextInt(4) == 0) {
                v[r] = max;
            }
        }
        GuardedVector x = guarded(v, inc);
        assertEquals(
                q,
                blas.iamax(n, x.data, x.off, x.inc),
                () -> ctx("iamax", n, inc, 0, "near tie at " + p + ", max at " + q));
        // NaNs after a larger value: the first NaN wins (as the scalar provider documents)
        int nan = rnd.nextInt(n);
        for (int r = nan; r < n; r += 1 + rnd.nextInt(3)) {
            x.set(r, Double.NaN);
        }
        assertEquals(nan, blas.iamax(n, x.data, x.off, x.inc), () -> ctx("iamax", n, inc, 0, "first NaN at " + nan));
    }

    public void rot() {
        for (int n : Sizes.tailHeavy()) {
            for (int[] inc : INCREMENTS) {
                Kind kind = rnd.nextBoolean() ? Kind.UNIFORM : anyKind();
                double theta = rnd.nextInt(8) == 0 ? 0 : 2 * Math.PI * rnd.nextDouble();
                double cs = Math.cos(theta);
                double sn = Math.sin(theta);
                GuardedVector x = guarded(ArrayGen.vector(rnd, n, kind), inc[0]);
                GuardedVector y = guarded(ArrayGen.vector(rnd, n, kind), inc[1]);
                double[] x0 = x.values();
                double[] y0 = y.values();
                GuardedVector xRef = x.copy();
                GuardedVector yRef = y.copy();
                String c = ctx("rot", n, inc[0], inc[1], kind + " theta=" + theta);
                blas.rot(n, x.data, x.off, x.inc, y.data, y.off, y.inc, cs, sn);
                ref.rot(n, xRef.data, xRef.off, xRef.inc, yRef.data, yRef.off, yRef.inc, cs, sn);
                for (int i = 0; i < n; i++) {
                    double bx = 2 * Tolerance.gamma(2) * (Math.abs(cs * x0[i]) + Math.abs(sn * y0[i]));
                    double by = 2 * Tolerance.gamma(2) * (Math.abs(cs * y0[i]) + Math.abs(sn * x0[i]));
                    int at = i;
                    near(x.get(i), xRef.get(i), bx, () -> c + " x i=" + at);
                    near(y.get(i), yRef.get(i), by, () -> c + " y i=" + at);
                }
                x.assertGuardsIntact(c + " x");
                y.assertGuardsIntact(c + " y");
            }
        }
    }

    // ---- comparisons ---------------------------------------------------------------------------

    /**
     * {@code |got - want| <= bound} for finite values; otherwise both must be NaN or the same
     * infinity (a bound computed from infinite data would accept anything).
     */
    static void near(double got, double want, double bound, String context) {
        near(got, want, bound, () -> context);
    }

    /** As {@link #near(double, double, double, String)}, building the message only on failure. */
    static void near(double got, double want, double bound, Supplier<String> context) {
        if (Double.isFinite(want) && Double.isFinite(got)) {
            if (!(Math.abs(got - want) <= bound)) {
                Tolerance.assertWithin(got, want, bound, context.get());
            }
        } else if (Double.doubleToLongBits(got) != Double.doubleToLongBits(want)) {
            fail(context.get() + ": got " + got + ", expected " + want);
        }
    }

    /**
     * As {@link #near(double, double, double, String)} for finite results; a NaN in the data must
     * give NaN; otherwise a non-finite reference needs a non-finite result, either infinity or NaN:
     * a huge value and an infinity of the other sign give NaN or that infinity depending on
     * whether the running sum overflowed first, which depends on the order.
     */
    static void nearOrOverflow(double got, double want, double bound, boolean nanInData, String context) {
        if (nanInData) {
            if (!Double.isNaN(got)) {
                fail(context + ": NaN in the data, got " + got);
            }
        } else if (Double.isFinite(want) || Double.isFinite(got)) {
            near(got, want, bound, context);
        }
    }

    /** Equal element by element, bit for bit (any NaN matches any NaN). */
    static void exact(double[] got, double[] want, String context) {
        for (int i = 0; i < want.length; i++) {
            if (Double.doubleToLongBits(got[i]) != Double.doubleToLongBits(want[i])) {
                fail(context + " i=" + i + ": got " + got[i] + ", expected exactly " + want[i]);
            }
        }
    }
}
