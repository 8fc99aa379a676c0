package jnum.linalg.netlib;

import java.lang.foreign.Arena;
import java.lang.foreign.SymbolLookup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Looks up, before netlib's JNI binding is used, the BLAS symbols that the binding calls in the
 * library it will load. netlib's binding resolves them with {@code dlsym} and calls them without
 * checking, so a library that loads but has no BLAS (a wrong {@code -Ddev.ludovic.netlib.blas.nativeLib})
 * would crash the JVM on the first call; with this probe it is a line in the kernel description.
 */
final class BlasLibraryProbe {
    /** The Fortran-ABI routines the native provider calls (the binding adds the underscore). */
    static final List<String> SYMBOLS = List.of(
            "ddot_", "daxpy_", "dscal_", "dcopy_", "dswap_", "dnrm2_", "dasum_", "idamax_", "drot_", "dgemv_", "dger_",
            "dsymv_", "dtrmv_", "dtrsv_", "dgemm_", "dtrsm_", "dtrmm_", "dsyrk_", "dsymm_");

    /** netlib's default library name, as given to {@code dlopen}. */
    static final String DEFAULT_LIBRARY = "libblas.so.3";

    private BlasLibraryProbe() {}

    /** The library netlib will load: its path property, else its name property, else the default. */
    static String library() {
        String path = System.getProperty(NativeKernelsFactory.NATIVE_LIB_PATH);
        if (path != null) {
            return path;
        }
        return System.getProperty(NativeKernelsFactory.NATIVE_LIB, DEFAULT_LIBRARY);
    }

    /**
     * Checks that {@link #library()} can be opened and defines every routine of {@link #SYMBOLS}.
     *
     * @throws UnsupportedOperationException with the reason otherwise
     */
    // opening a native library is restricted: this module already needs native access for netlib
    @SuppressWarnings("restricted")
    static void requireBlasSymbols() {
        String lib = library();
        boolean isPath = System.getProperty(NativeKernelsFactory.NATIVE_LIB_PATH) != null;
        List<String> missing = new ArrayList<>();
        try (Arena arena = Arena.ofConfined()) {
            SymbolLookup lookup =
                    isPath ? SymbolLookup.libraryLookup(Path.of(lib), arena) : SymbolLookup.libraryLookup(lib, arena);
            for (String symbol : SYMBOLS) {
                if (lookup.find(symbol).isEmpty()) {
                    missing.add(symbol);
                }
            }
        } catch (IllegalArgumentException e) {
            throw new UnsupportedOperationException(NativeKernelsFactory.reason(e), e);
        } catch (IllegalCallerException e) {
            throw new UnsupportedOperationException(
                    "native access is not enabled for jnum.linalg.netlib: run the JVM"
                            + " with --enable-native-access=ALL-UNNAMED (class path) or"
                            + " --enable-native-access=jnum.linalg.netlib,dev.ludovic.netlib.blas,dev.ludovic.netlib.lapack (module path)",
                    e);
        }
        if (!missing.isEmpty()) {
            throw new UnsupportedOperationException("the library " + lib + " loads but is not a BLAS: it lacks "
                    + (missing.size() == SYMBOLS.size() ? "every BLAS routine" : String.join(", ", missing))
                    + "; point -D" + NativeKernelsFactory.NATIVE_LIB + " or -D" + NativeKernelsFactory.NATIVE_LIB_PATH
                    + " at a BLAS (e.g. libopenblas.so.0)");
        }
    }
}
