package jnum.suites.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Diag;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;
import jnum.mat.kernel.spi.KernelProvider;
import jnum.mat.kernel.spi.Providers;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The validating facade: every routine rejects negative sizes, zero increments, too-small leading
 * dimensions, operands that run outside their arrays (either end, negative increments), null
 * arrays and null flags, with the documented exception and a message that starts with the
 * routine's name and names the operand; and no provider is reached then, nor for an empty
 * problem, which touches nothing.
 */
class BlasFacadeTest {

    /** A provider that fails the test if the facade ever calls it. */
    private static final KernelProvider UNREACHABLE = (KernelProvider) Proxy.newProxyInstance(
            KernelProvider.class.getClassLoader(),
            new Class<?>[] {KernelProvider.class},
            (proxy, method, args) -> switch (method.getName()) {
                case "name" -> "unreachable";
                case "accepts" -> true;
                case "toString" -> "unreachable";
                default -> throw new AssertionError("the facade called the provider's " + method.getName());
            });

    private static final Blas BLAS = Providers.blas(UNREACHABLE);

    /** Every argument a routine may take; each routine reads the ones it needs. */
    static final class Args {
        int m = 3;
        int n = 4;
        int k = 2;
        double alpha = 1.5;
        double beta = 0.5;
        double[] a = new double[64];
        double[] b = new double[64];
        double[] c = new double[64];
        int aOff = 1;
        int bOff = 1;
        int cOff = 1;
        int lda = 5;
        int ldb = 5;
        int ldc = 5;
        double[] x = new double[16];
        double[] y = new double[16];
        int xOff = 1;
        int yOff = 1;
        int incX = 1;
        int incY = 2;
        Transpose trans = Transpose.NO;
        Transpose transB = Transpose.YES;
        Uplo uplo = Uplo.LOWER;
        Diag diag = Diag.NON_UNIT;
        Side side = Side.LEFT;

        void fillNaN() {
            for (double[] v : List.of(a, b, c, x, y)) {
                Arrays.fill(v, Double.NaN);
            }
        }
    }

    /** A routine: its name, the arguments it reads, and how to call it. */
    record Routine(String name, List<String> uses, Consumer<Args> call) {
        boolean uses(String what) {
            return uses.contains(what);
        }
    }

    private static final List<Routine> ROUTINES = List.of(
            new Routine("dot", List.of("n", "x", "y"), g -> BLAS.dot(g.n, g.x, g.xOff, g.incX, g.y, g.yOff, g.incY)),
            new Routine(
                    "axpy",
                    List.of("n", "x", "y"),
                    g -> BLAS.axpy(g.n, g.alpha, g.x, g.xOff, g.incX, g.y, g.yOff, g.incY)),
            new Routine("scal", List.of("n", "x"), g -> BLAS.scal(g.n, g.alpha, g.x, g.xOff, g.incX)),
            new Routine("copy", List.of("n", "x", "y"), g -> BLAS.copy(g.n, g.x, g.xOff, g.incX, g.y, g.yOff, g.incY)),
            new Routine("swap", List.of("n", "x", "y"), g -> BLAS.swap(g.n, g.x, g.xOff, g.incX, g.y, g.yOff, g.incY)),
            new Routine("nrm2", List.of("n", "x"), g -> BLAS.nrm2(g.n, g.x, g.xOff, g.incX)),
            new Routine("asum", List.of("n", "x"), g -> BLAS.asum(g.n, g.x, g.xOff, g.incX)),
            new Routine("sum", List.of("n", "x"), g -> BLAS.sum(g.n, g.x, g.xOff, g.incX)),
            new Routine("iamax", List.of("n", "x"), g -> BLAS.iamax(g.n, g.x, g.xOff, g.incX)),
            new Routine(
                    "rot",
                    List.of("n", "x", "y"),
                    g -> BLAS.rot(g.n, g.x, g.xOff, g.incX, g.y, g.yOff, g.incY, 0.6, 0.8)),
            new Routine(
                    "gemv",
                    List.of("trans", "m", "n", "A", "x", "y"),
                    g -> BLAS.gemv(
                            g.trans, g.m, g.n, g.alpha, g.a, g.aOff, g.lda, g.x, g.xOff, g.incX, g.beta, g.y, g.yOff,
                            g.incY)),
            new Routine(
                    "ger",
                    List.of("m", "n", "x", "y", "A"),
                    g -> BLAS.ger(g.m, g.n, g.alpha, g.x, g.xOff, g.incX, g.y, g.yOff, g.incY, g.a, g.aOff, g.lda)),
            new Routine(
                    "symv",
                    List.of("uplo", "n", "A", "x", "y"),
                    g -> BLAS.symv(
                            g.uplo, g.n, g.alpha, g.a, g.aOff, g.lda, g.x, g.xOff, g.incX, g.beta, g.y, g.yOff,
                            g.incY)),
            new Routine(
                    "trmv",
                    List.of("uplo", "trans", "diag", "n", "A", "x"),
                    g -> BLAS.trmv(g.uplo, g.trans, g.diag, g.n, g.a, g.aOff, g.lda, g.x, g.xOff, g.incX)),
            new Routine(
                    "trsv",
                    List.of("uplo", "trans", "diag", "n", "A", "x"),
                    g -> BLAS.trsv(g.uplo, g.trans, g.diag, g.n, g.a, g.aOff, g.lda, g.x, g.xOff, g.incX)),
            new Routine(
                    "gemm",
                    List.of("transA", "transB", "m", "n", "k", "A", "B", "C"),
                    g -> BLAS.gemm(
                            g.trans, g.transB, g.m, g.n, g.k, g.alpha, g.a, g.aOff, g.lda, g.b, g.bOff, g.ldb, g.beta,
                            g.c, g.cOff, g.ldc)),
            new Routine(
                    "trsm",
                    List.of("side", "uplo", "transA", "diag", "m", "n", "A", "B"),
                    g -> BLAS.trsm(
                            g.side, g.uplo, g.trans, g.diag, g.m, g.n, g.alpha, g.a, g.aOff, g.lda, g.b, g.bOff,
                            g.ldb)),
            new Routine(
                    "trmm",
                    List.of("side", "uplo", "transA", "diag", "m", "n", "A", "B"),
                    g -> BLAS.trmm(
                            g.side, g.uplo, g.trans, g.diag, g.m, g.n, g.alpha, g.a, g.aOff, g.lda, g.b, g.bOff,
                            g.ldb)),
            new Routine(
                    "syrk",
                    List.of("uplo", "trans", "n", "k", "A", "C"),
                    g -> BLAS.syrk(g.uplo, g.trans, g.n, g.k, g.alpha, g.a, g.aOff, g.lda, g.beta, g.c, g.cOff, g.ldc)),
            new Routine(
                    "symm",
                    List.of("side", "uplo", "m", "n", "A", "B", "C"),
                    g -> BLAS.symm(
                            g.side, g.uplo, g.m, g.n, g.alpha, g.a, g.aOff, g.lda, g.b, g.bOff, g.ldb, g.beta, g.c,
                            g.cOff, g.ldc)));

