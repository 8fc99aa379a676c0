package jnum.linalg.netlib;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Compares the vector width of the kernels OpenBLAS picked for this CPU with the width the JIT
 * compiles jnum's Vector API kernels to.
 *
 * <p>OpenBLAS chooses its kernels by CPU model at load time, and a release older than the CPU
 * falls back to an older model's kernels: OpenBLAS 0.3.21 runs its 256-bit Haswell kernels on AMD
 * Zen 5, whose 512-bit FMA units the JIT uses in full. There the vector provider's GEMM was 1.8x
 * faster than OpenBLAS's (docs/benchmarks/gemm.md), so handing large level-3 work to native would
 * make it slower. {@link #nativeNarrower} tells the native providers to keep large work in Java
 * then. Setting {@code OPENBLAS_CORETYPE} to a 512-bit model (e.g. {@code SkylakeX}) makes OpenBLAS
 * load its wide kernels, and the usual thresholds apply again.
 */
final class KernelWidth {

    /** OpenBLAS core names whose double-precision kernels use 512-bit registers. */
    private static final Set<String> WIDE_CORES = Set.of("skylakex", "cooperlake", "sapphirerapids");

    /** OpenBLAS core names whose double-precision kernels use 256-bit registers (AVX, AVX2). */
    private static final Set<String> AVX_CORES = Set.of(
            "haswell",
            "zen",
            "sandybridge",
            "excavator",
            "steamroller",
            "piledriver",
            "bulldozer",
            "skylake",
            "broadwell");

    private KernelWidth() {}

    /**
     * Register width in bits of the double-precision kernels of an OpenBLAS core, if the name is
     * known.
     */
    static OptionalInt openBlasBits(String core) {
        String c = core.trim().toLowerCase(Locale.ROOT);
        if (WIDE_CORES.contains(c)) {
            return OptionalInt.of(512);
        }
        if (AVX_CORES.contains(c)) {
            return OptionalInt.of(256);
        }
        return OptionalInt.empty();
    }

    /**
     * Whether OpenBLAS's kernels (named by {@code core}) are narrower than the JIT's vectors
     * ({@code jitBits}); false when either is unknown.
     */
    static boolean narrower(Optional<String> core, OptionalInt jitBits) {
        if (core.isEmpty() || jitBits.isEmpty()) {
            return false;
        }
        OptionalInt blas = openBlasBits(core.get());
        return blas.isPresent() && blas.getAsInt() < jitBits.getAsInt();
    }

    /**
     * For the library netlib loads and this JVM: a sentence naming both widths when OpenBLAS's
     * kernels are the narrower, empty otherwise.
     */
    static Optional<String> nativeNarrower(String library, boolean isPath) {
        Optional<String> core = openBlasCore(library, isPath);
        OptionalInt jit = jitVectorBits();
        if (!narrower(core, jit)) {
            return Optional.empty();
        }
        return Optional.of("OpenBLAS runs its " + core.get() + " kernels ("
                + openBlasBits(core.get()).getAsInt() + "-bit), narrower than the JIT's " + jit.getAsInt()
                + "-bit vectors");
    }

    /**
     * The widest vector the JIT compiles jnum's kernels to ({@code MaxVectorSize}, in bits), when it
     * says; empty without the Vector API module (jnum's Java kernels are then scalar).
     */
    static OptionalInt jitVectorBits() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (vm == null) {
                return OptionalInt.empty();
            }
            return OptionalInt.of(
                    8 * Integer.parseInt(vm.getVMOption("MaxVectorSize").getValue()));
        } catch (RuntimeException e) {
            // not HotSpot, or the option is absent: no opinion
            return OptionalInt.empty();
        }
    }

    /**
     * {@code openblas_get_corename()} of the library, or empty when it is not OpenBLAS or cannot be
     * asked.
     */
    // calling into a native library is restricted: this module already needs native access for netlib
    @SuppressWarnings("restricted")
    static Optional<String> openBlasCore(String library, boolean isPath) {
        try (Arena arena = Arena.ofConfined()) {
            SymbolLookup lookup = isPath
                    ? SymbolLookup.libraryLookup(Path.of(library), arena)
                    : SymbolLookup.libraryLookup(library, arena);
            Optional<MemorySegment> symbol = lookup.find("openblas_get_corename");
            if (symbol.isEmpty()) {
                return Optional.empty();
            }
            MemorySegment name = (MemorySegment) Linker.nativeLinker()
                    .downcallHandle(symbol.get(), FunctionDescriptor.of(ValueLayout.ADDRESS))
                    .invokeExact();
            if (name.equals(MemorySegment.NULL)) {
                return Optional.empty();
            }
            return Optional.of(name.reinterpret(64).getString(0));
        } catch (Throwable e) {
            // no native access, no such library or a failing call: keep the usual thresholds
            return Optional.empty();
        }
    }
}
