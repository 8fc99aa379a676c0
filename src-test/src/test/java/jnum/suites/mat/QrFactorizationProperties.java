package jnum.suites.mat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.SplittableRandom;
import jnum.mat.Dense;
import jnum.mat.DimensionMismatchException;
import jnum.mat.LQ;
import jnum.mat.PivotedQR;
import jnum.mat.QR;
import jnum.mat.SingularMatrixException;
import jnum.mat.Vec;
import jnum.testkit.MatrixGen;
import jnum.testkit.QrConformance;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The user-level orthogonal factorizations {@link QR}, {@link PivotedQR} and {@link LQ}: factors
 * reproduce A on every matrix family and layout (views with offsets, padding and transposed
 * storage), inputs stay untouched, and the solvers meet the bounds of a backward-stable method.
 *
 * <p>Least-squares check (Higham, <i>Accuracy and Stability</i>, 20.2): a backward-stable solver
 * returns the exact solution for {@code A + dA}, {@code b + db} with {@code ||dA|| <= e ||A||},
 * {@code ||db|| <= e ||b||}, which gives {@code ||A^T r|| <= e ||A|| (2 ||b|| + ||A|| ||x||)} for
 * {@code r = b - A x}, whatever the conditioning; checked with {@code e = 30 max(m, n) u} and
 * Frobenius norms.
 */
class QrFactorizationProperties {
    private static final double U = Tolerance.U;

