package jnum.suites.mat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import jnum.mat.Dense;
import jnum.mat.DimensionMismatchException;
import jnum.mat.Norm;
import jnum.mat.QR;
import jnum.mat.SVD;
import jnum.mat.Vec;
import jnum.testkit.CsvResource;
import jnum.testkit.MatrixGen;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link SVD} and what {@link Dense} takes from it, as properties over seeds: the decomposition is
 * backward stable ({@code ||A - U S V^T||_F / (max(m, n) eps ||A||_F) < 30}, with {@code eps = 2 u =
 * 2^-52}, LAPACK's ulp in its own test ratio: dgesvd and dgesdd reach 32 in units of u on some
 * 3 x 3 matrices of condition 1e15), U and V orthonormal to {@code 30 max(m, n) u}, the values non-negative and decreasing and, where they are known
 * (chosen by construction, or computed by mpmath), within {@code 30 max(m, n) u s_0} of the exact
 * ones; bidiagonal input to high relative accuracy.
 */
class SvdProperties {
    private static final double U = Tolerance.U;
    private static final double EPS = Tolerance.EPS;
    private static final double C = 30;

    /** Shapes: tall (through the QR-first path too), wide, square, vectors, empty. */
    private static int[] shape(MatrixGen g) {
        SplittableRandom r = g.random();
        return switch (r.nextInt(6)) {
            case 0 -> new int[] {1, 1 + r.nextInt(40)};
            case 1 -> new int[] {1 + r.nextInt(40), 1};
            case 2 -> new int[] {g.size(90), g.size(90)};
            case 3 -> new int[] {100 + r.nextInt(60), 1 + r.nextInt(40)};
            case 4 -> new int[] {1 + r.nextInt(40), 100 + r.nextInt(60)};
            default -> {
                int n = 1 + r.nextInt(80);
                yield new int[] {n, n};
            }
        };
    }

    /** Checks the decomposition of a, with values and vectors of every kind. */
    private static SVD checked(Dense a, String ctx) {
        int m = a.rows();
        int n = a.cols();
        int p = Math.min(m, n);
        Dense before = a.copy();
        SVD thin = SVD.of(a, SVD.Kind.THIN);
        SVD full = SVD.of(a, SVD.Kind.FULL);
        SVD values = SVD.of(a, SVD.Kind.VALUES);
        assertEquals(before, a, ctx + ": input modified");
        double[] s = thin.values().toArray();
        assertEquals(p, s.length, ctx);
        for (int i = 0; i < p; i++) {
            assertTrue(s[i] >= 0, ctx + ": s_" + i + " = " + s[i]);
            assertTrue(i == 0 || s[i] <= s[i - 1], ctx + ": not decreasing at " + i);
        }
        double s0 = p == 0 ? 0 : s[0];
        double agree = C * Math.max(m, n) * U * s0;
        for (int i = 0; i < p; i++) {
            assertEquals(s[i], values.values().get(i), agree, ctx + ": values only, s_" + i);
            assertEquals(s[i], full.values().get(i), agree, ctx + ": full, s_" + i);
        }
        checkReconstruction(a, thin.u(), s, thin.v(), ctx + " thin");
        checkReconstruction(a, full.u().slice(0, m, 0, p), s, full.v().slice(0, n, 0, p), ctx + " full");
        assertEquals(m, thin.u().rows());
        assertEquals(p, thin.u().cols());
        assertEquals(n, thin.v().rows());
        assertEquals(p, thin.v().cols());
        checkOrthonormal(thin.u(), ctx + " thin U");
        checkOrthonormal(thin.v(), ctx + " thin V");
        checkOrthonormal(full.u(), ctx + " full U");
        checkOrthonormal(full.v(), ctx + " full V");
        assertEquals(m, full.u().cols());
        assertEquals(n, full.v().cols());
        return thin;
    }

    private static void checkReconstruction(Dense a, Dense u, double[] s, Dense v, String ctx) {
        int m = a.rows();
        int n = a.cols();
        Dense us = u.copy();
        for (int j = 0; j < s.length; j++) {
            for (int i = 0; i < m; i++) {
                us.set(i, j, us.get(i, j) * s[j]);
            }
        }
        double anorm = a.norm(Norm.FROBENIUS);
        double resid = a.minus(us.times(v.t())).norm(Norm.FROBENIUS);
        if (anorm == 0) {
            assertEquals(0.0, resid, ctx + ": residual of a zero matrix");
            return;
        }
        // subnormal elements are held to an absolute 2^-1074 only: that underflow term joins eps ||A||
        double grid = Double.MIN_VALUE * Math.sqrt((double) m * n);
        double ratio = resid / (Math.max(m, n) * (EPS * anorm + grid));
        assertTrue(ratio < C, ctx + ": ||A - U S V^T|| / (max(m,n) (eps ||A|| + eta)) = " + ratio);
    }

