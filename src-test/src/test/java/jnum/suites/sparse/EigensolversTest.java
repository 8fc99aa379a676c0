package jnum.suites.sparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import jnum.mat.Dense;
import jnum.mat.DimensionMismatchException;
import jnum.mat.EigenSym;
import jnum.mat.Norm;
import jnum.mat.SingularMatrixException;
import jnum.mat.Vec;
import jnum.mat.io.MatrixMarket;
import jnum.mat.sparse.Coo;
import jnum.mat.sparse.Csr;
import jnum.mat.sparse.LinearOperator;
import jnum.mat.sparse.linalg.EigenResult;
import jnum.mat.sparse.linalg.EigenSettings;
import jnum.mat.sparse.linalg.EigenStatus;
import jnum.mat.sparse.linalg.Eigensolvers;
import jnum.mat.sparse.linalg.SparseCholesky;
import jnum.mat.sparse.linalg.Which;
import jnum.testkit.SparseGen;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sparse eigenpairs against spectra known in closed form (the 2-D Poisson
 * matrix, diagonal matrices), against scipy's {@code eigsh} on the SuiteSparse matrices ({@code resources/sparse/eigen/reference.py}), with
 * the residual {@code ||A x - lambda x|| <= (tol + 30 m eps) ||A||} and the orthogonality
 * {@code ||X^T X - I|| <= 30 m eps} of every result, {@code m} the Lanczos basis size.
 */
class EigensolversTest {

    static final Path MM = Path.of("src-test/src/test/resources/sparse/matrixmarket");
    static final Path REF = Path.of("src-test/src/test/resources/sparse/eigen");
    private static final double EPS = Tolerance.EPS;
    private static final double TOL = 1e-10;

    static Csr csr(SparseGen.Triplets t) {
        return Coo.of(t.m(), t.n(), t.rows(), t.cols(), t.values()).toCsr();
    }

    /** The default basis size of {@link EigenSettings}, for the error bounds. */
    static int basis(int k, int n) {
        int m0 = Math.max(2 * k + 1, 20);
        return n <= 2 * m0 ? n : m0;
    }

    /** {@code max |X^T X - I|} with plain loops. */
    static double orthogonalityLoss(Dense x) {
        double worst = 0;
        for (int a = 0; a < x.cols(); a++) {
            for (int b = 0; b < x.cols(); b++) {
                double s = 0;
                for (int i = 0; i < x.rows(); i++) {
                    s += x.get(i, a) * x.get(i, b);
                }
                worst = Math.max(worst, Math.abs(s - (a == b ? 1 : 0)));
            }
        }
        return worst;
    }

    /** {@code ||A x_j - lambda_j x_j||} from the triplets, independent of the code under test. */
    private static double residual(SparseGen.Triplets t, Dense x, int j, double lambda) {
        double[] r = new double[t.m()];
        for (int p = 0; p < t.values().length; p++) {
            r[t.rows()[p]] += t.values()[p] * x.get(t.cols()[p], j);
        }
        double s = 0;
        for (int i = 0; i < r.length; i++) {
            double d = r[i] - lambda * x.get(i, j);
            s += d * d;
        }
        return Math.sqrt(s);
    }

    /**
     * The residual bound relative to {@code ||A||}: the tolerance on the Ritz estimate, plus the
     * rounding of one Lanczos cycle ({@code m} steps of {@code O(eps ||A||)} each), which every
     * thick restart carries into the next through the kept Ritz vectors.
     */
    static double residualBound(double tol, int m, int restarts) {
        return tol + 30 * m * EPS * (1 + restarts);
    }

    /** Residuals, orthogonality, and the values against {@code expected} (ascending). */
    private static void assertPairs(
            SparseGen.Triplets t, EigenResult r, double[] expected, double tol, double norm, int m, String what) {
        assertEquals(EigenStatus.CONVERGED, r.status(), what + ": " + r);
        assertEquals(expected.length, r.values().length(), what);
        double bound = residualBound(tol, m, r.restarts()) * norm;
        for (int j = 0; j < expected.length; j++) {
            double res = residual(t, r.vectors(), j, r.values().get(j));
            assertTrue(res <= bound, what + ": residual " + res + " > " + bound + " for pair " + j);
            // an exact eigenvalue lies within ||r|| of a Rayleigh quotient with a unit vector
            assertEquals(expected[j], r.values().get(j), res + 30 * m * EPS * norm, what + ": value " + j);
            assertEquals(res, r.residualNorms().get(j), 1e-3 * res + 30 * EPS * norm, what + ": reported residual");
        }
        assertTrue(orthogonalityLoss(r.vectors()) <= 30 * m * EPS, what + ": orthogonality");
    }

