package jnum.suites.sparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import jnum.mat.Dense;
import jnum.mat.Norm;
import jnum.mat.NotPositiveDefiniteException;
import jnum.mat.Vec;
import jnum.mat.io.FormatException;
import jnum.mat.io.MatrixMarket;
import jnum.mat.sparse.Csr;
import jnum.mat.sparse.linalg.IncompleteCholesky;
import jnum.mat.sparse.linalg.Ordering;
import jnum.mat.sparse.linalg.SolverResult;
import jnum.mat.sparse.linalg.SolverSettings;
import jnum.mat.sparse.linalg.Solvers;
import jnum.mat.sparse.linalg.SparseCholesky;
import jnum.mat.sparse.linalg.SparseLU;
import jnum.testkit.Tolerance;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real matrices of the SuiteSparse collection in {@code resources/sparse/matrixmarket}, read
 * as sparse matrices and checked against the values numpy and scipy computed from the same files
 * ({@code properties.json}): shape, stored entries after symmetric expansion, norms, sums,
 * products with a vector of ones, and log-determinants through the sparse factorizations; written
 * and read back bit for bit, also through gzip; malformed files rejected with their line.
 */
class MatrixMarketSparseTest {

    private static final Path DIR = Path.of("src-test/src/test/resources/sparse/matrixmarket");

    /** One matrix's entry of properties.json, as flat key -> text (numbers, strings, nested objects). */
    private static Map<String, String> properties(String file) throws IOException {
        String json = Files.readString(DIR.resolve("properties.json"));
        int at = json.indexOf("\"file\": \"" + file + "\"");
        assertTrue(at >= 0, file + " in properties.json");
        int end = json.indexOf("\"file\": ", at + 10);
        String block = json.substring(at, end < 0 ? json.length() : end);
        Map<String, String> out = new java.util.HashMap<>();
        Matcher m = Pattern.compile("\"(\\w+)\": (\"[^\"]*\"|[-+0-9.eE]+|true|false|null|-inf|\\{[^}]*\\})")
                .matcher(block);
        while (m.find()) {
            out.putIfAbsent(m.group(1), m.group(2));
        }
        return out;
    }

    private static double number(Map<String, String> p, String key) {
        return Double.parseDouble(p.get(key));
    }

