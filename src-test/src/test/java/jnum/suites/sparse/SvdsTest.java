package jnum.suites.sparse;

import static jnum.suites.sparse.EigensolversTest.MM;
import static jnum.suites.sparse.EigensolversTest.basis;
import static jnum.suites.sparse.EigensolversTest.csr;
import static jnum.suites.sparse.EigensolversTest.lines;
import static jnum.suites.sparse.EigensolversTest.orthogonalityLoss;
import static jnum.suites.sparse.EigensolversTest.residualBound;
import static jnum.suites.sparse.EigensolversTest.triplets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import jnum.mat.Dense;
import jnum.mat.DimensionMismatchException;
import jnum.mat.SVD;
import jnum.mat.Vec;
import jnum.mat.io.MatrixMarket;
import jnum.mat.sparse.Csr;
import jnum.mat.sparse.LinearOperator;
import jnum.mat.sparse.linalg.EigenSettings;
import jnum.mat.sparse.linalg.EigenStatus;
import jnum.mat.sparse.linalg.Eigensolvers;
import jnum.mat.sparse.linalg.SvdResult;
import jnum.testkit.MatrixGen;
import jnum.testkit.SparseGen;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code svds} (restarted Lanczos bidiagonalization) against the dense SVD of the same matrix,
 * against numpy's SVD of the SuiteSparse matrices ({@code resources/sparse/eigen/reference.py}),
 * and against singular values fixed by construction. Every result must have, with {@code s} the
 * basis size, {@code r} the restarts and {@code tol} the requested tolerance:
 *
 * <ul>
 *   <li>residual {@code sqrt(||A v - s u||^2 + ||A^T u - s v||^2) <= (tol + 30 s eps (1 + r)) ||A||},
 *       computed from the triplets, independently of the code under test;
 *   <li>each singular value within that residual bound of the reference (a singular value of A
 *       lies within the residual of any unit pair), plus the reference's own error of
 *       {@code 30 max(m, n) eps ||A||};
 *   <li>{@code ||U^T U - I||} and {@code ||V^T V - I||} at most {@code 30 s eps}.
 * </ul>
 *
 * The bound is absolute, in units of {@code ||A||}: the method never squares the matrix, so a
 * singular value {@code 1e-8 ||A||} is found to a relative accuracy of about {@code 1e-4} or
 * better, where Lanczos on {@code A^T A} (absolute error {@code eps ||A||^2} in {@code s^2}) gives
 * no correct digit.
 */
class SvdsTest {

    private static final double EPS = Tolerance.EPS;

    /** Checks one result against {@code expected} (descending); returns the worst value error. */
    private static double assertTriplets(
            SparseGen.Triplets t, SvdResult r, double[] expected, double tol, double norm, String what) {
        int k = expected.length;
        assertEquals(EigenStatus.CONVERGED, r.status(), what + ": " + r);
        assertEquals(k, r.values().length(), what);
        assertEquals(t.m(), r.u().rows(), what);
        assertEquals(t.n(), r.v().rows(), what);
        int s = basis(k, Math.min(t.m(), t.n()));
        double bound = residualBound(tol, s, r.restarts()) * norm;
        double reference = 30 * Math.max(t.m(), t.n()) * EPS * norm;
        double worst = 0;
        for (int j = 0; j < k; j++) {
            double sj = r.values().get(j);
            if (j > 0) {
                assertTrue(sj <= r.values().get(j - 1), what + ": values not descending");
            }
            double[] av = new double[t.m()];
            double[] atu = new double[t.n()];
            for (int p = 0; p < t.values().length; p++) {
                av[t.rows()[p]] += t.values()[p] * r.v().get(t.cols()[p], j);
                atu[t.cols()[p]] += t.values()[p] * r.u().get(t.rows()[p], j);
            }
            double res = 0;
            for (int i = 0; i < t.m(); i++) {
                res += Math.pow(av[i] - sj * r.u().get(i, j), 2);
            }
            for (int i = 0; i < t.n(); i++) {
                res += Math.pow(atu[i] - sj * r.v().get(i, j), 2);
            }
            res = Math.sqrt(res);
            assertTrue(res <= bound, what + ": residual " + res + " > " + bound + " for triplet " + j);
            assertEquals(res, r.residualNorms().get(j), 1e-3 * res + 30 * EPS * norm, what + ": reported residual");
            double error = Math.abs(sj - expected[j]);
            assertTrue(
                    error <= bound + reference,
                    what + ": singular value " + j + " = " + sj + ", expected " + expected[j] + ", error " + error
                            + " > " + (bound + reference));
            worst = Math.max(worst, error);
        }
        assertTrue(orthogonalityLoss(r.u()) <= 30 * s * EPS, what + ": U orthogonality " + orthogonalityLoss(r.u()));
        assertTrue(orthogonalityLoss(r.v()) <= 30 * s * EPS, what + ": V orthogonality " + orthogonalityLoss(r.v()));
        return worst;
    }