    /** The eigenvalues {@code 4 - 2 cos(p pi/(k+1)) - 2 cos(q pi/(k+1))} of the k x k Poisson matrix, ascending. */
    private static double[] poissonSpectrum(int k) {
        double[] ev = new double[k * k];
        double h = Math.PI / (k + 1);
        for (int p = 1; p <= k; p++) {
            for (int q = 1; q <= k; q++) {
                ev[(p - 1) * k + q - 1] = 4 - 2 * Math.cos(p * h) - 2 * Math.cos(q * h);
            }
        }
        Arrays.sort(ev);
        return ev;
    }

    /** The k values of {@code spectrum} (ascending) that {@code which} selects, ascending. */
    private static double[] select(double[] spectrum, int k, Which which) {
        int n = spectrum.length;
        double[] out = new double[k];
        switch (which) {
            case LARGEST_ALGEBRAIC -> System.arraycopy(spectrum, n - k, out, 0, k);
            case SMALLEST_ALGEBRAIC -> System.arraycopy(spectrum, 0, out, 0, k);
            case BOTH_ENDS -> {
                int low = k / 2;
                System.arraycopy(spectrum, 0, out, 0, low);
                System.arraycopy(spectrum, n - (k - low), out, low, k - low);
            }
            case LARGEST_MAGNITUDE, SMALLEST_MAGNITUDE -> {
                Double[] boxed = Arrays.stream(spectrum).boxed().toArray(Double[]::new);
                Arrays.sort(
                        boxed,
                        (a, b) -> which == Which.LARGEST_MAGNITUDE
                                ? Double.compare(Math.abs(b), Math.abs(a))
                                : Double.compare(Math.abs(a), Math.abs(b)));
                for (int j = 0; j < k; j++) {
                    out[j] = boxed[j];
                }
            }
        }
        Arrays.sort(out);
        return out;
    }