    /** A bad argument: what it breaks, the exception expected, and the word the message names. */
    record Bad(String uses, String what, Class<? extends RuntimeException> type, String named, Consumer<Args> spoil) {}

    private static final List<Bad> BAD = new ArrayList<>();

    static {
        for (String size : List.of("m", "n", "k")) {
            BAD.add(new Bad(size, size + " < 0", IllegalArgumentException.class, size, g -> {
                switch (size) {
                    case "m" -> g.m = -1;
                    case "n" -> g.n = -1;
                    default -> g.k = -1;
                }
            }));
        }
        BAD.add(new Bad("x", "x null", NullPointerException.class, "x", g -> g.x = null));
        BAD.add(new Bad("x", "incX 0", IllegalArgumentException.class, "x", g -> g.incX = 0));
        BAD.add(new Bad("x", "x offset -1", IndexOutOfBoundsException.class, "x", g -> g.xOff = -1));
        BAD.add(new Bad("x", "x past the end", IndexOutOfBoundsException.class, "x", g -> g.x = new double[2]));
        BAD.add(new Bad("x", "x offset past the end", IndexOutOfBoundsException.class, "x", g -> g.xOff = g.x.length));
        BAD.add(new Bad("x", "x walks below 0", IndexOutOfBoundsException.class, "x", g -> g.incX = -1));
        BAD.add(new Bad(
                "x",
                "x huge step overflows int",
                IndexOutOfBoundsException.class,
                "x",
                g -> g.incX = Integer.MAX_VALUE));
        BAD.add(new Bad("y", "y null", NullPointerException.class, "y", g -> g.y = null));
        BAD.add(new Bad("y", "incY 0", IllegalArgumentException.class, "y", g -> g.incY = 0));
        BAD.add(new Bad("y", "y offset -1", IndexOutOfBoundsException.class, "y", g -> g.yOff = -1));
        BAD.add(new Bad("y", "y past the end", IndexOutOfBoundsException.class, "y", g -> g.y = new double[5]));
        BAD.add(new Bad("y", "y walks below 0", IndexOutOfBoundsException.class, "y", g -> g.incY = -2));
        for (String mat : List.of("A", "B", "C")) {
            BAD.add(new Bad(mat, mat + " null", NullPointerException.class, mat, g -> set(g, mat, null)));
            BAD.add(new Bad(mat, mat + " ld too small", IllegalArgumentException.class, mat, g -> setLd(g, mat, 1)));
            BAD.add(new Bad(mat, mat + " offset -1", IndexOutOfBoundsException.class, mat, g -> setOff(g, mat, -1)));
            BAD.add(new Bad(
                    mat, mat + " past the end", IndexOutOfBoundsException.class, mat, g -> set(g, mat, new double[6])));
            BAD.add(new Bad(
                    mat,
                    mat + " offset overflows int",
                    IndexOutOfBoundsException.class,
                    mat,
                    g -> setOff(g, mat, Integer.MAX_VALUE - 1)));
        }
        BAD.add(new Bad("trans", "trans null", NullPointerException.class, "trans", g -> g.trans = null));
        BAD.add(new Bad("transA", "transA null", NullPointerException.class, "transA", g -> g.trans = null));
        BAD.add(new Bad("transB", "transB null", NullPointerException.class, "transB", g -> g.transB = null));
        BAD.add(new Bad("uplo", "uplo null", NullPointerException.class, "uplo", g -> g.uplo = null));
        BAD.add(new Bad("diag", "diag null", NullPointerException.class, "diag", g -> g.diag = null));
        BAD.add(new Bad("side", "side null", NullPointerException.class, "side", g -> g.side = null));
    }

