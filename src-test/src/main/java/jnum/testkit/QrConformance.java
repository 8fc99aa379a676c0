package jnum.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.SplittableRandom;
import jnum.mat.Dense;
import jnum.mat.kernel.Lapack;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;

/**
 * Conformance driver for the Householder routines of any LAPACK provider (geqrf, orgqr, ormqr,
 * gelqf, orglq, ormlq, geqp3), called through a {@link Lapack} facade, in the manner of LAPACK's
 * own test programs (dqrt01, dqrt02, dqrt03, dlqt01, dqpt01).
 *
 * <p>Each case lays its operands out as {@link GuardedMatrix} instances (random offset, leading
 * dimension larger than the row count, NaN guards around them); inputs a routine must not read
 * (R's triangle for orgqr and ormqr, the columns orgqr creates) are NaN too. The checks, with
 * {@code u = 2^-53} as in LAPACK's tests and every product formed here with plain loops:
 *
 * <ul>
 *   <li>factorization: {@code ||A - Q R||_1 / (max(m, n) u ||A||_1) < 30} (and {@code A P} for
 *       geqp3, {@code L Q} for gelqf);
 *   <li>orthogonality: {@code ||Q^T Q - I||_1 / (m u) < 30}, thin and full Q;
 *   <li>ormqr/ormlq, all sides and transposes: {@code ||op(Q) C - result||_1 / (order u
 *       ||C||_1) < 30}, against the explicit full Q;
 *   <li>geqp3: the permutation is one, {@code |R_ii|} does not increase (beyond the sqrt(u)
 *       relative accuracy of downdated column norms), and on a matrix of rank r the diagonal from
 *       r on is at the rounding level {@code 30 max(m, n) u ||A||_1}.
 * </ul>
 *
 * <p>Matrix families: uniform, graded (1 to 1e-20), condition 1e15, rank-deficient, and uniform
 * scaled to 1e-300 (where the reflector generation must rescale) and 1e300.
 */
public final class QrConformance {
    /** Orders around the vector lengths, the block size 32 and the crossover 64 of the Java routines. */
    public static final int[] SIZES = {
        0, 1, 2, 3, 7, 8, 9, 31, 32, 33, 63, 64, 65, 66, 96, 97, 127, 129, 161, 200, 257, 300
    };

    /** LAPACK's test threshold. */
    public static final double THRESHOLD = 30;

    private static final double U = Tolerance.U;

    /** The matrix families every routine runs on. */
    public enum Family {
        UNIFORM,
        GRADED,
        ILL_CONDITIONED,
        RANK_DEFICIENT,
        TINY,
        HUGE
    }

    private QrConformance() {}