    /**
     * The square grid's eigenvalues {@code lambda_pq = lambda_qp} are double: a Krylov space holds
     * one vector of each eigenspace, and the second copy grows only from rounding errors, so the
     * tolerance is the default machine precision (with a loose tolerance ARPACK misses the copies
     * too).
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void poissonEigenvaluesMatchTheClosedForm(long seed) {
        SparseGen g = new SparseGen(seed);
        int grid = 3 + g.random().nextInt(38);
        int k = 1 + g.random().nextInt(6);
        Which which = g.random().nextBoolean() ? Which.LARGEST_ALGEBRAIC : Which.SMALLEST_ALGEBRAIC;
        SparseGen.Triplets t = SparseGen.poisson(grid);
        Csr a = csr(t);
        EigenResult r = Eigensolvers.eigsh(a, k, which);
        String what = "seed " + seed + ", grid " + grid + ", k " + k + ", " + which;
        assertPairs(t, r, select(poissonSpectrum(grid), k, which), EPS, 8, basis(k, grid * grid), what);
    }

    /**
     * Every grid whose order is at most twice the default basis, every k up to 6, both ends: the
     * doubled eigenvalues of the square grid are found twice (a single Krylov sequence would hold
     * one copy; on the 6 x 6 grid with k = 3 it once returned the next eigenvalue instead).
     */
    @Test
    void smallPoissonGridsGiveEveryCopyOfADoubleEigenvalue() {
        for (int grid = 2; grid * grid <= 2 * 20; grid++) {
            SparseGen.Triplets t = SparseGen.poisson(grid);
            Csr a = csr(t);
            for (int k = 1; k <= Math.min(6, grid * grid); k++) {
                for (Which which : new Which[] {Which.LARGEST_ALGEBRAIC, Which.SMALLEST_ALGEBRAIC}) {
                    EigenResult r = Eigensolvers.eigsh(a, k, which);
                    String what = "grid " + grid + ", k " + k + ", " + which;
                    assertPairs(t, r, select(poissonSpectrum(grid), k, which), EPS, 8, basis(k, grid * grid), what);
                }
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void diagonalMatricesGiveTheirSortedDiagonal(long seed) {
        SparseGen g = new SparseGen(seed);
        int n = 1 + g.random().nextInt(300);
        int k = 1 + g.random().nextInt(Math.min(n, 8));
        Which which = Which.values()[g.random().nextInt(Which.values().length)];
        boolean positive = which == Which.SMALLEST_MAGNITUDE; // SM without shift: keep it an end of the spectrum
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            // distinct values: a Krylov space holds one vector of each eigenspace
            d[i] = (positive ? 1.5 : 0)
                    + (i + g.random().nextDouble(0.1, 0.9)) / n * (g.random().nextBoolean() ? 1 : -1);
        }
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        SparseGen.Triplets t = new SparseGen.Triplets(n, n, idx, idx, d);
        double[] sorted = d.clone();
        Arrays.sort(sorted);
        double norm = Math.max(Math.abs(sorted[0]), Math.abs(sorted[n - 1]));
        EigenResult r = Eigensolvers.eigsh(
                csr(t), k, which, null, EigenSettings.defaults().withTolerance(TOL));
        String what = "seed " + seed + ", n " + n + ", k " + k + ", " + which;
        assertPairs(t, r, select(sorted, k, which), TOL, norm, basis(k, n), what);
    }

    /** Random symmetric sparse matrices (indefinite, empty rows allowed) against the dense {@link EigenSym}. */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void randomSymmetricMatricesAgreeWithDenseEigenSym(long seed) {
        SparseGen g = new SparseGen(seed);
        int n = 2 + g.random().nextInt(150);
        SparseGen.Triplets half = g.triplets(n, n, g.random().nextDouble(0.01, 0.2));
        // A = B + B^T + D: symmetric with B's random pattern; the random diagonal D keeps the
        // spectrum simple (a Krylov space holds one vector of a multiple eigenvalue's eigenspace)
        int nnz = half.values().length;
        int[] rows = Arrays.copyOf(half.rows(), 2 * nnz + n);
        int[] cols = Arrays.copyOf(half.cols(), 2 * nnz + n);
        double[] vals = Arrays.copyOf(half.values(), 2 * nnz + n);
        System.arraycopy(half.cols(), 0, rows, nnz, nnz);
        System.arraycopy(half.rows(), 0, cols, nnz, nnz);
        System.arraycopy(half.values(), 0, vals, nnz, nnz);
        for (int i = 0; i < n; i++) {
            rows[2 * nnz + i] = i;
            cols[2 * nnz + i] = i;
            vals[2 * nnz + i] = g.random().nextDouble(-1, 1);
        }
        SparseGen.Triplets t = new SparseGen.Triplets(n, n, rows, cols, vals);
        Csr a = csr(t);
        double[] spectrum = EigenSym.of(Dense.of(t.dense())).values().toArray();
        double norm = Math.max(Math.abs(spectrum[0]), Math.abs(spectrum[n - 1]));
        int k = 1 + g.random().nextInt(Math.min(n - 1, 5));
        Which which = g.random().nextBoolean() ? Which.LARGEST_ALGEBRAIC : Which.SMALLEST_ALGEBRAIC;
        EigenResult r = Eigensolvers.eigsh(a, k, which);
        String what = "seed " + seed + ", n " + n + ", k " + k + ", " + which;
        // the dense reference has its own error of a small multiple of eps ||A||
        assertPairs(t, r, select(spectrum, k, which), EPS, Math.max(norm, Double.MIN_NORMAL), basis(k, n), what);
    }

    @Test
    void defaultToleranceIsMachinePrecisionOnAMatrixFreeOperator() {
        int n = 500;
        // the 1-D Laplacian as a function: eigenvalues 2 - 2 cos(j pi / (n + 1))
        LinearOperator lap = LinearOperator.of(n, n, (x, y) -> {
            for (int i = 0; i < n; i++) {
                y[i] = 2 * x[i] - (i > 0 ? x[i - 1] : 0) - (i < n - 1 ? x[i + 1] : 0);
            }
        });
        EigenResult r = Eigensolvers.eigsh(lap, 4, Which.LARGEST_ALGEBRAIC);
        assertEquals(EigenStatus.CONVERGED, r.status(), r.toString());
        double bound = residualBound(EPS, basis(4, n), r.restarts()) * 4;
        for (int j = 0; j < 4; j++) {
            double exact = 2 - 2 * Math.cos((n - 3 + j) * Math.PI / (n + 1));
            assertEquals(exact, r.values().get(j), bound, "value " + j);
            assertTrue(r.residualNorms().get(j) <= bound, "residual " + j);
        }
    }

    /** One line of a reference file, split on blanks. */
    static List<String[]> lines(String file) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(REF.resolve(file))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line.trim().split("\\s+"));
            }
        }
        return out;
    }

    private static Which which(String code) {
        return switch (code) {
            case "LA" -> Which.LARGEST_ALGEBRAIC;
            case "SA" -> Which.SMALLEST_ALGEBRAIC;
            case "LM" -> Which.LARGEST_MAGNITUDE;
            case "SM" -> Which.SMALLEST_MAGNITUDE;
            case "BE" -> Which.BOTH_ENDS;
            default -> throw new IllegalArgumentException(code);
        };
    }

    static SparseGen.Triplets triplets(Csr a) {
        int nnz = a.nnz();
        int[] rows = new int[nnz];
        int[] cols = a.columnIndices();
        int[] rp = a.rowPointers();
        for (int i = 0; i < a.rows(); i++) {
            for (int p = rp[i]; p < rp[i + 1]; p++) {
                rows[p] = i;
            }
        }
        return new SparseGen.Triplets(a.rows(), a.cols(), rows, cols, a.values());
    }

    @TestFactory
    Stream<DynamicTest> suiteSparseEigenvaluesAgreeWithScipy() throws IOException {
        return lines("eigsh.txt").stream()
                .map(f -> DynamicTest.dynamicTest(String.join(" ", f[0], f[1], f[2], f[3]), () -> {
                    Csr a = MatrixMarket.readSparse(MM.resolve(f[0]));
                    int k = Integer.parseInt(f[2]);
                    double[] expected = new double[k];
                    for (int j = 0; j < k; j++) {
                        expected[j] = Double.parseDouble(f[4 + j]);
                    }
                    EigenResult r;
                    double norm = a.norm(Norm.ONE); // bounds ||A||_2 of a symmetric matrix
                    if (f[3].equals("none")) {
                        r = Eigensolvers.eigsh(a, k, which(f[1]), null, EigenSettings.defaults());
                    } else {
                        double sigma = Double.parseDouble(f[3]);
                        r = Eigensolvers.eigsh(a, k, sigma, null, which(f[1]), null, EigenSettings.defaults());
                        norm += Math.abs(sigma);
                    }
                    assertPairs(triplets(a), r, expected, 0, norm, basis(k, a.rows()), String.join(" ", f));
                }));
    }

    @Test
    void shiftInvertWithAUserSuppliedFactorization() {
        int grid = 30;
        SparseGen.Triplets t = SparseGen.poisson(grid);
        Csr a = csr(t);
        // sigma = 0 is below the spectrum: A itself is SPD, so the caller's sparse Cholesky inverts it
        SparseCholesky chol = SparseCholesky.of(a);
        int n = a.rows();
        LinearOperator inverse = LinearOperator.of(n, n, (x, y) -> {
            Vec sol = chol.solve(Vec.of(x));
            for (int i = 0; i < n; i++) {
                y[i] = sol.get(i);
            }
        });
        EigenResult r = Eigensolvers.eigsh(a, 5, 0.0, inverse, Which.LARGEST_MAGNITUDE, null, EigenSettings.defaults());
        assertPairs(t, r, select(poissonSpectrum(grid), 5, Which.SMALLEST_ALGEBRAIC), 0, 8, basis(5, n), "cholesky");
        assertTrue(r.operatorApplications() < 200, "shift-invert converges in a few steps: " + r);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void shiftInvertFindsInteriorEigenvalues(long seed) {
        SparseGen g = new SparseGen(seed);
        int grid = 5 + g.random().nextInt(30);
        double[] spectrum = poissonSpectrum(grid);
        double sigma = g.random().nextDouble(0.5, 7.5);
        int k = 1 + g.random().nextInt(5);
        SparseGen.Triplets t = SparseGen.poisson(grid);
        EigenResult r = Eigensolvers.eigsh(csr(t), k, sigma);
        // the k eigenvalues nearest sigma
        Double[] byDistance = Arrays.stream(spectrum).boxed().toArray(Double[]::new);
        Arrays.sort(byDistance, (x, y) -> Double.compare(Math.abs(x - sigma), Math.abs(y - sigma)));
        double[] expected = new double[k];
        for (int j = 0; j < k; j++) {
            expected[j] = byDistance[j];
        }
        Arrays.sort(expected);
        // a tie at the k-th distance makes the selection ambiguous: skip those draws
        if (k < spectrum.length
                && Math.abs(Math.abs(byDistance[k] - sigma) - Math.abs(byDistance[k - 1] - sigma)) < 1e-9) {
            return;
        }
        assertPairs(t, r, expected, 0, 8 + sigma, basis(k, grid * grid), "seed " + seed + ", sigma " + sigma);
    }

    @Test
    void notConvergedIsAStatusAndRequireConvergedThrows() throws IOException {
        // the smallest eigenvalues of 494_bus without shift-invert: ARPACK itself gives up
        Csr a = MatrixMarket.readSparse(MM.resolve("494_bus.mtx"));
        EigenResult r = Eigensolvers.eigsh(
                a, 6, Which.SMALLEST_ALGEBRAIC, null, EigenSettings.defaults().withMaxRestarts(3));
        assertEquals(EigenStatus.MAX_RESTARTS, r.status(), r.toString());
        assertEquals(3, r.restarts());
        assertTrue(r.converged() < 6);
        IllegalStateException e = assertThrows(IllegalStateException.class, r::requireConverged);
        assertTrue(e.getMessage().contains("eigsh") && e.getMessage().contains("MAX_RESTARTS"), e.getMessage());
    }

    @Test
    void progressIsReportedAfterEveryRestart() {
        Csr a = csr(SparseGen.poisson(20));
        List<Integer> seen = new ArrayList<>();
        EigenResult r = Eigensolvers.eigsh(
                a, 3, Which.LARGEST_ALGEBRAIC, null, EigenSettings.defaults().withProgress((k, res) -> seen.add(k)));
        assertEquals(r.restarts() + 1, seen.size());
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(i, seen.get(i));
        }
    }

    @Test
    void nonFiniteProductsAreAStatus() {
        int n = 50;
        LinearOperator bad = LinearOperator.of(n, n, (x, y) -> Arrays.fill(y, Double.NaN));
        EigenResult r = Eigensolvers.eigsh(bad, 2, Which.LARGEST_ALGEBRAIC);
        assertEquals(EigenStatus.NOT_FINITE, r.status());
        assertThrows(IllegalStateException.class, r::requireConverged);
    }

    @Test
    void wholeSpaceAndTinyOperators() {
        for (int n = 1; n <= 4; n++) {
            double[] d = new double[n];
            int[] idx = new int[n];
            for (int i = 0; i < n; i++) {
                d[i] = i + 1;
                idx[i] = i;
            }
            SparseGen.Triplets t = new SparseGen.Triplets(n, n, idx, idx, d);
            EigenResult r = Eigensolvers.eigsh(csr(t), n, Which.LARGEST_ALGEBRAIC);
            assertPairs(t, r, d, 0, n, n, "n " + n);
        }
    }

    @Test
    void badArgumentsAreRejectedWithTheirValues() {
        Csr a = csr(SparseGen.poisson(4));
        EigenSettings s = EigenSettings.defaults();
        assertThrows(IllegalArgumentException.class, () -> Eigensolvers.eigsh(a, 0, Which.LARGEST_ALGEBRAIC));
        assertThrows(IllegalArgumentException.class, () -> Eigensolvers.eigsh(a, 17, Which.LARGEST_ALGEBRAIC));
        assertThrows(
                DimensionMismatchException.class,
                () -> Eigensolvers.eigsh(csr(new SparseGen(1).triplets(3, 4, 0.5)), 1, Which.LARGEST_ALGEBRAIC));
        assertThrows(
                IllegalArgumentException.class,
                () -> Eigensolvers.eigsh(a, 2, Which.LARGEST_ALGEBRAIC, Vec.zeros(16), s));
        assertThrows(
                DimensionMismatchException.class,
                () -> Eigensolvers.eigsh(a, 2, Which.LARGEST_ALGEBRAIC, Vec.zeros(3), s));
        assertThrows(
                IllegalArgumentException.class,
                () -> Eigensolvers.eigsh(a, 2, Which.LARGEST_ALGEBRAIC, null, s.withSubspaceSize(2)));
        assertThrows(
                IllegalArgumentException.class,
                () -> Eigensolvers.eigsh(a, 2, Which.LARGEST_ALGEBRAIC, null, s.withSubspaceSize(17)));
        assertThrows(
                IllegalArgumentException.class,
                () -> Eigensolvers.eigsh(a, 2, Double.NaN, null, Which.LARGEST_MAGNITUDE, null, s));
        assertThrows(
                IllegalArgumentException.class,
                () -> Eigensolvers.eigsh(
                        LinearOperator.of(a.toDense()), 2, 1.0, null, Which.LARGEST_MAGNITUDE, null, s));
        assertThrows(NullPointerException.class, () -> Eigensolvers.eigsh(a, 2, null));
        assertThrows(
                IllegalArgumentException.class, () -> EigenSettings.defaults().withTolerance(-1));
        // sigma on an eigenvalue of a diagonal matrix: A - sigma I is exactly singular
        int[] idx = {0, 1, 2};
        Csr diag = csr(new SparseGen.Triplets(3, 3, idx, idx, new double[] {1, 2, 3}));
        assertThrows(SingularMatrixException.class, () -> Eigensolvers.eigsh(diag, 1, 2.0));
    }
}