    // ---- Factors ---------------------------------------------------------------------------------

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void qrFactorsReproduceTheMatrix(long seed) {
        MatrixGen gen = new MatrixGen(seed);
        int m = gen.size(90);
        int n = gen.size(90);
        for (QrConformance.Family family : QrConformance.Family.values()) {
            Dense a0 = Dense.wrap(QrConformance.matrix(gen, family, m, n), 0, Math.max(1, m), m, n);
            Dense a = gen.view(a0);
            Dense before = a.copy();
            QR qr = a.qr();
            assertEquals(before, a, "qr modified its input");
            assertTrue(MatrixGen.outsideIsNaN(a));
            String what = "QR " + family + " " + m + "x" + n + " seed " + seed;
            Dense q = qr.q();
            Dense r = qr.r();
            assertEquals(Math.min(m, n), q.cols(), what);
            assertUpperTrapezoid(r, what);
            checkProduct(a0, q.times(r), what);
            QrConformance.checkOrthonormalColumns(q.copy().array(), m, q.cols(), what + " q()");
            Dense qFull = qr.qFull();
            QrConformance.checkOrthonormalColumns(qFull.copy().array(), m, m, what + " qFull()");
            // the thin and the full Q are formed separately: they agree to the orthogonality level
            assertTrue(
                    q.equalsWithin(qFull.slice(0, m, 0, q.cols()), 30 * Math.max(1, m) * U),
                    what + ": q() is the start of qFull()");
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void lqFactorsReproduceTheMatrix(long seed) {
        MatrixGen gen = new MatrixGen(seed);
        int m = gen.size(90);
        int n = gen.size(90);
        for (QrConformance.Family family : QrConformance.Family.values()) {
            Dense a0 = Dense.wrap(QrConformance.matrix(gen, family, m, n), 0, Math.max(1, m), m, n);
            Dense a = gen.view(a0);
            Dense before = a.copy();
            LQ lq = a.lq();
            assertEquals(before, a, "lq modified its input");
            String what = "LQ " + family + " " + m + "x" + n + " seed " + seed;
            Dense l = lq.l();
            Dense q = lq.q();
            assertUpperTrapezoid(l.t(), what);
            checkProduct(a0, l.times(q), what);
            QrConformance.checkOrthonormalColumns(q.t().copy().array(), n, q.rows(), what + " q()");
            QrConformance.checkOrthonormalColumns(lq.qFull().t().copy().array(), n, n, what + " qFull()");
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void pivotedQrRevealsTheRank(long seed) {
        MatrixGen gen = new MatrixGen(seed);
        int m = 1 + gen.size(80);
        int n = 1 + gen.size(80);
        int p = Math.min(m, n);
        int rank = gen.random().nextInt(p + 1);
        Dense a = gen.view(gen.rankDeficient(m, n, rank));
        Dense before = a.copy();
        PivotedQR pqr = QR.pivoted(a);
        assertEquals(before, a, "pivoted modified its input");
        String what = "pivoted " + m + "x" + n + " rank " + rank + " seed " + seed;
        assertEquals(rank, pqr.rank(), what + ": rank() at the default tolerance " + pqr.tolerance());
        assertEquals(rank, pqr.rank(1e-8), what + ": rank(1e-8)");
        assertEquals(rank, a.rank(), what + ": Dense.rank()");
        assertEquals(0, pqr.rank(Double.POSITIVE_INFINITY));
        int[] perm = pqr.permutation();
        Dense ap = Dense.zeros(m, n);
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < m; i++) {
                ap.set(i, j, a.get(i, perm[j]));
            }
        }
        Dense r = pqr.r();
        checkProduct(ap, pqr.q().times(r), what);
        for (int i = 0; i + 1 < p; i++) {
            double next = Math.abs(r.get(i + 1, i + 1));
            assertTrue(
                    next <= Math.abs(r.get(i, i)) * (1 + 1e-6) + 30 * Math.max(m, n) * U, what + ": diagonal at " + i);
        }
    }

    // ---- Least squares ---------------------------------------------------------------------------

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void qrSolveSatisfiesTheNormalEquations(long seed) {
        MatrixGen gen = new MatrixGen(seed);
        int n = 1 + gen.size(60);
        int m = n + gen.size(60);
        int nrhs = 1 + gen.random().nextInt(4);
        double cond = Math.pow(10, gen.random().nextDouble(0, 10));
        Dense a = gen.view(gen.withCondition(m, n, cond));
        Dense b = gen.view(gen.uniform(m, nrhs));
        Dense before = b.copy();
        QR qr = a.qr();
        Dense x = qr.solve(b);
        assertEquals(before, b, "solve modified b");
        assertEquals(n, x.rows());
        for (int j = 0; j < nrhs; j++) {
            checkNormalEquations(a, x.column(j), b.column(j), "QR.solve cond " + cond + " seed " + seed);
        }
        // the one-column solve may run on other kernels than the block solve (per-call dispatch),
        // so it is held to the same theory-based check, not to bitwise agreement
        Vec xv = qr.solve(b.column(0));
        checkNormalEquations(a, xv, b.column(0), "QR.solve(Vec) cond " + cond + " seed " + seed);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void pivotedSolveIsTheMinimumNormSolution(long seed) {
        MatrixGen gen = new MatrixGen(seed);
        SplittableRandom rnd = gen.random();
        int m = 1 + gen.size(60);
        int n = 1 + gen.size(60);
        int rank = 1 + rnd.nextInt(Math.min(m, n));
        // A = B C with B (m x r) and C (r x n) of full rank: null(A) = null(C), row space = range(C^T)
        Dense c = gen.uniform(rank, n);
        Dense a = gen.uniform(m, rank).times(c);
        Vec b = gen.uniformVec(m);
        String what = "pivoted min-norm " + m + "x" + n + " rank " + rank + " seed " + seed;
        PivotedQR pqr = QR.pivoted(gen.view(a));
        assertEquals(rank, pqr.rank(), what);
        Vec x = pqr.solve(gen.view(b));
        checkNormalEquations(a, x, b, what);
        // x lies in range(C^T): its component orthogonal to that range is at the rounding level
        double[] outside = outsideRange(c.t(), x);
        double scale = 30 * Math.max(m, n) * U * x.norm2() * condEstimate(pqr, rank);
        assertTrue(norm2(outside) <= scale, what + ": component in the null space " + norm2(outside) + " > " + scale);
        // and the explicit form agrees with the solve at the same tolerance
        Dense xs = pqr.solve(Dense.wrap(b.toArray(), 0, m, m, 1), pqr.tolerance());
        for (int i = 0; i < n; i++) {
            assertEquals(x.get(i), xs.get(i, 0), 0.0);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void lqSolveIsTheMinimumNormSolution(long seed) {
        MatrixGen gen = new MatrixGen(seed);
        int m = 1 + gen.size(60);
        int n = m + gen.size(60);
        double cond = Math.pow(10, gen.random().nextDouble(0, 6));
        Dense a = gen.withCondition(m, n, cond);
        Vec b = gen.uniformVec(m);
        String what = "LQ.solve " + m + "x" + n + " cond " + cond + " seed " + seed;
        Vec x = gen.view(a).lq().solve(gen.view(b));
        // consistent system: A x = b to the backward-error level
        Vec res = b.minus(a.times(x));
        double bound = 30 * Math.max(m, n) * U * (frobenius(a) * x.norm2() + b.norm2());
        assertTrue(res.norm2() <= bound, what + ": ||b - A x|| = " + res.norm2() + " > " + bound);
        // minimum norm: x in the row space of A
        double[] outside = outsideRange(a.t(), x);
        double scale = 30 * Math.max(m, n) * U * cond * x.norm2();
        assertTrue(norm2(outside) <= scale, what + ": component in the null space " + norm2(outside) + " > " + scale);
    }

    // ---- Errors ----------------------------------------------------------------------------------

    @Test
    void badInputsGiveClearExceptions() {
        Dense wide = Dense.of(2, 3, 1, 2, 3, 4, 5, 6);
        Dense tall = wide.t().copy();
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> wide.qr().solve(Vec.of(1, 2)));
        assertTrue(e.getMessage().startsWith("solve:") && e.getMessage().contains("2x3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> tall.lq().solve(Vec.of(1, 2, 3)));
        DimensionMismatchException d =
                assertThrows(DimensionMismatchException.class, () -> tall.qr().solve(Vec.of(1, 2)));
        assertTrue(d.getMessage().contains("3x2"), d.getMessage());
        assertThrows(DimensionMismatchException.class, () -> wide.lq().solve(Dense.zeros(3, 1)));
        assertThrows(NullPointerException.class, () -> QR.of(null));
        assertThrows(NullPointerException.class, () -> tall.qr().solve((Vec) null));
        assertThrows(IllegalArgumentException.class, () -> QR.pivoted(tall).rank(-1));
        assertThrows(IllegalArgumentException.class, () -> QR.pivoted(tall).rank(Double.NaN));
        // exactly rank-deficient: the second column is twice the first
        Dense deficient = Dense.of(3, 2, 1, 2, 2, 4, 3, 6);
        SingularMatrixException s =
                assertThrows(SingularMatrixException.class, () -> deficient.qr().solve(Vec.of(1, 1, 1)));
        assertEquals(1, s.index());
        assertTrue(s.getMessage().contains("rank-deficient"), s.getMessage());
        assertEquals(1, deficient.rank());
        assertThrows(SingularMatrixException.class, () -> deficient.t().lq().solve(Vec.of(1, 1)));
        // the pivoted solve gives the minimum-norm solution instead: x = (1, 2) t with 14 t = 1 + 2 + 3
        Vec x = QR.pivoted(deficient).solve(Vec.of(1, 1, 1));
        assertEquals(6.0 / 70, x.get(0), 1e-15);
        assertEquals(12.0 / 70, x.get(1), 1e-15);
    }

    @Test
    void emptyMatricesFactor() {
        for (int[] s : MatrixGen.EDGE_SHAPES) {
            Dense a = Dense.zeros(s[0], s[1]);
            QR qr = a.qr();
            assertEquals(Math.min(s[0], s[1]), qr.q().cols());
            assertEquals(0, a.rank());
            assertEquals(s[1], QR.pivoted(a).solve(Vec.zeros(s[0])).length());
            assertEquals(s[0], a.lq().l().rows());
        }
        assertEquals(Vec.zeros(3), Dense.zeros(0, 3).lq().solve(Vec.zeros(0)));
        assertEquals(0, Dense.zeros(3, 0).qr().solve(Vec.of(1, 2, 3)).length());
    }

    // ---- Helpers ---------------------------------------------------------------------------------

    private static void assertUpperTrapezoid(Dense r, String what) {
        for (int j = 0; j < r.cols(); j++) {
            for (int i = j + 1; i < r.rows(); i++) {
                if (r.get(i, j) != 0) {
                    fail(what + ": R(" + i + "," + j + ") = " + r.get(i, j) + " below the diagonal");
                }
            }
        }
    }

    /** {@code ||A - product||_1 / (max(m, n) u ||A||_1) < 30}. */
    private static void checkProduct(Dense a, Dense product, String what) {
        int m = a.rows();
        int n = a.cols();
        double anorm = QrConformance.norm1(a.copy().array(), m, n);
        double resid = QrConformance.norm1(a.minus(product).copy().array(), m, n);
        if (!(resid <= 30 * Math.max(m, n) * U * anorm)) {
            fail(what + ": ||A - QR|| / (max(m,n) u ||A||) = " + resid / (Math.max(m, n) * U * anorm));
        }
    }

    private static void checkNormalEquations(Dense a, Vec x, Vec b, String what) {
        int m = a.rows();
        int n = a.cols();
        double[] r = new double[m];
        for (int i = 0; i < m; i++) {
            double s = b.get(i);
            for (int j = 0; j < n; j++) {
                s -= a.get(i, j) * x.get(j);
            }
            r[i] = s;
        }
        double[] atr = new double[n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < m; i++) {
                atr[j] += a.get(i, j) * r[i];
            }
        }
        double fa = frobenius(a);
        double bound = 30 * Math.max(m, n) * U * fa * (2 * b.norm2() + fa * x.norm2());
        if (!(norm2(atr) <= bound)) {
            fail(what + ": ||A^T r|| = " + norm2(atr) + " > " + bound);
        }
    }

    /**
     * The part of x outside the column range of {@code basis} (n x r, full column rank), by modified
     * Gram-Schmidt applied twice to the columns of basis (written here, independent of the QR code).
     */
    private static double[] outsideRange(Dense basis, Vec x) {
        int n = basis.rows();
        int r = basis.cols();
        double[][] q = new double[r][n];
        for (int k = 0; k < r; k++) {
            for (int i = 0; i < n; i++) {
                q[k][i] = basis.get(i, k);
            }
            for (int pass = 0; pass < 2; pass++) {
                for (int l = 0; l < k; l++) {
                    double d = dot(q[l], q[k]);
                    for (int i = 0; i < n; i++) {
                        q[k][i] -= d * q[l][i];
                    }
                }
            }
            double norm = norm2(q[k]);
            for (int i = 0; i < n; i++) {
                q[k][i] /= norm;
            }
        }
        double[] y = x.toArray();
        for (int pass = 0; pass < 2; pass++) {
            for (int k = 0; k < r; k++) {
                double d = dot(q[k], y);
                for (int i = 0; i < n; i++) {
                    y[i] -= d * q[k][i];
                }
            }
        }
        return y;
    }

    /** |R(0,0)| / |R(r-1,r-1)|: within a modest factor of cond of the rank-r part. */
    private static double condEstimate(PivotedQR pqr, int rank) {
        Dense r = pqr.r();
        return Math.abs(r.get(0, 0)) / Math.abs(r.get(rank - 1, rank - 1));
    }

    private static double dot(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }

    private static double norm2(double[] x) {
        return Math.sqrt(dot(x, x));
    }

    private static double frobenius(Dense a) {
        double s = 0;
        for (int j = 0; j < a.cols(); j++) {
            for (int i = 0; i < a.rows(); i++) {
                s += a.get(i, j) * a.get(i, j);
            }
        }
        return Math.sqrt(s);
    }
}