    private static SparseGen.Triplets tripletsOf(Dense a) {
        return triplets(Csr.from(a));
    }

    private static double tolerance(SparseGen g) {
        return new double[] {0, 1e-12, 1e-8, 1e-5}[g.random().nextInt(4)];
    }

    /** Random patterns (empty rows and columns, duplicates, tall and wide) against the dense SVD. */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void randomSparseMatricesAgreeWithTheDenseSvd(long seed) {
        SparseGen g = new SparseGen(seed);
        int m = 1 + g.random().nextInt(160);
        int n = 1 + g.random().nextInt(160);
        SparseGen.Triplets t = g.triplets(m, n, g.random().nextDouble(0.01, 0.25));
        int k = 1 + g.random().nextInt(Math.min(Math.min(m, n), 6));
        double tol = tolerance(g);
        double[] expected = SVD.of(Dense.of(t.dense())).values().toArray();
        SvdResult r = Eigensolvers.svds(
                csr(t), csr(t).t(), k, null, EigenSettings.defaults().withTolerance(tol));
        assertTriplets(
                t,
                r,
                Arrays.copyOf(expected, k),
                tol == 0 ? EPS : tol,
                Math.max(expected[0], Double.MIN_NORMAL),
                "seed " + seed + ", " + m + "x" + n + ", k " + k + ", tol " + tol);
    }

    /**
     * The k-th singular value is {@code 1e-8 ||A||} (values geometric from 1 to 1e-8), the others
     * zero: the bidiagonalization ends after about k steps, and what decides the accuracy is
     * rounding alone, which the normal equations would amplify by {@code 1e8}.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void aSingularValueOf1e8TimesTheNormKeepsItsDigits(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int k = 2 + g.random().nextInt(5);
        int m = k + g.random().nextInt(120);
        int n = k + g.random().nextInt(120);
        double[] s = new double[Math.min(m, n)];
        System.arraycopy(MatrixGen.geometric(k, 1e8), 0, s, 0, k);
        checkTinyTrailingValue(g, m, n, k, s, "seed " + seed + ", rank " + k + ", " + m + "x" + n);
    }

    /**
     * Full rank, the k-th singular value {@code 1e-8 ||A||} and the others below it, from
     * {@code 1e-9} down to {@code 1e-12}: well separated from the wanted ones relative to the
     * spread of the rest, so a few cycles resolve it.
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void aSingularValueOf1e8TimesTheNormInAFullRankMatrix(long seed) {
        MatrixGen g = new MatrixGen(seed);
        int k = 2 + g.random().nextInt(5);
        int m = k + 1 + g.random().nextInt(150);
        int n = k + 1 + g.random().nextInt(150);
        int p = Math.min(m, n);
        double[] s = new double[p];
        System.arraycopy(MatrixGen.geometric(k, 1e8), 0, s, 0, k);
        double[] tail = MatrixGen.geometric(p - k, 1e3);
        for (int i = k; i < p; i++) {
            s[i] = 1e-9 * tail[i - k];
        }
        checkTinyTrailingValue(g, m, n, k, s, "seed " + seed + ", full rank, " + m + "x" + n + ", k " + k);
    }

    private static void checkTinyTrailingValue(MatrixGen g, int m, int n, int k, double[] s, String what) {
        Dense a = g.withSingularValues(m, n, s);
        SparseGen.Triplets t = tripletsOf(a);
        SvdResult r = Eigensolvers.svds(Csr.from(a), k);
        // the construction's own rounding moves the singular values by about p eps
        double worst = assertTriplets(t, r, Arrays.copyOf(s, k), EPS, 1, what);
        double relative = Math.abs(r.values().get(k - 1) - s[k - 1]) / s[k - 1];
        double allowed =
                (residualBound(EPS, basis(k, Math.min(m, n)), r.restarts()) + 30 * Math.max(m, n) * EPS) / s[k - 1];
        assertTrue(relative <= allowed, what + ": relative error " + relative + " of 1e-8 > " + allowed);
        assertTrue(worst <= 1e-4 * s[k - 1], what + ": error " + worst + " of the values, 1e-4 of the smallest");
    }

    /** Tall and wide permuted, signed diagonals: singular values known exactly. */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void permutedSignedDiagonalRectangles(long seed) {
        SparseGen g = new SparseGen(seed);
        int rows = 1 + g.random().nextInt(200);
        int cols = 1 + g.random().nextInt(200);
        int p = Math.min(rows, cols);
        int k = 1 + g.random().nextInt(Math.min(p, 6));
        int[] rp = shuffled(g, rows);
        int[] cp = shuffled(g, cols);
        double[] s = new double[p];
        double[] v = new double[p];
        for (int i = 0; i < p; i++) {
            s[i] = (i + g.random().nextDouble(0.1, 0.9)) / p * 10;
            v[i] = g.random().nextBoolean() ? s[i] : -s[i];
        }
        SparseGen.Triplets t = new SparseGen.Triplets(rows, cols, Arrays.copyOf(rp, p), Arrays.copyOf(cp, p), v);
        double[] desc = s.clone();
        Arrays.sort(desc);
        double[] expected = new double[k];
        for (int j = 0; j < k; j++) {
            expected[j] = desc[p - 1 - j];
        }
        SvdResult r = Eigensolvers.svds(csr(t), k);
        assertTriplets(t, r, expected, EPS, desc[p - 1], "seed " + seed + ", " + rows + "x" + cols + ", k " + k);
    }