    private static List<String> realCoordinateFiles() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".mtx"))
                    .filter(n -> MatrixMarket.header(DIR.resolve(n)).format().equals("coordinate"))
                    .filter(n -> !MatrixMarket.header(DIR.resolve(n)).field().equals("complex"))
                    .sorted()
                    .toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRealMatrixAgreesWithScipy() throws IOException {
        return realCoordinateFiles().stream()
                .map(name -> DynamicTest.dynamicTest(name, () -> {
                    Map<String, String> p = properties(name);
                    Csr a = MatrixMarket.readSparse(DIR.resolve(name));
                    assertEquals((int) number(p, "rows"), a.rows(), name);
                    assertEquals((int) number(p, "cols"), a.cols(), name);
                    assertEquals((int) number(p, "nnz_expanded_positions"), a.nnz(), name);
                    // scipy sums in another order: within gamma_nnz of the sum of magnitudes, and the
                    // reference's printed digits (15 significant)
                    double slack = Tolerance.gamma(a.nnz()) + 1e-14;
                    assertEquals(number(p, "norm_1"), a.norm(Norm.ONE), slack * number(p, "norm_1"), name);
                    assertEquals(number(p, "norm_inf"), a.norm(Norm.INF), slack * number(p, "norm_inf"), name);
                    assertEquals(number(p, "norm_fro"), a.norm(Norm.FROBENIUS), slack * number(p, "norm_fro"), name);
                    assertEquals(number(p, "max_abs_entry"), a.norm(Norm.MAX), 0.0, name);
                    double[] ones = new double[a.cols()];
                    Arrays.fill(ones, 1);
                    Vec a1 = a.times(Vec.of(ones));
                    assertEquals(
                            number(p, "sum_all_entries"), a1.sum(), slack * a.norm(Norm.ONE) * a.cols() + 1e-9, name);
                    assertEquals(
                            number(p, "norm2_A_times_ones"),
                            a1.norm2(),
                            slack * a.norm(Norm.FROBENIUS) * Math.sqrt(a.cols()),
                            name);
                    double[] onesRows = new double[a.rows()];
                    Arrays.fill(onesRows, 1);
                    assertEquals(
                            number(p, "norm2_At_times_ones"),
                            a.t().times(Vec.of(onesRows)).norm2(),
                            slack * a.norm(Norm.FROBENIUS) * Math.sqrt(a.rows()),
                            name);
                }));
    }

    @TestFactory
    Stream<DynamicTest> writtenAndReadBackBitForBit(@TempDir Path tmp) throws IOException {
        return realCoordinateFiles().stream()
                .map(name -> DynamicTest.dynamicTest(name, () -> {
                    Csr a = MatrixMarket.readSparse(DIR.resolve(name));
                    Path out = tmp.resolve(name);
                    MatrixMarket.write(a, out);
                    assertEquals(a, MatrixMarket.readSparse(out), name);
                    assertEquals(a, MatrixMarket.read(out), name);
                    Path gz = tmp.resolve(name + ".gz");
                    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
                        Files.copy(DIR.resolve(name), o);
                    }
                    assertEquals(a, MatrixMarket.readSparse(gz), name + " through gzip");
                }));
    }

    @Test
    void logDeterminantsOfTheFactorizationsAgreeWithScipy() throws IOException {
        for (String name : List.of("494_bus.mtx", "LFAT5.mtx", "bcsstk13.mtx")) {
            Csr a = MatrixMarket.readSparse(DIR.resolve(name));
            Map<String, String> p = properties(name);
            double want =
                    Double.parseDouble(p.get("slogdet").replaceAll("(?s).*\"log_abs_det\": ([-+0-9.eE]+).*", "$1"));
            double cond = number(p, "cond2");
            // d log det = trace(A^-1 dA): at most n cond ||dA||/||A||, and dA is a backward error
            double bound = 30 * a.rows() * Tolerance.EPS * cond + 1e-12 * Math.abs(want);
            assertEquals(want, SparseCholesky.of(a).logDet(), bound, name + " Cholesky");
            assertEquals(want, SparseLU.of(a).logAbsDet(), bound, name + " LU");
        }
        for (String name : List.of("cage5.mtx", "west0067.mtx", "west0479.mtx")) {
            Csr a = MatrixMarket.readSparse(DIR.resolve(name));
            Map<String, String> p = properties(name);
            double want =
                    Double.parseDouble(p.get("slogdet").replaceAll("(?s).*\"log_abs_det\": ([-+0-9.eE]+).*", "$1"));
            double bound = 30 * a.rows() * Tolerance.EPS * number(p, "cond2") + 1e-12 * Math.abs(want);
            for (Ordering ordering : Ordering.values()) {
                assertEquals(want, SparseLU.of(a, ordering, 1.0).logAbsDet(), bound, name + " " + ordering);
            }
        }
    }

    /**
     * Every real symmetric matrix scipy's dense Cholesky accepts ({@code cholesky_ok}) is solved with
     * normwise backward error {@code ||A x - b|| / (||A|| ||x||)} within {@code 30 n eps}; every one
     * it rejects is rejected here too, as not positive definite.
     */
    @TestFactory
    Stream<DynamicTest> sparseCholeskyAgreesWithScipyOnDefinitenessAndSolvesBackwardStably() throws IOException {
        return realCoordinateFiles().stream()
                .filter(name ->
                        MatrixMarket.header(DIR.resolve(name)).symmetry().equals("symmetric"))
                .map(name -> DynamicTest.dynamicTest(name, () -> {
                    Map<String, String> p = properties(name);
                    Csr a = MatrixMarket.readSparse(DIR.resolve(name));
                    if (!Boolean.parseBoolean(p.get("cholesky_ok"))) {
                        assertThrows(NotPositiveDefiniteException.class, () -> SparseCholesky.of(a), name);
                        return;
                    }
                    int n = a.rows();
                    Vec b = Vec.of(new SplittableRandom(7).doubles(n, -1, 1).toArray());
                    for (boolean relaxed : new boolean[] {true, false}) {
                        Vec x = SparseCholesky.analyze(a, Ordering.AMD, relaxed)
                                .factor(a)
                                .solve(b);
                        double eta = a.times(x).minus(b).normInf() / (a.norm(Norm.INF) * x.normInf());
                        assertTrue(
                                eta <= 30 * n * Tolerance.EPS,
                                name + " relaxed=" + relaxed + ": backward error " + eta);
                    }
                }));
    }

    @Test
    void preconditionedCgSolvesTheStiffnessMatrices() {
        for (String name : List.of("494_bus.mtx", "bcsstk13.mtx")) {
            Csr a = MatrixMarket.readSparse(DIR.resolve(name));
            double[] ones = new double[a.rows()];
            Arrays.fill(ones, 1);
            Vec b = a.times(Vec.of(ones));
            // IC(0) breaks down on bcsstk13 (not an M-matrix): the smallest shift that works
            IncompleteCholesky m = IncompleteCholesky.withSmallestShift(a);
            SolverResult r = Solvers.cg(a, b, null, m, SolverSettings.defaults().withRelativeTolerance(1e-10));
            assertTrue(r.converged(), name + ": " + r);
            Vec residual = b.minus(a.times(r.x()));
            assertTrue(residual.norm2() <= 1e-10 * b.norm2() * (1 + 1e-9), name + ": " + residual.norm2());
        }
    }

    @Test
    void denseArrayFilesReadThroughTheSameEntryPoint() {
        Path f = DIR.resolve("full_symmetric.mtx");
        Dense d = assertInstanceOf(Dense.class, MatrixMarket.read(f));
        assertEquals(MatrixMarket.readDense(f), d);
        assertThrows(FormatException.class, () -> MatrixMarket.readSparse(f));
    }

    @Test
    void complexFilesAreRejectedClearly() {
        for (String name : List.of("young1c.mtx", "c.mtx")) {
            var e = assertThrows(FormatException.class, () -> MatrixMarket.readSparse(DIR.resolve(name)));
            assertTrue(e.getMessage().contains("complex"), e.getMessage());
        }
    }

    @Test
    void malformedFilesNameTheirLine(@TempDir Path tmp) throws IOException {
        String banner = "%%MatrixMarket matrix coordinate real general\n";
        Object[][] cases = {
            {banner + "% a comment\n100000 100000 1000000000\n1 1 1\n", 3L, "more than a file"},
            {banner + "3 3 2\n1 1 1\n", 3L, "ends after 1 of 2"},
            {banner + "3 3 1\n1 1 1\n2 2 2\n", 4L, "more entries than the 1 declared"},
            {banner + "3 3 1\n4 1 1\n", 3L, "not an integer in 1..3"},
            {banner + "3 3 1\n1 1 x\n", 3L, "is not a number"},
            {banner + "3 3 1\n1 1\n", 3L, "found 2 fields"},
            {banner + "3 3\n", 2L, "rows cols entries"},
            {"%%MatrixMarket matrix coordinate real symmetric\n3 3 1\n1 2 1\n", 3L, "lower triangle"},
            {banner + "2 2 5\n", 2L, "more than the 4 positions"},
        };
        int k = 0;
        for (Object[] c : cases) {
            Path f = tmp.resolve("bad" + k++ + ".mtx");
            Files.writeString(f, (String) c[0], StandardCharsets.UTF_8);
            var e = assertThrows(FormatException.class, () -> MatrixMarket.readSparse(f), (String) c[0]);
            assertEquals((long) c[1], e.line(), e.getMessage());
            assertTrue(e.getMessage().contains((String) c[2]), e.getMessage());
        }
    }
}
