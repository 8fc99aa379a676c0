/**
 * The {@code native} kernel provider: jnum's kernel SPI on the system BLAS (OpenBLAS, say)
 * through dev.ludovic.netlib's JNI binding {@code dev.ludovic.netlib.blas.NativeBLAS}.
 *
 * <h2>Enabling it</h2>
 *
 * <ul>
 *   <li>Put this module ({@code org.jnum:jnum-linalg-native}, which brings
 *       {@code dev.ludovic.netlib:blas}) on the class or module path. It is found with
 *       {@link java.util.ServiceLoader} as a {@link jnum.mat.kernel.spi.KernelProviderFactory} named
 *       {@code native}; it exports no package.
 *   <li>Install a BLAS that the dynamic linker finds as {@code libblas.so.3}: on Debian and Ubuntu
 *       {@code libopenblas0-pthread} (registered as {@code libblas.so.3} through
 *       update-alternatives). netlib's own system properties choose another library:
 *       {@code -Ddev.ludovic.netlib.blas.nativeLib=NAME} (a name for {@code dlopen}, default
 *       {@code libblas.so.3}) or {@code -Ddev.ludovic.netlib.blas.nativeLibPath=PATH} (an absolute
 *       path; wins over the name).
 *   <li>Run the JVM with {@code --enable-native-access=ALL-UNNAMED} (class path) or
 *       {@code --enable-native-access=jnum.linalg.netlib,dev.ludovic.netlib.blas,dev.ludovic.netlib.lapack} (module path); without it JDK 25
 *       prints a restricted-method warning when netlib loads its JNI shim (and a later JDK may
 *       refuse).
 * </ul>
 *
 * <p>The factory first checks that netlib's jars are all there (a missing
 * {@code arpack_combined_all} jar is named as such, not taken for a missing library), then looks up
 * every BLAS routine it calls in the library netlib will load, with {@link java.lang.foreign.SymbolLookup}
 * (netlib's binding calls them unchecked, so a library without BLAS, such as {@code libm.so.6},
 * would crash the JVM), then probes {@code NativeBLAS.getInstance()} (never
 * {@code BLAS.getInstance()}, which silently falls back to Java) and runs a dot product and a 2x2
 * GEMM with exact results. When any of it fails, the provider is not used and {@link jnum.mat.kernel.Kernels#describe()} (also
 * logged once at INFO) says why, e.g. {@code native unusable: dev.ludovic.netlib could not load
 * the system BLAS (libblas.so.3): ...; install an optimized BLAS providing libblas.so.3
 * (Debian/Ubuntu: libopenblas0-pthread) ...}. netlib reports which of its own Java fallbacks it
 * picked (a WARNING when the Vector API module is absent, an INFO line otherwise); jnum never uses
 * those fallbacks, so that logger ({@code dev.ludovic.netlib.blas.InstanceBuilder}) is raised to
 * SEVERE for the one probe and then restored. netlib logs the cause of a failed native load only
 * at FINE; the reason above is jnum's own.
 *
 * <h2>Threads</h2>
 *
 * OpenBLAS runs its own threads, set with the environment variable {@code OPENBLAS_NUM_THREADS}
 * (default: every core); {@link jnum.mat.kernel.Parallelism} does not reach it. A given library,
 * thread count and call give the same bits every time (tested). On a shared or loaded machine,
 * {@code OPENBLAS_NUM_THREADS=1} is much better: OpenBLAS's threads spin for cores that other
 * processes hold, which turned sub-millisecond calls into ones of several milliseconds
 * (docs/benchmarks/native-crossover.md).
 *
 * <h2>When it is chosen</h2>
 *
 * {@link jnum.mat.kernel.Kernels} lists {@code native} first, and the facade gives it a call when
 * {@link jnum.linalg.netlib.NativeKernels#accepts accepts} says so, with the work the facade counts
 * (level 1: n; gemv, ger, symv: 2mn; trmv, trsv: n^2; gemm: 2mnk; symm: 2 order m n; trsm, trmm:
 * order m n; syrk: n^2 k). {@code -Djnum.kernel=native} sends every call to it. The thresholds are
 * where the timings of the facade with native and with vector cross (the measurements, with the
 * machine, JDK and date, are in docs/benchmarks/native-crossover.md):
 *
 * <ul>
 *   <li>Level 1: never. A JNI call costs more than a short vector loop, and above that both are
 *       memory-bound; {@code sum} (no BLAS routine) and {@code iamax} (see below) are never
 *       accepted either.
 *   <li>Level 2: trmv and trsv from {@code n^2 >= 64^2}, where OpenBLAS's blocked triangular
 *       solve pulls ahead; gemv, ger and symv never (memory-bound, the vector provider as fast).
 *   <li>Level 3: per routine, from a JMH run of square operands on one thread each side: gemm and
 *       symm from n = 96 (the vector provider is faster below), trsm, trmm and syrk from n = 16.
 * </ul>
 *
 * <p><b>Narrow OpenBLAS kernels.</b> OpenBLAS picks its kernels by CPU model when it loads, and a
 * release older than the CPU runs an older model's kernels: OpenBLAS 0.3.21 runs its 256-bit Haswell
 * kernels on AMD Zen 5, whose 512-bit FMA units the JIT uses in full, and there jnum's vector GEMM
 * was 1.8x faster than OpenBLAS's from n = 512. So when OpenBLAS's {@code openblas_get_corename()}
 * names a core with 256-bit kernels and HotSpot's {@code MaxVectorSize} is wider (with the Vector
 * API module loaded), level 3 goes native only below order 128 and the GEMM-bound LAPACK routines
 * (potrf, geqrf and gelqf, forming and applying orthogonal factors, the triangular solves) only
 * below order 256 (getrf keeps its window below n = 1000, where native dgetrf still won); the spectral drivers, which win natively by algorithm, are unchanged.
 * {@link jnum.mat.kernel.Kernels#describe()} says so. Setting {@code OPENBLAS_CORETYPE=SkylakeX}
 * (before the JVM starts) makes OpenBLAS load its 512-bit kernels, and then the usual thresholds
 * apply.
 *
 * <h2>Semantics</h2>
 *
 * The provider keeps the kernel conventions ({@link jnum.mat.kernel}): offsets name
 * logical element 0 for negative increments too (converted to BLAS's lowest address), indices are
 * 0-based, {@code beta == 0} does not read the output and {@code alpha == 0} does not read the
 * inputs of the product. Where OpenBLAS 0.3.21 differs (checked by hand and by the conformance
 * suites), the call is served in Java by the scalar reference provider: {@code scal} by zero
 * (OpenBLAS zero-fills NaN and infinities), {@code iamax} with a NaN present or a negative
 * increment (OpenBLAS misplaces NaN: index 0 for a NaN at the end of 40 elements), {@code gemm}
 * with {@code alpha == 0} (OpenBLAS multiplies the NaNs of A and B by zero) and every routine whose
 * product part is empty or zero. Matrices that end their array before the end of their last
 * column's leading dimension, which netlib's bound check rejects, are split into calls that pass
 * it, or packed without the unused rows ({@code NetlibMatrix}); the trailing matrix of a blocked
 * factorization is never copied.
 */
package jnum.linalg.netlib;
