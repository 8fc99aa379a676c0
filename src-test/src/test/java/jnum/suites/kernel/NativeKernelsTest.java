package jnum.suites.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Diag;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Routine;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;
import jnum.mat.kernel.spi.KernelProvider;
import jnum.mat.kernel.spi.Providers;
import jnum.testkit.Allocations;
import jnum.testkit.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What is particular to the native provider: operands that end their array before the end of
 * their last column's leading dimension (netlib's bound check wants the whole column), how the
 * facade dispatches to it, {@code -Djnum.kernel=native}, and the reason given when the system
 * BLAS cannot be loaded.
 */
class NativeKernelsTest {

    // ---- matrices at the very end of their array ----------------------------------------------

    /**
     * A bottom-right {@code rows x cols} block of a larger column-major matrix with leading
     * dimension {@code ld > rows}: its last element is the last element of the array. Entries are
     * small integers, so every routine computes exactly (all sums are integers far below 2^53) and
     * the native result must equal the scalar one bit for bit.
     */
    private record Block(double[] data, int off, int ld) {
        static Block of(SplittableRandom rnd, int rows, int cols) {
            int ld = rows + 1 + rnd.nextInt(4);
            int parentCols = cols + rnd.nextInt(3);
            double[] data = new double[ld * parentCols];
            for (int i = 0; i < data.length; i++) {
                data[i] = rnd.nextInt(5) - 2;
            }
            return new Block(data, data.length - 1 - (rows - 1) - (cols - 1) * ld, ld);
        }

        Block copy() {
            return new Block(data.clone(), off, ld);
        }
    }

    /** A triangular block whose diagonal is 1, so that a non-unit solve stays exact too. */
    private static Block triangle(SplittableRandom rnd, int n) {
        Block t = Block.of(rnd, n, n);
        for (int j = 0; j < n; j++) {
            t.data[t.off + j + j * t.ld] = 1;
        }
        return t;
    }