    private static int[] shuffled(SparseGen g, int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = g.random().nextInt(i + 1);
            int x = a[i];
            a[i] = a[j];
            a[j] = x;
        }
        return a;
    }

    @TestFactory
    Stream<DynamicTest> suiteSparseSingularValuesAgreeWithNumpy() throws IOException {
        return lines("svds.txt").stream()
                .map(f -> DynamicTest.dynamicTest(f[0] + " " + f[1], () -> {
                    Csr a = MatrixMarket.readSparse(MM.resolve(f[0]));
                    int k = Integer.parseInt(f[1]);
                    double[] expected = Arrays.stream(f, 2, 2 + k)
                            .mapToDouble(Double::parseDouble)
                            .toArray();
                    assertTriplets(triplets(a), Eigensolvers.svds(a, k), expected, EPS, expected[0], f[0]);
                }));
    }

    /** More Matrix Market matrices against jnum's dense SVD, with a larger k. */
    @TestFactory
    Stream<DynamicTest> matrixMarketAgainstTheDenseSvd() {
        return Stream.of("west0067.mtx", "LFAT5.mtx", "can___24.mtx", "bcspwr01.mtx", "rza.mtx", "gent113.mtx")
                .map(file -> DynamicTest.dynamicTest(file, () -> {
                    Csr a = MatrixMarket.readSparse(MM.resolve(file));
                    double[] expected = SVD.of(a.toDense()).values().toArray();
                    int k = Math.min(10, expected.length - 1);
                    assertTriplets(
                            triplets(a), Eigensolvers.svds(a, k), Arrays.copyOf(expected, k), EPS, expected[0], file);
                }));
    }

    @Test
    void rankDeficiencyGivesZerosWithOrthonormalVectors() {
        // rank 2, k = 4: two exact zeros, whose vectors must still complete orthonormal sets
        Dense a = new MatrixGen(7).withSingularValues(30, 12, new double[] {3, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        SvdResult r = Eigensolvers.svds(Csr.from(a), 4);
        assertTriplets(tripletsOf(a), r, new double[] {3, 1, 0, 0}, EPS, 3, "rank 2");
        Csr zero = Csr.from(Dense.zeros(5, 3));
        assertTriplets(triplets(zero), Eigensolvers.svds(zero, 3), new double[3], EPS, Double.MIN_NORMAL, "zero");
    }

    @Test
    void wholeSpaceAndTinyMatrices() {
        for (int m = 1; m <= 4; m++) {
            for (int n = 1; n <= 4; n++) {
                Dense a = new MatrixGen(31L * m + n).uniform(m, n);
                double[] expected = SVD.of(a).values().toArray();
                int k = Math.min(m, n);
                assertTriplets(
                        tripletsOf(a), Eigensolvers.svds(Csr.from(a), k), expected, EPS, expected[0], m + "x" + n);
            }
        }
    }

    @Test
    void aMatrixFreeOperatorWithAStartVector() {
        // the m x n upper bidiagonal matrix with 2 on the diagonal and 1 above, as functions
        int m = 300;
        int n = 200;
        LinearOperator a = LinearOperator.of(m, n, (x, y) -> {
            Arrays.fill(y, 0);
            for (int j = 0; j < n; j++) {
                y[j] += 2 * x[j];
                if (j > 0) {
                    y[j - 1] += x[j];
                }
            }
        });
        LinearOperator aT = LinearOperator.of(n, m, (x, y) -> {
            for (int j = 0; j < n; j++) {
                y[j] = 2 * x[j] + (j > 0 ? x[j - 1] : 0);
            }
        });
        Dense dense = Dense.zeros(m, n);
        for (int j = 0; j < n; j++) {
            dense.set(j, j, 2);
            if (j > 0) {
                dense.set(j - 1, j, 1);
            }
        }
        double[] expected = SVD.of(dense).values().toArray();
        Vec v0 = new MatrixGen(3).uniformVec(n);
        SvdResult r = Eigensolvers.svds(a, aT, 5, v0, EigenSettings.defaults().withSubspaceSize(30));
        assertTriplets(tripletsOf(dense), r, Arrays.copyOf(expected, 5), EPS, expected[0], "bidiagonal operator");
    }

    @Test
    void notConvergedIsAStatusAndProgressIsReported() {
        // the doubled singular values of the square grid's Laplacian with a small basis
        Csr a = csr(SparseGen.poisson(40));
        List<Double> seen = new ArrayList<>();
        SvdResult r = Eigensolvers.svds(
                a,
                a.t(),
                6,
                null,
                EigenSettings.defaults()
                        .withSubspaceSize(8)
                        .withMaxRestarts(1)
                        .withProgress((i, res) -> seen.add(res)));
        assertEquals(EigenStatus.MAX_RESTARTS, r.status(), r.toString());
        assertEquals(1, r.restarts());
        assertEquals(2, seen.size());
        IllegalStateException e = assertThrows(IllegalStateException.class, r::requireConverged);
        assertTrue(e.getMessage().contains("svds") && e.getMessage().contains("MAX_RESTARTS"), e.getMessage());
    }

    @Test
    void nonFiniteProductsAreAStatus() {
        LinearOperator bad = LinearOperator.of(40, 30, (x, y) -> Arrays.fill(y, Double.NaN));
        LinearOperator badT = LinearOperator.of(30, 40, (x, y) -> Arrays.fill(y, Double.NaN));
        SvdResult r = Eigensolvers.svds(bad, badT, 2, null, EigenSettings.defaults());
        assertEquals(EigenStatus.NOT_FINITE, r.status());
        assertThrows(IllegalStateException.class, r::requireConverged);
    }

    @Test
    void badArgumentsAreRejected() {
        Csr a = csr(new SparseGen(2).triplets(8, 5, 0.5));
        EigenSettings d = EigenSettings.defaults();
        assertThrows(IllegalArgumentException.class, () -> Eigensolvers.svds(a, 0));
        assertThrows(IllegalArgumentException.class, () -> Eigensolvers.svds(a, 6));
        assertThrows(DimensionMismatchException.class, () -> Eigensolvers.svds(a, a, 2, null, d));
        assertThrows(DimensionMismatchException.class, () -> Eigensolvers.svds(a, a.t(), 2, Vec.zeros(8), d));
        assertThrows(IllegalArgumentException.class, () -> Eigensolvers.svds(a, a.t(), 2, Vec.zeros(5), d));
        assertThrows(IllegalArgumentException.class, () -> Eigensolvers.svds(a, a.t(), 2, null, d.withSubspaceSize(6)));
        assertThrows(NullPointerException.class, () -> Eigensolvers.svds(null, 1));
        assertThrows(NullPointerException.class, () -> Eigensolvers.svds(a, null, 1, null, d));
        assertThrows(NullPointerException.class, () -> Eigensolvers.svds(a, a.t(), 1, null, null));
    }
}