    /** An m x n matrix of the family, column-major with leading dimension m. */
    public static double[] matrix(MatrixGen gen, Family family, int m, int n) {
        Dense d = switch (family) {
            case UNIFORM -> gen.uniform(m, n);
            case GRADED -> gen.graded(m, n, 1e-10);
            case ILL_CONDITIONED -> gen.withCondition(m, n, 1e15);
            case RANK_DEFICIENT -> gen.rankDeficient(m, n, deficientRank(m, n));
            case TINY -> gen.scaled(m, n, 1e-300);
            case HUGE -> gen.scaled(m, n, 1e300);
        };
        double[] v = new double[m * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < m; i++) {
                v[i + j * m] = d.get(i, j);
            }
        }
        return v;
    }

    /** The rank of the {@link Family#RANK_DEFICIENT} matrices: about half of min(m, n). */
    public static int deficientRank(int m, int n) {
        return Math.min(m, n) / 2;
    }

    /** One shape drawn from {@link #SIZES} for each dimension. */
    public static int[] shape(SplittableRandom rnd) {
        return shape(rnd, Integer.MAX_VALUE);
    }

    /** One shape drawn from the {@link #SIZES} up to maxOrder for each dimension. */
    public static int[] shape(SplittableRandom rnd, int maxOrder) {
        int[] sizes = java.util.Arrays.stream(SIZES).filter(v -> v <= maxOrder).toArray();
        return new int[] {sizes[rnd.nextInt(sizes.length)], sizes[rnd.nextInt(sizes.length)]};
    }

    // ---- QR --------------------------------------------------------------------------------------

    /** geqrf, orgqr (thin and full Q) and ormqr on every family, for the shape drawn from seed. */
    public static void qr(Lapack lapack, long seed) {
        qr(lapack, seed, Integer.MAX_VALUE);
    }

    /** As {@link #qr(Lapack, long)} with both dimensions drawn up to {@code maxOrder}. */
    public static void qr(Lapack lapack, long seed, int maxOrder) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] s = shape(rnd, maxOrder);
        qr(lapack, s[0], s[1], seed);
    }

    /** As {@link #qr(Lapack, long)} for a given m x n shape. */
    public static void qr(Lapack lapack, int m, int n, long seed) {
        qr(lapack, m, n, seed, Family.values());
    }

    /** As {@link #qr(Lapack, int, int, long)} on some families only (for large shapes). */
    public static void qr(Lapack lapack, int m, int n, long seed, Family... families) {
        MatrixGen gen = new MatrixGen(seed);
        for (Family f : families) {
            qrCase(lapack, f, m, n, matrix(gen, f, m, n), gen.random());
        }
    }

    private static void qrCase(Lapack lapack, Family f, int m, int n, double[] a0, SplittableRandom rnd) {
        String what = "geqrf " + f + " " + m + "x" + n;
        int p = Math.min(m, n);
        GuardedMatrix a = guarded(m, n, a0, rnd);
        GuardedVector tau = new GuardedVector(new double[p], 1, rnd.nextInt(3), rnd.nextInt(3));
        lapack.geqrf(m, n, a.data, a.off, a.ld, tau.data, tau.off);
        a.assertGuardsIntact(what);
        tau.assertGuardsIntact(what + " tau");
        double[] factored = a.values();
        double[] r = upper(factored, m, n, p);
        double[] q = formQ(lapack, factored, tau, m, p, rnd, what);
        checkFactorization(a0, multiply(q, m, p, r, n), m, n, what);
        double[] qFull = m > p ? formQ(lapack, factored, tau, m, m, rnd, what + " full Q") : q;
        double[] reflectors = lowerReflectors(factored, m, p);
        for (Side side : Side.values()) {
            for (Transpose t : Transpose.values()) {
                int other = new int[] {1, 3, 40}[rnd.nextInt(3)];
                int cm = side == Side.LEFT ? m : other;
                int cn = side == Side.LEFT ? other : m;
                double[] c0 = randomValues(cm, cn, rnd);
                GuardedMatrix c = guarded(cm, cn, c0, rnd);
                GuardedMatrix v = guarded(m, p, reflectors, rnd);
                double[] vBefore = v.snapshot();
                lapack.ormqr(side, t, cm, cn, p, v.data, v.off, v.ld, tau.data, tau.off, c.data, c.off, c.ld);
                String op = "ormqr " + side + " " + t + " " + f + " " + cm + "x" + cn + " k=" + p;
                v.assertUnchanged(vBefore, op + " (A is read only)");
                c.assertGuardsIntact(op);
                double[] expected = side == Side.LEFT
                        ? multiply(t == Transpose.YES ? transpose(qFull, m, m) : qFull, m, m, c0, cn)
                        : multiply(c0, cm, m, t == Transpose.YES ? transpose(qFull, m, m) : qFull, m);
                checkClose(c.values(), expected, cm, cn, m * U * norm1(c0, cm, cn), op);
            }
        }
    }

    /**
     * Runs orgqr on the reflectors of {@code factored} (m x p from geqrf) into a guarded m x cols
     * matrix whose other cells are NaN (orgqr must not read them), and checks that the result has
     * orthonormal columns.
     */
    private static double[] formQ(
            Lapack lapack, double[] factored, GuardedVector tau, int m, int cols, SplittableRandom rnd, String what) {
        int p = tau.n;
        double[] in = new double[m * cols];
        Arrays.fill(in, Double.NaN);
        for (int j = 0; j < p; j++) {
            for (int i = j + 1; i < m; i++) {
                in[i + j * m] = factored[i + j * m];
            }
        }
        GuardedMatrix q = guarded(m, cols, in, rnd);
        lapack.orgqr(m, cols, p, q.data, q.off, q.ld, tau.data, tau.off);
        q.assertGuardsIntact("orgqr " + what);
        double[] values = q.values();
        checkOrthonormalColumns(values, m, cols, "orgqr " + what + " (" + m + "x" + cols + ")");
        return values;
    }

    // ---- LQ --------------------------------------------------------------------------------------

    /** gelqf, orglq and ormlq on every family, for the shape drawn from seed. */
    public static void lq(Lapack lapack, long seed) {
        lq(lapack, seed, Integer.MAX_VALUE);
    }

    /** As {@link #lq(Lapack, long)} with both dimensions drawn up to {@code maxOrder}. */
    public static void lq(Lapack lapack, long seed, int maxOrder) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] s = shape(rnd, maxOrder);
        lq(lapack, s[0], s[1], seed);
    }

    /** As {@link #lq(Lapack, long)} for a given m x n shape. */
    public static void lq(Lapack lapack, int m, int n, long seed) {
        lq(lapack, m, n, seed, Family.values());
    }

    /** As {@link #lq(Lapack, int, int, long)} on some families only (for large shapes). */
    public static void lq(Lapack lapack, int m, int n, long seed, Family... families) {
        MatrixGen gen = new MatrixGen(seed);
        for (Family f : families) {
            lqCase(lapack, f, m, n, matrix(gen, f, m, n), gen.random());
        }
    }

    private static void lqCase(Lapack lapack, Family f, int m, int n, double[] a0, SplittableRandom rnd) {
        String what = "gelqf " + f + " " + m + "x" + n;
        int p = Math.min(m, n);
        GuardedMatrix a = guarded(m, n, a0, rnd);
        GuardedVector tau = new GuardedVector(new double[p], 1, rnd.nextInt(3), rnd.nextInt(3));
        lapack.gelqf(m, n, a.data, a.off, a.ld, tau.data, tau.off);
        a.assertGuardsIntact(what);
        tau.assertGuardsIntact(what + " tau");
        double[] factored = a.values();
        double[] l = new double[m * p]; // lower trapezoid
        for (int j = 0; j < p; j++) {
            for (int i = j; i < m; i++) {
                l[i + j * m] = factored[i + j * m];
            }
        }
        // reflectors in rows: the p x n upper part right of the diagonal, NaN elsewhere
        double[] rows = new double[p * n];
        Arrays.fill(rows, Double.NaN);
        for (int i = 0; i < p; i++) {
            for (int j = i + 1; j < n; j++) {
                rows[i + j * p] = factored[i + j * m];
            }
        }
        double[] q = formLqQ(lapack, rows, tau, p, n, p, rnd, what);
        checkFactorization(a0, multiply(l, m, p, q, n), m, n, what);
        double[] qFull = n > p ? formLqQ(lapack, rows, tau, p, n, n, rnd, what + " full Q") : q;
        for (Side side : Side.values()) {
            for (Transpose t : Transpose.values()) {
                int other = new int[] {1, 3, 40}[rnd.nextInt(3)];
                int cm = side == Side.LEFT ? n : other;
                int cn = side == Side.LEFT ? other : n;
                double[] c0 = randomValues(cm, cn, rnd);
                GuardedMatrix c = guarded(cm, cn, c0, rnd);
                GuardedMatrix v = guarded(p, n, rows, rnd);
                double[] vBefore = v.snapshot();
                lapack.ormlq(side, t, cm, cn, p, v.data, v.off, v.ld, tau.data, tau.off, c.data, c.off, c.ld);
                String op = "ormlq " + side + " " + t + " " + f + " " + cm + "x" + cn + " k=" + p;
                v.assertUnchanged(vBefore, op + " (A is read only)");
                c.assertGuardsIntact(op);
                double[] expected = side == Side.LEFT
                        ? multiply(t == Transpose.YES ? transpose(qFull, n, n) : qFull, n, n, c0, cn)
                        : multiply(c0, cm, n, t == Transpose.YES ? transpose(qFull, n, n) : qFull, n);
                checkClose(c.values(), expected, cm, cn, n * U * norm1(c0, cm, cn), op);
            }
        }
    }

    /** orglq into a guarded rowsOut x n matrix from the p reflector rows; checks orthonormal rows. */
    private static double[] formLqQ(
            Lapack lapack,
            double[] rows,
            GuardedVector tau,
            int p,
            int n,
            int rowsOut,
            SplittableRandom rnd,
            String what) {
        double[] in = new double[rowsOut * n];
        Arrays.fill(in, Double.NaN);
        for (int i = 0; i < p; i++) {
            for (int j = i + 1; j < n; j++) {
                in[i + j * rowsOut] = rows[i + j * p];
            }
        }
        GuardedMatrix q = guarded(rowsOut, n, in, rnd);
        lapack.orglq(rowsOut, n, p, q.data, q.off, q.ld, tau.data, tau.off);
        q.assertGuardsIntact("orglq " + what);
        double[] values = q.values();
        checkOrthonormalColumns(transpose(values, rowsOut, n), n, rowsOut, "orglq " + what);
        return values;
    }

    // ---- QR with column pivoting -----------------------------------------------------------------

    /** geqp3 on every family, for the shape drawn from seed. */
    public static void qp3(Lapack lapack, long seed) {
        qp3(lapack, seed, Integer.MAX_VALUE);
    }

    /** As {@link #qp3(Lapack, long)} with both dimensions drawn up to {@code maxOrder}. */
    public static void qp3(Lapack lapack, long seed, int maxOrder) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] s = shape(rnd, maxOrder);
        qp3(lapack, s[0], s[1], seed);
    }

    /** As {@link #qp3(Lapack, long)} for a given m x n shape. */
    public static void qp3(Lapack lapack, int m, int n, long seed) {
        qp3(lapack, m, n, seed, Family.values());
    }

    /** As {@link #qp3(Lapack, int, int, long)} on some families only (for large shapes). */
    public static void qp3(Lapack lapack, int m, int n, long seed, Family... families) {
        MatrixGen gen = new MatrixGen(seed);
        for (Family f : families) {
            qp3Case(lapack, f, m, n, matrix(gen, f, m, n), gen.random());
        }
    }

    private static void qp3Case(Lapack lapack, Family f, int m, int n, double[] a0, SplittableRandom rnd) {
        String what = "geqp3 " + f + " " + m + "x" + n;
        int p = Math.min(m, n);
        GuardedMatrix a = guarded(m, n, a0, rnd);
        GuardedVector tau = new GuardedVector(new double[p], 1, rnd.nextInt(3), rnd.nextInt(3));
        int pad = rnd.nextInt(3);
        int[] jpvt = new int[pad + n + 2];
        Arrays.fill(jpvt, -7);
        lapack.geqp3(m, n, a.data, a.off, a.ld, jpvt, pad, tau.data, tau.off);
        a.assertGuardsIntact(what);
        tau.assertGuardsIntact(what + " tau");
        assertEquals(-7, jpvt[pad + n], what + ": jpvt written past n");
        boolean[] seen = new boolean[n];
        double[] ap = new double[m * n];
        for (int j = 0; j < n; j++) {
            int c = jpvt[pad + j];
            if (c < 0 || c >= n || seen[c]) {
                fail(what + ": jpvt is not a permutation: " + Arrays.toString(Arrays.copyOfRange(jpvt, pad, pad + n)));
            }
            seen[c] = true;
            System.arraycopy(a0, c * m, ap, j * m, m);
        }
        double[] factored = a.values();
        double[] r = upper(factored, m, n, p);
        double[] q = formQ(lapack, factored, tau, m, p, rnd, what);
        checkFactorization(ap, multiply(q, m, p, r, n), m, n, what);
        double anorm = norm1(a0, m, n);
        double noise = THRESHOLD * Math.max(m, n) * U * anorm;
        for (int i = 0; i + 1 < p; i++) {
            double di = Math.abs(r[i + i * p]);
            double next = Math.abs(r[i + 1 + (i + 1) * p]);
            // downdated norms are accurate to a relative sqrt(u) at worst before they are recomputed
            if (!(next <= di * (1 + 100 * Math.sqrt(U)) + noise)) {
                fail(what + ": |R(" + (i + 1) + "," + (i + 1) + ")| = " + next + " > |R(" + i + "," + i + ")| = " + di);
            }
        }
        if (f == Family.RANK_DEFICIENT && deficientRank(m, n) < p) {
            int rank = deficientRank(m, n);
            double tail = Math.abs(r[rank + rank * p]);
            if (!(tail <= noise)) {
                fail(what + ": |R(" + rank + "," + rank + ")| = " + tail + " on a matrix of rank " + rank
                        + " is above the rounding level " + noise);
            }
        }
    }

    // ---- Checks ----------------------------------------------------------------------------------

    private static void checkFactorization(double[] a0, double[] product, int m, int n, String what) {
        checkResidual(a0, product, m, n, what + ": ||A - QR||");
    }

    /**
     * {@code ||A - product||_1 / (max(m, n) u ||A||_1) < 30}, exactly 0 for a zero A; {@code what}
     * names the check (it ends with the residual's formula).
     */
    public static void checkResidual(double[] a0, double[] product, int m, int n, String what) {
        double anorm = norm1(a0, m, n);
        double[] diff = new double[m * n];
        for (int k = 0; k < diff.length; k++) {
            diff[k] = a0[k] - product[k];
        }
        double resid = norm1(diff, m, n);
        if (anorm == 0) {
            if (resid != 0) {
                fail(what + ": zero matrix, residual " + resid);
            }
            return;
        }
        double ratio = resid / (Math.max(m, n) * U * anorm);
        if (!(ratio < THRESHOLD)) {
            fail(what + " / (max(m,n) u ||A||) = " + ratio + " >= " + THRESHOLD);
        }
    }

    /** {@code ||Q^T Q - I||_1 / (m u) < 30} for the m x n matrix q. */
    public static void checkOrthonormalColumns(double[] q, int m, int n, String what) {
        double worst = 0;
        double[] colSums = new double[n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int k = 0; k < m; k++) {
                    s += q[k + i * m] * q[k + j * m];
                }
                colSums[j] += Math.abs(s - (i == j ? 1 : 0));
            }
        }
        for (double s : colSums) {
            worst = Math.max(worst, Double.isNaN(s) ? Double.POSITIVE_INFINITY : s);
        }
        double ratio = worst / (Math.max(1, m) * U);
        if (!(ratio < THRESHOLD)) {
            fail(what + ": ||Q^T Q - I|| / (m u) = " + ratio + " >= " + THRESHOLD);
        }
    }

    private static void checkClose(double[] got, double[] expected, int m, int n, double scale, String what) {
        double[] diff = new double[m * n];
        for (int k = 0; k < diff.length; k++) {
            diff[k] = got[k] - expected[k];
        }
        double err = norm1(diff, m, n);
        if (!(err <= THRESHOLD * scale)) {
            fail(what + ": ||result - op(Q) C||_1 = " + err + " > 30 * " + scale);
        }
    }

    // ---- Plain column-major arithmetic -----------------------------------------------------------

    /** A guarded copy of the m x n values with a random offset, ld and padding. */
    public static GuardedMatrix guarded(int m, int n, double[] values, SplittableRandom rnd) {
        return new GuardedMatrix(m, n, values, Math.max(1, m) + rnd.nextInt(3), rnd.nextInt(3), rnd.nextInt(3));
    }

    private static double[] randomValues(int m, int n, SplittableRandom rnd) {
        double[] v = new double[m * n];
        for (int k = 0; k < v.length; k++) {
            v[k] = rnd.nextDouble(-1, 1);
        }
        return v;
    }

    /** The p x n upper trapezoid of the m x n matrix f. */
    private static double[] upper(double[] f, int m, int n, int p) {
        double[] r = new double[p * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i <= Math.min(j, p - 1); i++) {
                r[i + j * p] = f[i + j * m];
            }
        }
        return r;
    }

    /** The m x p reflector columns of f (strictly lower part), NaN on and above the diagonal. */
    private static double[] lowerReflectors(double[] f, int m, int p) {
        double[] v = new double[m * p];
        Arrays.fill(v, Double.NaN);
        for (int j = 0; j < p; j++) {
            for (int i = j + 1; i < m; i++) {
                v[i + j * m] = f[i + j * m];
            }
        }
        return v;
    }

    /** The m x n product of the m x k matrix x and the k x n matrix y (column-major, compact). */
    public static double[] multiply(double[] x, int m, int k, double[] y, int n) {
        double[] c = new double[m * n];
        for (int j = 0; j < n; j++) {
            for (int l = 0; l < k; l++) {
                double b = y[l + j * k];
                if (b == 0) {
                    continue;
                }
                for (int i = 0; i < m; i++) {
                    c[i + j * m] += x[i + l * m] * b;
                }
            }
        }
        return c;
    }

    /** The n x m transpose of the m x n matrix x. */
    public static double[] transpose(double[] x, int m, int n) {
        double[] t = new double[m * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < m; i++) {
                t[j + i * n] = x[i + j * m];
            }
        }
        return t;
    }

    /** The 1-norm (largest column sum of magnitudes); NaN-safe: a NaN column makes it infinite. */
    public static double norm1(double[] x, int m, int n) {
        double best = 0;
        for (int j = 0; j < n; j++) {
            double s = 0;
            for (int i = 0; i < m; i++) {
                s += Math.abs(x[i + j * m]);
            }
            best = Math.max(best, Double.isNaN(s) ? Double.POSITIVE_INFINITY : s);
        }
        return best;
    }
}