    private static void set(Args g, String mat, double[] v) {
        switch (mat) {
            case "A" -> g.a = v;
            case "B" -> g.b = v;
            default -> g.c = v;
        }
    }

    private static void setLd(Args g, String mat, int ld) {
        switch (mat) {
            case "A" -> g.lda = ld;
            case "B" -> g.ldb = ld;
            default -> g.ldc = ld;
        }
    }

    private static void setOff(Args g, String mat, int off) {
        switch (mat) {
            case "A" -> g.aOff = off;
            case "B" -> g.bOff = off;
            default -> g.cOff = off;
        }
    }

    @TestFactory
    Stream<DynamicTest> badArgumentsAreRejectedWithTheRoutinesName() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Routine r : ROUTINES) {
            for (Bad bad : BAD) {
                if (!r.uses(bad.uses())) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(r.name() + ": " + bad.what(), () -> {
                    Args g = new Args();
                    bad.spoil().accept(g);
                    RuntimeException e = assertThrows(bad.type(), () -> r.call().accept(g));
                    String msg = e.getMessage();
                    assertTrue(
                            msg != null && msg.startsWith(r.name() + ": "),
                            "message should start with '" + r.name() + ": ': " + msg);
                    assertTrue(
                            msg.matches(".*\\b" + bad.named() + "\\b.*"),
                            "message should name " + bad.named() + ": " + msg);
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> theValidCallsReachTheProvider() {
        // the control of the test above: unspoiled arguments pass validation
        return ROUTINES.stream()
                .map(r -> DynamicTest.dynamicTest(r.name(), () -> {
                    AssertionError e =
                            assertThrows(AssertionError.class, () -> r.call().accept(new Args()));
                    assertTrue(e.getMessage().contains("called the provider's " + r.name()), e.getMessage());
                }));
    }

    @TestFactory
    Stream<DynamicTest> emptyProblemsTouchNothing() {
        return ROUTINES.stream()
                .map(r -> DynamicTest.dynamicTest(r.name(), () -> {
                    Args g = new Args();
                    g.m = 0;
                    g.n = 0;
                    g.k = 0;
                    g.incX = 0; // never used for an empty vector
                    g.fillNaN();
                    Args before = new Args();
                    before.fillNaN();
                    r.call().accept(g); // the unreachable provider would throw
                    for (double[][] pair : new double[][][] {
                        {g.a, before.a}, {g.b, before.b}, {g.c, before.c}, {g.x, before.x}, {g.y, before.y}
                    }) {
                        assertArrayEquals(pair[1], pair[0]);
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> emptyResultsOfLevelOneAreTheIdentities() {
        Args g = new Args();
        return Stream.of(
                DynamicTest.dynamicTest("dot", () -> assertTrue(BLAS.dot(0, g.x, 0, 1, g.y, 0, 1) == 0)),
                DynamicTest.dynamicTest("nrm2", () -> assertTrue(BLAS.nrm2(0, g.x, 0, 1) == 0)),
                DynamicTest.dynamicTest("asum", () -> assertTrue(BLAS.asum(0, g.x, 0, 1) == 0)),
                DynamicTest.dynamicTest("sum", () -> assertTrue(BLAS.sum(0, g.x, 0, 1) == 0)),
                DynamicTest.dynamicTest("iamax", () -> assertTrue(BLAS.iamax(0, g.x, 0, 1) == -1)));
    }
}