    private static void same(Block got, Block want, String what) {
        for (int i = 0; i < want.data.length; i++) {
            if (Double.doubleToLongBits(got.data[i]) != Double.doubleToLongBits(want.data[i])) {
                fail(what + ": array index " + i + " is " + got.data[i] + ", scalar gives " + want.data[i]);
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void level2OperandsEndingTheirArray(long seed) {
        Blas nat = Providers.blas(NativeProvider.get());
        Blas ref = Providers.blas(Providers.scalar());
        SplittableRandom rnd = new SplittableRandom(seed);
        int m = 1 + rnd.nextInt(20);
        int n = 1 + rnd.nextInt(20);
        double[] x = new double[Math.max(m, n)];
        double[] y = new double[Math.max(m, n)];
        for (int i = 0; i < x.length; i++) {
            x[i] = rnd.nextInt(5) - 2;
            y[i] = rnd.nextInt(5) - 2;
        }
        String c = " m=" + m + " n=" + n + " seed=" + seed;

        Block a = Block.of(rnd, m, n);
        Block aRef = a.copy();
        nat.ger(m, n, 2, x, 0, 1, y, n - 1, -1, a.data, a.off, a.ld);
        ref.ger(m, n, 2, x, 0, 1, y, n - 1, -1, aRef.data, aRef.off, aRef.ld);
        same(a, aRef, "ger" + c);

        Block s = Block.of(rnd, n, n);
        for (Uplo uplo : Uplo.values()) {
            double[] yn = y.clone();
            double[] yr = y.clone();
            nat.symv(uplo, n, -1, s.data, s.off, s.ld, x, 0, 1, 3, yn, 0, 1);
            ref.symv(uplo, n, -1, s.data, s.off, s.ld, x, 0, 1, 3, yr, 0, 1);
            assertEquals(toList(yr), toList(yn), "symv " + uplo + c);
            for (Transpose t : Transpose.values()) {
                for (Diag d : Diag.values()) {
                    Block tri = triangle(rnd, n);
                    double[] xn = x.clone();
                    double[] xr = x.clone();
                    nat.trmv(uplo, t, d, n, tri.data, tri.off, tri.ld, xn, 0, 1);
                    ref.trmv(uplo, t, d, n, tri.data, tri.off, tri.ld, xr, 0, 1);
                    assertEquals(toList(xr), toList(xn), "trmv " + uplo + " " + t + " " + d + c);
                    nat.trsv(uplo, t, d, n, tri.data, tri.off, tri.ld, xn, n - 1, -1);
                    ref.trsv(uplo, t, d, n, tri.data, tri.off, tri.ld, xr, n - 1, -1);
                    assertEquals(toList(xr), toList(xn), "trsv " + uplo + " " + t + " " + d + c);
                }
            }
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void level3OperandsEndingTheirArray(long seed) {
        Blas nat = Providers.blas(NativeProvider.get());
        Blas ref = Providers.blas(Providers.scalar());
        SplittableRandom rnd = new SplittableRandom(seed);
        int m = 1 + rnd.nextInt(12);
        int n = 1 + rnd.nextInt(12);
        String c = " m=" + m + " n=" + n + " seed=" + seed;
        for (Side side : Side.values()) {
            int order = side == Side.LEFT ? m : n;
            for (Uplo uplo : Uplo.values()) {
                for (Transpose t : Transpose.values()) {
                    for (Diag d : Diag.values()) {
                        Block tri = triangle(rnd, order);
                        Block b = Block.of(rnd, m, n);
                        Block bRef = b.copy();
                        nat.trmm(side, uplo, t, d, m, n, 2, tri.data, tri.off, tri.ld, b.data, b.off, b.ld);
                        ref.trmm(side, uplo, t, d, m, n, 2, tri.data, tri.off, tri.ld, bRef.data, bRef.off, bRef.ld);
                        same(b, bRef, "trmm " + side + " " + uplo + " " + t + " " + d + c);
                        nat.trsm(side, uplo, t, d, m, n, 0.5, tri.data, tri.off, tri.ld, b.data, b.off, b.ld);
                        ref.trsm(side, uplo, t, d, m, n, 0.5, tri.data, tri.off, tri.ld, bRef.data, bRef.off, bRef.ld);
                        same(b, bRef, "trsm " + side + " " + uplo + " " + t + " " + d + c);
                    }
                }
                Block a = Block.of(rnd, order, order);
                Block b = Block.of(rnd, m, n);
                Block cn = Block.of(rnd, m, n);
                Block cr = cn.copy();
                nat.symm(side, uplo, m, n, -1, a.data, a.off, a.ld, b.data, b.off, b.ld, 2, cn.data, cn.off, cn.ld);
                ref.symm(side, uplo, m, n, -1, a.data, a.off, a.ld, b.data, b.off, b.ld, 2, cr.data, cr.off, cr.ld);
                same(cn, cr, "symm " + side + " " + uplo + c);
            }
        }
        for (Uplo uplo : Uplo.values()) {
            for (Transpose t : Transpose.values()) {
                Block a = t == Transpose.NO ? Block.of(rnd, n, m) : Block.of(rnd, m, n);
                Block cn = Block.of(rnd, n, n);
                Block cr = cn.copy();
                nat.syrk(uplo, t, n, m, 3, a.data, a.off, a.ld, -1, cn.data, cn.off, cn.ld);
                ref.syrk(uplo, t, n, m, 3, a.data, a.off, a.ld, -1, cr.data, cr.off, cr.ld);
                same(cn, cr, "syrk " + uplo + " " + t + c);
            }
        }
    }

    /**
     * The output of a trailing update (the bottom-right block of a large matrix, which ends the
     * array) is neither copied whole nor packed: outputs with independent columns are split, syrk's
     * last column or row goes to dgemm; an output that must be packed (trsm on the right) is
     * packed without the rows between its end and the leading dimension.
     */
    @Test
    void trailingBlocksAreNotCopied() {
        KernelProvider nat = NativeProvider.get();
        int big = 400;
        int ld = 2 * big; // the block is the bottom-right quarter of an ld x ld matrix
        int k = 8;
        SplittableRandom rnd = new SplittableRandom(7);
        double[] whole = rnd.doubles((long) ld * ld, -1, 1).toArray();
        int cOff = ld * ld - 1 - (big - 1) - (big - 1) * ld;
        double[] small = rnd.doubles(big * k, -1, 1).toArray(); // a tall panel, ld = big, fits
        double[] tri = new double[k * k];
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < k; i++) {
                tri[i + j * k] = i == j ? 2 : rnd.nextDouble(-0.1, 0.1);
            }
        }
        long noCopy = 8L * big * big / 16; // a few JNI and lambda objects, far from any copy of the block
        assertTrue(
                Allocations.bytesAllocatedBy(
                                () -> nat.syrk(Uplo.LOWER, Transpose.NO, big, k, -1, small, 0, big, 1, whole, cOff, ld))
                        < noCopy,
                "syrk copied its trailing C");
        assertTrue(
                Allocations.bytesAllocatedBy(
                                () -> nat.syrk(Uplo.UPPER, Transpose.YES, big, k, -1, small, 0, k, 1, whole, cOff, ld))
                        < noCopy,
                "syrk copied its trailing C");
        // a k x big block row: B = op(A)^-1 B on the left, B = alpha A B + beta B
        int rowOff = ld * ld - 1 - (k - 1) - (big - 1) * ld;
        assertTrue(
                Allocations.bytesAllocatedBy(() -> nat.trsm(
                                Side.LEFT,
                                Uplo.LOWER,
                                Transpose.NO,
                                Diag.NON_UNIT,
                                k,
                                big,
                                1,
                                tri,
                                0,
                                k,
                                whole,
                                rowOff,
                                ld))
                        < noCopy,
                "trsm copied its trailing B");
        assertTrue(
                Allocations.bytesAllocatedBy(() -> nat.trmm(
                                Side.LEFT,
                                Uplo.UPPER,
                                Transpose.YES,
                                Diag.UNIT,
                                k,
                                big,
                                1,
                                tri,
                                0,
                                k,
                                whole,
                                rowOff,
                                ld))
                        < noCopy,
                "trmm copied its trailing B");
        assertTrue(
                Allocations.bytesAllocatedBy(() -> nat.symm(
                                Side.LEFT, Uplo.UPPER, k, big, 1, tri, 0, k, small, 0, k, 0.5, whole, rowOff, ld))
                        < noCopy,
                "symm copied its trailing C");
        assertTrue(
                Allocations.bytesAllocatedBy(() -> nat.ger(big, big, 1e-3, small, 0, 1, small, 1, 1, whole, cOff, ld))
                        < noCopy,
                "ger copied its trailing A");
        // on the right the columns are coupled: packed, but only the rows used
        long packed = Allocations.bytesAllocatedBy(() -> nat.trsm(
                Side.RIGHT,
                Uplo.UPPER,
                Transpose.NO,
                Diag.NON_UNIT,
                big,
                k,
                1,
                tri,
                0,
                k,
                whole,
                cOff + (big - k) * ld,
                ld));
        assertTrue(packed < 8L * k * ld * 3 / 4, packed + " bytes: more than the " + 8L * big * k + " used");
    }

    private static List<Double> toList(double[] v) {
        List<Double> out = new ArrayList<>(v.length);
        for (double d : v) {
            out.add(d);
        }
        return out;
    }

    // ---- dispatch -------------------------------------------------------------------------------

    @Test
    void theFacadeSendsLargeWorkToNativeAndSmallWorkToJava() {
        NativeProvider.get();
        assertEquals("native", Providers.usable().get(0).name(), Kernels.describe());
        String java = Providers.usable().get(1).name(); // vector in the default test JVM
        // large level 3 goes native unless OpenBLAS's kernels are narrower than the JIT's vectors
        // (OpenBLAS 0.3.21's 256-bit kernels on a 512-bit Zen 5): then from order 128 it stays in Java
        String large = narrowOpenBlasKernels() ? java : "native";
        assertEquals(large, Kernels.providerFor(Routine.GEMM, 2L * 512 * 512 * 512), Kernels.describe());
        assertEquals(large, Kernels.providerFor(Routine.TRSM, 256L * 256 * 256), Kernels.describe());
        assertEquals(large, Kernels.providerFor(Routine.SYRK, 128L * 128 * 128), Kernels.describe());
        assertEquals("native", Kernels.providerFor(Routine.GEMM, 2L * 100 * 100 * 100));
        assertEquals("native", Kernels.providerFor(Routine.SYRK, 127L * 127 * 127));
        assertEquals(java, Kernels.providerFor(Routine.GEMM, 2L * 8 * 8 * 8));
        assertEquals(java, Kernels.providerFor(Routine.SYRK, 8L * 8 * 8));
        // per-routine crossovers (docs/benchmarks/native-crossover.md): trsm, trmm, syrk from n = 16,
        // gemm and symm from n = 96
        assertEquals("native", Kernels.providerFor(Routine.TRSM, 32L * 32 * 32));
        assertEquals("native", Kernels.providerFor(Routine.TRMM, 16L * 16 * 16));
        assertEquals("native", Kernels.providerFor(Routine.SYRK, 16L * 16 * 16));
        assertEquals(java, Kernels.providerFor(Routine.GEMM, 2L * 64 * 64 * 64));
        assertEquals(java, Kernels.providerFor(Routine.SYMM, 2L * 64 * 64 * 64));
        assertEquals("native", Kernels.providerFor(Routine.SYMM, 2L * 96 * 96 * 96));
        // no BLAS routine, or OpenBLAS does not follow the SPI's NaN rule: never chosen
        assertEquals(java, Kernels.providerFor(Routine.SUM, 1L << 30));
        assertEquals(java, Kernels.providerFor(Routine.IAMAX, 1L << 30));
        // memory-bound routines: the Java kernels are as fast at every size measured
        assertEquals(java, Kernels.providerFor(Routine.DOT, 1L << 24));
        assertEquals(java, Kernels.providerFor(Routine.GEMV, 2L * 4096 * 4096));
        // triangular level 2: native from order 64
        assertEquals("native", Kernels.providerFor(Routine.TRSV, 512L * 512));
        assertEquals(java, Kernels.providerFor(Routine.TRSV, 16L * 16));
    }

    /** Whether the start-up line reports OpenBLAS kernels narrower than the JIT's vectors. */
    static boolean narrowOpenBlasKernels() {
        return Kernels.describe().contains("narrower than the JIT's");
    }

    /**
     * The start-up line's verdict against OpenBLAS's own core name and HotSpot's vector width, asked
     * here directly: 256-bit kernels (Haswell, Zen, Sandybridge) under 512-bit JIT vectors are
     * narrower; 512-bit kernels (SkylakeX, Cooperlake, SapphireRapids) are not.
     */
    @Test
    @SuppressWarnings("restricted")
    void theNarrowKernelRemarkFollowsOpenBlasCoreAndJitWidth() throws Throwable {
        NativeProvider.get();
        String core;
        try (Arena arena = Arena.ofConfined()) {
            var name = SymbolLookup.libraryLookup("libblas.so.3", arena).find("openblas_get_corename");
            assumeTrue(name.isPresent(), "the system BLAS is not OpenBLAS");
            MemorySegment s = (MemorySegment) Linker.nativeLinker()
                    .downcallHandle(name.get(), FunctionDescriptor.of(ValueLayout.ADDRESS))
                    .invokeExact();
            core = s.reinterpret(64).getString(0).toLowerCase(Locale.ROOT);
        }
        int jitBits = 8
                * Integer.parseInt(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                        .getVMOption("MaxVectorSize")
                        .getValue());
        boolean expected;
        if (Set.of("haswell", "zen", "sandybridge").contains(core)) {
            expected = jitBits > 256;
        } else if (Set.of("skylakex", "cooperlake", "sapphirerapids").contains(core)) {
            expected = false;
        } else {
            assumeTrue(false, "OpenBLAS core " + core + " not classified by this test");
            return;
        }
        assertEquals(expected, narrowOpenBlasKernels(), core + ", JIT " + jitBits + " bits: " + Kernels.describe());
        // the LAPACK side follows the same verdict: QR at n = 300 goes native only with wide kernels
        assertEquals(
                expected ? "java" : "native",
                Kernels.lapackProviderFor(jnum.mat.kernel.LapackRoutine.GEQRF, 2L * 300 * 300 * 300),
                Kernels.describe());
    }

    @Test
    void theProviderComputesThroughTheFacade() {
        Blas blas = Providers.blas(NativeProvider.get());
        assertEquals(32.0, blas.dot(3, new double[] {1, 2, 3}, 0, 1, new double[] {4, 5, 6}, 0, 1));
        // negative increment: logical element 0 is at the offset, the highest index
        assertEquals(4 * 1 + 5 * 2 + 6 * 3, blas.dot(3, new double[] {1, 2, 3}, 2, -1, new double[] {6, 5, 4}, 0, 1));
        // logically [2, 3, -3, 1]: the first maximum is logical 1, not the first in memory (logical 2)
        assertEquals(1, blas.iamax(4, new double[] {1, -3, 3, 2}, 3, -1));
        assertEquals(1, blas.iamax(4, new double[] {1, Double.NaN, 9, Double.NaN}, 0, 1));
        // rot of a vector with itself ends like the reference: y = c x - s x stored last
        double[] r = {1, 2, 3};
        blas.rot(3, r, 0, 1, r, 0, 1, 0.6, 0.8);
        double[] rRef = {1, 2, 3};
        Providers.blas(Providers.scalar()).rot(3, rRef, 0, 1, rRef, 0, 1, 0.6, 0.8);
        assertArrayEquals(rRef, r);
        double[] x = {Double.NaN, Double.POSITIVE_INFINITY, 2};
        blas.scal(3, 0, x, 0, 1);
        assertTrue(
                Double.isNaN(x[0]) && Double.isNaN(x[1]) && x[2] == 0, toList(x).toString());
    }

    /**
     * GEMMs issued from several Java threads at once (as a parallel factorization would) give the
     * same bits as the same GEMMs issued one after the other.
     */
    @Test
    void concurrentCallsGiveTheSameBitsAsSequentialOnes() throws Exception {
        KernelProvider nat = NativeProvider.get();
        int tasks = 4;
        int n = 150;
        SplittableRandom rnd = new SplittableRandom(20261127L);
        double[][] a = new double[tasks][n * n];
        double[][] b = new double[tasks][n * n];
        double[][] sequential = new double[tasks][n * n];
        for (int t = 0; t < tasks; t++) {
            for (int i = 0; i < n * n; i++) {
                a[t][i] = rnd.nextDouble(-1, 1);
                b[t][i] = rnd.nextDouble(-1, 1);
            }
            nat.gemm(Transpose.NO, Transpose.YES, n, n, n, 1, a[t], 0, n, b[t], 0, n, 0, sequential[t], 0, n);
        }
        ExecutorService pool = Executors.newFixedThreadPool(tasks);
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<double[]>> results = new ArrayList<>();
                for (int t = 0; t < tasks; t++) {
                    int task = t;
                    results.add(pool.submit(() -> {
                        double[] c = new double[n * n];
                        for (int rep = 0; rep < 5; rep++) {
                            nat.gemm(Transpose.NO, Transpose.YES, n, n, n, 1, a[task], 0, n, b[task], 0, n, 0, c, 0, n);
                        }
                        return c;
                    }));
                }
                for (int t = 0; t < tasks; t++) {
                    assertArrayEquals(
                            sequential[t], results.get(t).get(60, TimeUnit.SECONDS), "task " + t + " round " + round);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- child JVMs: forcing and failing to load -------------------------------------------------

    private record Child(String provider, String description, String stderr) {}

    /** Runs {@link KernelChoiceProbe} (provider of a large dot, then the description). */
    private static Child probe(String... properties) throws Exception {
        return probeOn(ChildJvm.classPath(), properties);
    }

    /** As {@link #probe}, on the given class path. */
    private static Child probeOn(String classPath, String... properties) throws Exception {
        List<String> args = new ArrayList<>();
        args.add("--enable-native-access=ALL-UNNAMED");
        for (String p : properties) {
            args.add("-D" + p);
        }
        args.addAll(List.of("-cp", classPath, KernelChoiceProbe.class.getName()));
        ChildJvm.Result r = ChildJvm.run(60, args);
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals(2, r.lines().size(), r.toString());
        return new Child(r.lines().get(0), r.lines().get(1), r.stderr());
    }

    @Test
    void nativeCanBeForcedWithoutNetlibNoise() throws Exception {
        NativeProvider.get();
        Child c = probe("jnum.kernel=native");
        assertEquals("native", c.provider());
        assertEquals(
                "jnum kernels: native (forced by -Djnum.kernel=native; vector unusable: start the"
                        + " JVM with --add-modules jdk.incubator.vector); LAPACK: native",
                c.description());
        // netlib's report of its own Java fallback (no Vector API module here) is not printed
        assertFalse(c.stderr().contains("dev.ludovic.netlib"), c.stderr());
    }

    @Test
    void aMissingSystemBlasIsReportedWithTheReason() throws Exception {
        Child c = probe("dev.ludovic.netlib.blas.nativeLib=no-such-blas.so.3");
        assertNotEquals("native", c.provider());
        assertTrue(
                c.description()
                        .contains("native unusable: dev.ludovic.netlib could not load the"
                                + " system BLAS (dev.ludovic.netlib.blas.nativeLib=no-such-blas.so.3)"),
                c.description());
        assertTrue(c.description().contains("libopenblas0-pthread"), c.description());
        assertFalse(c.description().contains("\n"), c.description());
    }

    /** The class path of this JVM without the entries whose path contains {@code part}. */
    private static String classPathWithout(String part) {
        String sep = System.getProperty("path.separator");
        return Arrays.stream(ChildJvm.classPath().split(sep))
                .filter(e -> !e.replace('\\', '/').contains(part))
                .collect(Collectors.joining(sep));
    }

    @Test
    void aMissingNetlibJarIsReportedAsAMissingJar() throws Exception {
        Child c = probeOn(classPathWithout("dev/ludovic/netlib"));
        assertNotEquals("native", c.provider());
        assertTrue(
                c.description()
                        .contains("native unusable: a jar is missing: class dev.ludovic.netlib.blas.NativeBLAS of"
                                + " dev.ludovic.netlib:blas is not on the class or module path"),
                c.description());
        assertFalse(c.description().contains("install an optimized BLAS"), c.description());
    }

    @Test
    void aMissingTransitiveJarIsNamedNotTakenForAMissingLibrary() throws Exception {
        NativeProvider.get(); // the system library is there
        Child c = probeOn(classPathWithout("arpack_combined_all"));
        assertNotEquals("native", c.provider());
        assertTrue(
                c.description()
                        .contains("native unusable: a jar is missing: class org.netlib.util.doubleW of"
                                + " net.sourceforge.f2j:arpack_combined_all"),
                c.description());
        assertFalse(c.description().contains("install an optimized BLAS"), c.description());
    }

    /** A library that loads but has no BLAS (netlib would call a null symbol: SIGSEGV). */
    @Test
    void aLibraryWithoutBlasIsALogLineNotACrash() throws Exception {
        Child c = probe("dev.ludovic.netlib.blas.nativeLib=libm.so.6");
        assertEquals("scalar", c.provider(), c.description()); // the child has no Vector API module
        assertTrue(
                c.description()
                        .contains("native unusable: the library libm.so.6 loads but is not a BLAS: it lacks every"
                                + " BLAS routine"),
                c.description());
    }

    @Test
    void withoutTheNativeLapackTheJavaLapackServesAndTheLogSaysWhyOnce() throws Exception {
        NativeProvider.get();
        String sep = System.getProperty("path.separator");
        String withoutLapack = Arrays.stream(
                        System.getProperty("java.class.path").split(sep))
                .filter(e -> !e.replace('\\', '/').contains("dev/ludovic/netlib/lapack"))
                .collect(Collectors.joining(sep));
        Child c = probeOn(withoutLapack);
        // native BLAS and native LAPACK fail independently
        assertTrue(c.description().startsWith("jnum kernels: native"), c.description());
        assertTrue(
                c.description()
                        .contains("; LAPACK: java (native unusable: dev.ludovic.netlib could not load the"
                                + " system LAPACK"),
                c.description());
        assertEquals(1, c.stderr().split("jnum kernels: ", -1).length - 1, c.stderr());
        assertTrue(c.stderr().contains(c.description()), c.stderr());
    }
}
