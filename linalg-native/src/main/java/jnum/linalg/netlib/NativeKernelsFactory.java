package jnum.linalg.netlib;

import dev.ludovic.netlib.blas.NativeBLAS;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import jnum.mat.kernel.spi.KernelProvider;
import jnum.mat.kernel.spi.KernelProviderFactory;

/**
 * Creates the {@code native} provider ({@link NativeKernels}) for {@link java.util.ServiceLoader},
 * after probing that dev.ludovic.netlib loads its JNI shim and the system BLAS and that a dot
 * product and a small GEMM come back right.
 */
public final class NativeKernelsFactory implements KernelProviderFactory {

    /** netlib's own system properties naming the BLAS library to load. */
    static final String NATIVE_LIB = "dev.ludovic.netlib.blas.nativeLib";

    static final String NATIVE_LIB_PATH = "dev.ludovic.netlib.blas.nativeLibPath";

    /**
     * The netlib logger that reports which of its own Java fallbacks it picked. jnum never uses
     * those fallbacks, so their WARNING (no Vector API module) and INFO lines are noise here; the
     * failure to load the native library is logged there only at FINE and reported by
     * {@link #create} instead.
     */
    private static final String NETLIB_CHOICE_LOGGER = "dev.ludovic.netlib.blas.InstanceBuilder";

    /** Public no-argument constructor, for {@link java.util.ServiceLoader} on the class path. */
    public NativeKernelsFactory() {}

    @Override
    public String name() {
        return "native";
    }

    /**
     * Loads the system BLAS through {@link NativeBLAS#getInstance()} (never netlib's Java fallback)
     * and checks it on a tiny problem.
     *
     * @throws UnsupportedOperationException with the reason when the native BLAS is not usable
     */
    @Override
    public KernelProvider create(KernelProvider fallback) {
        requireJars();
        BlasLibraryProbe.requireBlasSymbols();
        NativeBLAS blas;
        try {
            blas = loadQuietly();
        } catch (RuntimeException | LinkageError e) {
            throw new UnsupportedOperationException(reason(e), e);
        }
        selfTest(blas);
        boolean isPath = System.getProperty(NATIVE_LIB_PATH) != null;
        return new NativeKernels(blas, fallback, KernelWidth.nativeNarrower(BlasLibraryProbe.library(), isPath));
    }

    /**
     * Classes of netlib's jars that its native binding links against, with the artifact that holds
     * each: when a jar is missing, netlib reports only "Unable to load native implementation".
     */
    private static final String[][] REQUIRED_CLASSES = {
        {"dev.ludovic.netlib.blas.NativeBLAS", "dev.ludovic.netlib:blas"},
        {"org.netlib.util.doubleW", "net.sourceforge.f2j:arpack_combined_all (a dependency of dev.ludovic.netlib:blas)"
        },
    };

    /**
     * Checks that netlib's jars are all there, so that a missing jar is not reported as a missing
     * system library.
     *
     * @throws UnsupportedOperationException naming the missing class and its artifact
     */
    static void requireJars() {
        ClassLoader loader = NativeKernelsFactory.class.getClassLoader();
        for (String[] required : REQUIRED_CLASSES) {
            try {
                Class.forName(required[0], false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new UnsupportedOperationException("a jar is missing: class " + required[0] + " of " + required[1]
                        + " is not on the class or module path (" + e + ")");
            }
        }
    }

    /**
     * {@link NativeBLAS#getInstance()} with netlib's choice logger raised to SEVERE for the one
     * static initialisation it triggers, then restored.
     */
    private static NativeBLAS loadQuietly() {
        Logger choice = Logger.getLogger(NETLIB_CHOICE_LOGGER);
        Level saved = choice.getLevel();
        choice.setLevel(Level.SEVERE);
        try {
            return NativeBLAS.getInstance();
        } finally {
            choice.setLevel(saved);
        }
    }

    /** What went wrong and what to do about it, in one sentence. */
    static String reason(Throwable e) {
        String lib = System.getProperty(NATIVE_LIB_PATH);
        String which = lib != null
                ? NATIVE_LIB_PATH + "=" + lib
                : System.getProperty(NATIVE_LIB) != null
                        ? NATIVE_LIB + "=" + System.getProperty(NATIVE_LIB)
                        : "libblas.so.3";
        StringBuilder why = new StringBuilder("dev.ludovic.netlib could not load the system BLAS (")
                .append(which)
                .append("): ")
                .append(e);
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            why.append(" <- ").append(c);
        }
        if (e instanceof NoClassDefFoundError) {
            why.append("; a jar is missing: put dev.ludovic.netlib:blas and its dependencies on the class or"
                    + " module path");
        } else {
            why.append("; install an optimized BLAS providing libblas.so.3 (Debian/Ubuntu:"
                    + " libopenblas0-pthread) or point -D" + NATIVE_LIB + " / -D" + NATIVE_LIB_PATH
                    + " at one");
        }
        return why.toString();
    }

    /**
     * A dot product and a 2x2 GEMM with exactly representable results: a library that loads but
     * lacks a symbol (netlib then throws) or computes nonsense is not used.
     */
    private static void selfTest(NativeBLAS blas) {
        double dot;
        double[] c = {1, 1, 1, 1};
        try {
            dot = blas.ddot(3, new double[] {1, 2, 3}, 0, 1, new double[] {4, 5, 6}, 0, 1);
            // C = 2 [1 3; 2 4] [5 7; 6 8] - C
            blas.dgemm(
                    "N",
                    "N",
                    2,
                    2,
                    2,
                    2,
                    new double[] {1, 2, 3, 4},
                    0,
                    2,
                    new double[] {5, 6, 7, 8},
                    0,
                    2,
                    -1,
                    c,
                    0,
                    2);
        } catch (RuntimeException e) {
            throw new UnsupportedOperationException("the system BLAS failed a self-test call: " + e, e);
        }
        if (dot != 32 || c[0] != 45 || c[1] != 67 || c[2] != 61 || c[3] != 91) {
            throw new UnsupportedOperationException("the system BLAS computed wrong results: ddot = " + dot
                    + " (want 32), dgemm = " + Arrays.toString(c) + " (want [45.0, 67.0, 61.0, 91.0])");
        }
    }
}