    private static void checkOrthonormal(Dense q, String ctx) {
        int k = q.cols();
        double err = q.t().times(q).minus(Dense.identity(k)).norm(Norm.FROBENIUS);
        double ratio = err / (Math.max(1, q.rows()) * U);
        assertTrue(ratio < C, ctx + ": ||Q^T Q - I|| / (m u) = " + ratio);
    }

    /**
     * Matrices with orthonormal columns (every singular value 1) at the orders of divide and
     * conquer, through the public call and so through whichever provider takes these orders
     * (native gesvd when the native module is present): their bidiagonal has +-1 on the diagonal
     * and rounding-level couplings, so nearly every merge deflates. The Java merges themselves
     * meet this bidiagonal in {@code BidiagonalDivideConquerConformanceTest.signedUnitDiagonals}.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void orthonormalColumnsThroughDivideAndConquer(long seed) {
        MatrixGen g = new MatrixGen(seed);
        SplittableRandom rnd = g.random();
        int n = 100 + rnd.nextInt(81);
        int m = n + rnd.nextInt(41);
        Dense q = g.normal(m, m).qr().q().slice(0, m, 0, n).copy();
        Dense a = rnd.nextBoolean() ? q : q.t().copy();
        String ctx = "orthonormal columns " + a.rows() + "x" + a.cols() + " seed " + seed;
        SVD thin = checked(a, ctx);
        for (double v : thin.values().toArray()) {
            assertEquals(1, v, C * Math.max(m, n) * U, ctx + ": a singular value");
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void uniformMatricesOfEveryShape(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int[] s = shape(g);
        checked(g.uniform(s[0], s[1]), "uniform " + s[0] + "x" + s[1] + " seed " + seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void chosenSingularValuesFromOneTo1e15AreRecovered(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int[] sh = shape(g);
        int m = Math.max(1, sh[0]);
        int n = Math.max(1, sh[1]);
        int p = Math.min(m, n);
        double[] sigma = MatrixGen.geometric(p, 1e15);
        Dense a = g.withSingularValues(m, n, sigma);
        SVD svd = checked(a, "chosen values " + m + "x" + n + " seed " + seed);
        // the generator's rounding moves the exact values by about p u; the SVD adds max(m, n) u
        double bound = C * Math.max(m, n) * U * sigma[0];
        for (int i = 0; i < p; i++) {
            assertEquals(sigma[i], svd.values().get(i), bound, "sigma_" + i + " seed " + seed);
        }
        assertEquals(svd.values().get(0) / svd.values().get(p - 1), svd.cond(), 0.0);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void gradedAndScaledMatrices(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int[] sh = shape(g);
        int m = sh[0];
        int n = sh[1];
        checked(g.graded(m, n, 1e-10), "graded " + m + "x" + n + " seed " + seed);
        Dense a = g.uniform(m, n);
        double[] s = SVD.of(a, SVD.Kind.VALUES).values().toArray();
        for (double scale : new double[] {1e-300, 1e300, 0x1p-1070}) {
            Dense scaled = a.scale(scale);
            SVD svd = checked(scaled, "scaled by " + scale + " " + m + "x" + n + " seed " + seed);
            // scaling commutes with the SVD up to the rounding of the scaled elements
            double rounding = scale < 1e-300 ? 0x1p-1074 * Math.sqrt((double) m * n) : 0;
            for (int i = 0; i < s.length; i++) {
                double bound = C * Math.max(m, n) * U * s[0] * scale + rounding;
                assertEquals(s[i] * scale, svd.values().get(i), bound, "scale " + scale + " s_" + i);
            }
        }
    }

    /**
     * Every order from 1 to 20, square, tall (2n x n, the QR-first path) and wide: the rotations of
     * the QR iteration go to the vector kernel from 16 rows of U or V, to fused scalar loops below;
     * random and chosen values (1 down to 1e-15) on both sides of that switch.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void everySmallOrderAndShape(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int n = 1 + g.random().nextInt(20);
        for (int[] sh : new int[][] {{n, n}, {2 * n, n}, {n, 2 * n}, {n + 1, n}}) {
            int m = sh[0];
            int k = sh[1];
            String ctx = m + "x" + k + " seed " + seed;
            checked(g.uniform(m, k), "uniform " + ctx);
            int p = Math.min(m, k);
            double[] sigma = MatrixGen.geometric(p, 1e15);
            SVD svd = checked(g.withSingularValues(m, k, sigma), "chosen values " + ctx);
            double bound = C * Math.max(m, k) * U * sigma[0];
            for (int i = 0; i < p; i++) {
                assertEquals(sigma[i], svd.values().get(i), bound, "sigma_" + i + " " + ctx);
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void zeroAndRankOneMatrices(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int m = 1 + g.size(60);
        int n = 1 + g.size(60);
        SVD zero = checked(Dense.zeros(m, n), "zero " + m + "x" + n);
        assertEquals(0, zero.rank());
        assertEquals(0.0, zero.values().norm2());
        assertEquals(Double.POSITIVE_INFINITY, zero.cond());
        assertEquals(Dense.zeros(n, m), zero.pinv());
        Vec x = g.uniformVec(m);
        Vec y = g.uniformVec(n);
        Dense outer = Dense.zeros(m, n);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                outer.set(i, j, x.get(i) * y.get(j));
            }
        }
        SVD one = checked(outer, "rank one " + m + "x" + n + " seed " + seed);
        double s0 = x.norm2() * y.norm2();
        assertEquals(s0, one.values().get(0), C * Math.max(m, n) * U * s0);
        assertEquals(1, one.rank(), "rank one seed " + seed);
        assertEquals(1, outer.rank());
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void pseudoInverseSatisfiesMoorePenrose(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int[] sh = shape(g);
        int m = Math.max(1, sh[0]);
        int n = Math.max(1, sh[1]);
        int p = Math.min(m, n);
        int r = g.random().nextInt(p + 1);
        Dense a = g.rankDeficient(m, n, r); // values 1 .. 1e-3, then zeros
        SVD svd = SVD.of(a);
        assertEquals(r, svd.rank(), "rank seed " + seed);
        assertEquals(r, a.rank(), "Dense.rank seed " + seed);
        Dense x = a.pinv();
        assertEquals(n, x.rows());
        assertEquals(m, x.cols());
        // each identity to 30 max(m, n) u times the condition 1e3 of the rank-r part
        double tol = C * Math.max(m, n) * U * 1e3;
        Dense ax = a.times(x);
        Dense xa = x.times(a);
        String ctx = m + "x" + n + " rank " + r + " seed " + seed;
        assertTrue(ax.times(a).minus(a).norm(Norm.TWO) <= tol, "A X A = A " + ctx);
        assertTrue(xa.times(x).minus(x).norm(Norm.TWO) <= tol * 1e3, "X A X = X " + ctx);
        assertTrue(ax.minus(ax.t()).norm(Norm.TWO) <= tol, "A X symmetric " + ctx);
        assertTrue(xa.minus(xa.t()).norm(Norm.TWO) <= tol, "X A symmetric " + ctx);
    }

    /**
     * On full-rank problems the least-squares (tall) and minimum-norm (wide) solutions agree with
     * the pivoted QR's within the perturbation bound of least squares (Golub and Van Loan 5.3):
     * {@code ||dx|| / ||x|| <= c max(m, n) u (2 cond + cond^2 ||r|| / (||A|| ||x||))}.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void solveAgreesWithPivotedQr(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int[] sh = shape(g);
        int m = Math.max(1, sh[0]);
        int n = Math.max(1, sh[1]);
        double cond = Math.pow(10, 4 * g.random().nextDouble());
        Dense a = g.withCondition(m, n, cond);
        Vec b = g.uniformVec(m);
        Dense bb = g.uniform(m, 3);
        SVD svd = SVD.of(a);
        Vec x = svd.solve(b);
        Vec ref = QR.pivoted(a).solve(b);
        double rnorm = a.times(ref).minus(b).norm2();
        double bound = C
                * Math.max(m, n)
                * U
                * (2 * cond + cond * cond * rnorm / (a.norm(Norm.TWO) * ref.norm2()))
                * ref.norm2();
        assertTrue(x.minus(ref).norm2() <= bound, m + "x" + n + " cond " + cond + " seed " + seed);
        Dense xx = svd.solve(bb);
        Dense refs = QR.pivoted(a).solve(bb);
        for (int j = 0; j < 3; j++) {
            Vec col = refs.column(j);
            double rj = a.times(col).minus(bb.column(j)).norm2();
            double bj = C
                    * Math.max(m, n)
                    * U
                    * (2 * cond + cond * cond * rj / (a.norm(Norm.TWO) * col.norm2()))
                    * col.norm2();
            assertTrue(xx.column(j).minus(col).norm2() <= bj, "column " + j + " seed " + seed);
        }
        assertThrows(DimensionMismatchException.class, () -> svd.solve(Vec.zeros(m + 1)));
        assertThrows(DimensionMismatchException.class, () -> svd.solve(Dense.zeros(m + 1, 2)));
    }

    /**
     * Scaling A and b by 2^-1016 leaves x unchanged, also where the smallest singular values fall
     * below 1 / MAX_VALUE (so their reciprocals overflow) while x is of order one: against the
     * unscaled solution within the bound of {@link #solveAgreesWithPivotedQr} (elements that turn
     * subnormal lose less than {@code 2^-59 ||A||}, below the unit roundoff of A). Likewise the
     * pseudo-inverse of the scaled A is {@code 2^1016} times A's where it is in range.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void solveAndPseudoInverseAreScaleInvariantDownToSubnormalSingularValues(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int[] sh = shape(g);
        int m = Math.max(1, sh[0]);
        int n = Math.max(1, sh[1]);
        double cond = Math.pow(10, 3 + g.random().nextDouble()); // s_min 2^-1016 / cond < 1 / MAX_VALUE
        double t = 0x1p-1016;
        Dense a = g.withCondition(m, n, cond);
        Vec b = g.uniformVec(m);
        Vec x = SVD.of(a).solve(b);
        Vec xt = SVD.of(a.scale(t)).solve(b.scale(t));
        double rnorm = a.times(x).minus(b).norm2();
        double bound =
                C * Math.max(m, n) * U * (2 * cond + cond * cond * rnorm / (a.norm(Norm.TWO) * x.norm2())) * x.norm2();
        String ctx = m + "x" + n + " cond " + cond + " seed " + seed;
        assertTrue(
                xt.minus(x).norm2() <= bound,
                "solve " + ctx + ": " + xt.minus(x).norm2() + " > " + bound);
        // pinv(A t) = pinv(A) / t: in range for t = 2^-1000 (entries up to cond 2^1000 < MAX_VALUE)
        double tp = 0x1p-1000;
        Dense p = a.pinv();
        Dense pt = a.scale(tp).pinv().scale(tp);
        assertTrue(
                pt.minus(p).norm(Norm.TWO) <= C * Math.max(m, n) * U * cond * cond,
                "pinv " + ctx + ": " + pt.minus(p).norm(Norm.TWO));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void nullSpaceIsOrthonormalAndAnnihilated(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int[] sh = shape(g);
        int m = Math.max(1, sh[0]);
        int n = Math.max(1, sh[1]);
        int r = g.random().nextInt(Math.min(m, n) + 1);
        Dense a = g.rankDeficient(m, n, r);
        SVD svd = SVD.of(a, SVD.Kind.FULL);
        Dense ns = svd.nullSpace();
        assertEquals(n, ns.rows());
        assertEquals(n - r, ns.cols(), "seed " + seed);
        if (ns.cols() > 0) {
            checkOrthonormal(ns, "null space seed " + seed);
            assertTrue(a.times(ns).norm(Norm.TWO) <= C * Math.max(m, n) * U, "A N seed " + seed);
        }
        if (m < n) {
            assertThrows(IllegalStateException.class, () -> SVD.of(a).nullSpace());
        }
    }

    /**
     * An integer matrix B times 2^k is exact for k = 1020 (elements up to 2^1023, singular values
     * beyond MAX_VALUE) and k = -1066 (every element subnormal, singular values with a few
     * significant bits): rank, cond and tolerance of {@code 2^k B} are those of B scaled, to the
     * rounding of B's decomposition ({@code C max(m, n) u cond}), and so is the pseudo-inverse
     * where it is in range (k = 1020), up to the spacing {@code 2^-1074} of its subnormal elements
     * scaled back.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void rankCondAndPseudoInverseSurviveOverflowAndUnderflowOfTheSingularValues(long seed) {
        SplittableRandom r = new MatrixGen(seed).random();
        int m = 1 + r.nextInt(30);
        int n = r.nextInt(2) == 0 ? Math.max(4, m) + r.nextInt(6) : 4 + r.nextInt(30);
        if (r.nextBoolean()) {
            int t = m;
            m = n;
            n = t;
        }
        Dense b = Dense.zeros(m, n);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                b.set(i, j, i == 0 || j == 0 ? 8 : r.nextInt(17) - 8); // s_0 >= 8 sqrt(max(m, n)) >= 16
            }
        }
        if (m > 2 && r.nextBoolean()) { // exactly rank deficient: a repeated row
            for (int j = 0; j < n; j++) {
                b.set(m - 1, j, b.get(1, j));
            }
        }
        SVD ref = SVD.of(b);
        int p = Math.min(m, n);
        int rank = ref.rank();
        double[] sb = ref.values().toArray();
        for (int k : new int[] {1020, -1066}) {
            Dense a = b.scale(Math.scalb(1.0, k));
            SVD svd = SVD.of(a);
            String ctx = m + "x" + n + " rank " + rank + " times 2^" + k + ", seed " + seed;
            if (k > 0) {
                assertEquals(Double.POSITIVE_INFINITY, svd.norm2(), ctx + ": s_0 overflows");
            }
            assertEquals(rank, svd.rank(), ctx + ": rank");
            assertEquals(rank, a.rank(), ctx + ": Dense.rank");
            double tol = Math.scalb(ref.tolerance(), k);
            assertEquals(tol, svd.tolerance(), C * Math.max(m, n) * U * tol + Double.MIN_VALUE, ctx + ": tolerance");
            if (rank < p) {
                continue;
            }
            double cond = sb[0] / sb[p - 1];
            assertEquals(cond, svd.cond(), C * Math.max(m, n) * U * cond * cond, ctx + ": cond");
            if (k < 0) {
                continue; // pinv(2^k B) = 2^-k pinv(B) overflows
            }
            Dense pb = ref.pinv();
            Dense pa = svd.pinv().scale(Math.scalb(1.0, k));
            double bound =
                    C * Math.max(m, n) * U * cond * pb.norm(Norm.TWO) + Math.scalb(Math.sqrt((double) m * n), k - 1074);
            double err = pa.minus(pb).norm(Norm.TWO);
            assertTrue(err <= bound, ctx + ": ||2^k pinv(2^k B) - pinv(B)|| = " + err + " > " + bound);
        }
    }

    @Test
    void denseNormCondAndRankComeFromTheSvd() {
        Dense a = Dense.of(2, 2, 3, 0, 4, 5); // singular values sqrt(45), sqrt(5)
        assertEquals(Math.sqrt(45), a.norm(Norm.TWO), 4 * U * Math.sqrt(45));
        assertEquals(3.0, a.cond(), 12 * U);
        assertEquals(2, a.rank());
        assertEquals(0.0, Dense.zeros(0, 3).norm(Norm.TWO));
        assertEquals(1.0, Dense.zeros(3, 0).cond());
        assertTrue(Double.isNaN(Dense.of(1, 2, 1, Double.NaN).norm(Norm.TWO)));
        assertEquals(
                Double.POSITIVE_INFINITY,
                Dense.of(1, 2, 1, Double.NEGATIVE_INFINITY).norm(Norm.TWO));
        assertEquals(a.pinv(), a.svd().pinv());
    }

    @Test
    void emptyShapes() {
        for (int[] s : MatrixGen.EDGE_SHAPES) {
            Dense a = Dense.zeros(s[0], s[1]);
            SVD full = SVD.of(a, SVD.Kind.FULL);
            assertEquals(Dense.identity(s[0]), full.u().slice(0, s[0], 0, s[0]).copy(), "U " + s[0] + "x" + s[1]);
            assertEquals(s[1], full.v().cols());
            assertEquals(Math.min(s[0], s[1]), SVD.of(a).values().length());
            assertEquals(0, a.rank());
            assertEquals(s[1], a.pinv().rows());
            assertEquals(s[0], a.pinv().cols());
        }
    }

    @Test
    void badInputIsRejected() {
        assertThrows(NullPointerException.class, () -> SVD.of(null));
        assertThrows(NullPointerException.class, () -> SVD.of(Dense.zeros(2, 2), null));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> SVD.of(Dense.of(2, 2, 1, 2, Double.NaN, 4)));
        assertTrue(e.getMessage().contains("(1, 0)"), e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> Dense.of(1, 2, 1, Double.POSITIVE_INFINITY).rank());
        SVD values = SVD.of(Dense.identity(3), SVD.Kind.VALUES);
        assertThrows(IllegalStateException.class, values::u);
        assertThrows(IllegalStateException.class, values::v);
        assertThrows(IllegalStateException.class, values::pinv);
        assertThrows(IllegalStateException.class, () -> values.solve(Vec.zeros(3)));
        assertThrows(IllegalArgumentException.class, () -> values.rank(-1));
        assertThrows(IllegalArgumentException.class, () -> values.rank(Double.NaN));
    }

    @Test
    void resultsAreIndependentCopies() {
        SVD svd = SVD.of(Dense.of(2, 2, 1, 2, 3, 4));
        Dense u = svd.u();
        u.set(0, 0, 42);
        assertTrue(svd.u().get(0, 0) != 42);
        Vec s = svd.values();
        s.set(0, 42);
        assertTrue(svd.values().get(0) != 42);
    }

    /** The classic matrices of the shared dense oracles against mpmath's singular values. */
    @Test
    void classicMatricesAgainstMpmath() {
        Map<String, List<String[]>> entries = new LinkedHashMap<>();
        for (String[] row : CsvResource.rows("/reference/svd/dense_matrices.csv")) {
            entries.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row);
        }
        Map<String, List<Double>> sigma = new LinkedHashMap<>();
        for (String[] row : CsvResource.rows("/reference/svd/dense_singular_values.csv")) {
            sigma.computeIfAbsent(row[0], k -> new ArrayList<>()).add(Double.parseDouble(row[3]));
        }
        assertTrue(sigma.size() >= 15, "reference matrices: " + sigma.size());
        for (var e : entries.entrySet()) {
            int n = Integer.parseInt(e.getValue().get(0)[1]);
            Dense a = Dense.zeros(n, n);
            for (String[] row : e.getValue()) {
                a.set(Integer.parseInt(row[2]), Integer.parseInt(row[3]), Double.parseDouble(row[4]));
            }
            SVD svd = checked(a, e.getKey());
            List<Double> ref = sigma.get(e.getKey());
            double bound = C * n * U * ref.get(0);
            for (int i = 0; i < n; i++) {
                assertEquals(ref.get(i), svd.values().get(i), bound, e.getKey() + " sigma_" + i);
            }
            assertEquals(ref.get(0), a.norm(Norm.TWO), bound, e.getKey() + " norm 2");
        }
    }

    /**
     * Upper bidiagonal input keeps every singular value to high relative accuracy through the
     * driver (its reduction to bidiagonal form is then the identity; the lower bidiagonal, which
     * Householder reduction mixes, has this guarantee only through {@code Lapack.bdsqr}, checked by
     * the conformance driver).
     */
    @Test
    void bidiagonalInputToHighRelativeAccuracy() {
        Map<Integer, List<String[]>> cases = new LinkedHashMap<>();
        for (String[] row : CsvResource.rows("/reference/svd/graded_bidiagonal.csv")) {
            cases.computeIfAbsent(Integer.parseInt(row[0]), k -> new ArrayList<>())
                    .add(row);
        }
        for (var c : cases.entrySet()) {
            int n = Integer.parseInt(c.getValue().get(0)[1]);
            Dense b = Dense.zeros(n, n);
            double[] sigma = new double[n];
            for (String[] row : c.getValue()) {
                int i = Integer.parseInt(row[3]);
                double v = Double.parseDouble(row[4]);
                switch (row[2]) {
                    case "d" -> b.set(i, i, v);
                    case "e" -> b.set(i, i + 1, v);
                    default -> sigma[i] = v;
                }
            }
            for (SVD.Kind kind : new SVD.Kind[] {SVD.Kind.VALUES, SVD.Kind.THIN}) {
                double[] s = SVD.of(b, kind).values().toArray();
                for (int i = 0; i < n; i++) {
                    double rel = Math.abs(s[i] - sigma[i]) / sigma[i];
                    assertTrue(
                            rel <= C * n * U,
                            "case " + c.getKey() + " " + kind + " sigma_" + i + ": relative error " + rel);
                }
            }
        }
    }
}
