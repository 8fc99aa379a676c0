package jnum.linalg.netlib;

import dev.ludovic.netlib.lapack.NativeLAPACK;
import java.util.logging.Level;
import java.util.logging.Logger;
import jnum.mat.kernel.spi.LapackProvider;
import jnum.mat.kernel.spi.LapackProviderFactory;

/**
 * Creates the {@code native} LAPACK provider ({@link NativeLapack}) for
 * {@link java.util.ServiceLoader}, after probing that dev.ludovic.netlib loads the system LAPACK
 * and that a 2x2 LU comes back right. Independent of the native BLAS: either can be usable
 * without the other.
 */
public final class NativeLapackFactory implements LapackProviderFactory {

    /** The netlib logger that reports which of its own Java fallbacks it picked (noise here). */
    private static final String NETLIB_CHOICE_LOGGER = "dev.ludovic.netlib.lapack.InstanceBuilder";

    /** netlib's own system properties naming the LAPACK library to load. */
    static final String NATIVE_LIB = "dev.ludovic.netlib.lapack.nativeLib";

    static final String NATIVE_LIB_PATH = "dev.ludovic.netlib.lapack.nativeLibPath";

    /** netlib's default LAPACK library name, as given to {@code dlopen}. */
    static final String DEFAULT_LIBRARY = "liblapack.so.3";

    /** Public no-argument constructor, for {@link java.util.ServiceLoader} on the class path. */
    public NativeLapackFactory() {}

    @Override
    public String name() {
        return "native";
    }

    /**
     * Loads the system LAPACK through {@link NativeLAPACK#getInstance()} (never netlib's Java
     * fallback) and checks it on a tiny problem.
     *
     * @throws UnsupportedOperationException with the reason when the native LAPACK is not usable
     */
    @Override
    public LapackProvider create(LapackProvider fallback) {
        NativeLAPACK lapack;
        Logger choice = Logger.getLogger(NETLIB_CHOICE_LOGGER);
        Level saved = choice.getLevel();
        choice.setLevel(Level.SEVERE);
        try {
            lapack = NativeLAPACK.getInstance();
        } catch (RuntimeException | LinkageError e) {
            throw new UnsupportedOperationException(
                    "dev.ludovic.netlib could not load the system LAPACK (liblapack.so.3): " + e
                            + "; install one (Debian/Ubuntu: libopenblas0-pthread) or put dev.ludovic.netlib:lapack"
                            + " on the path",
                    e);
        } finally {
            choice.setLevel(saved);
        }
        String path = System.getProperty(NATIVE_LIB_PATH);
        boolean narrow = (path != null
                        ? KernelWidth.nativeNarrower(path, true)
                        : KernelWidth.nativeNarrower(System.getProperty(NATIVE_LIB, DEFAULT_LIBRARY), false))
                .isPresent();
        NativeLapack provider = new NativeLapack(lapack, fallback, narrow);
        selfTest(provider);
        return provider;
    }

    /** LU of [[1, 2], [3, 4]]: pivot row 1, L21 = 1/3, U = [[3, 4], [0, 2/3]]. */
    private static void selfTest(NativeLapack p) {
        double[] a = {1, 3, 2, 4};
        int[] ipiv = new int[2];
        int info;
        try {
            info = p.getrf(2, 2, a, 0, 2, ipiv, 0);
        } catch (RuntimeException e) {
            throw new UnsupportedOperationException("the system LAPACK failed a self-test call: " + e, e);
        }
        if (info != -1 || ipiv[0] != 1 || ipiv[1] != 1 || a[0] != 3 || a[2] != 4 || Math.abs(a[1] - 1.0 / 3) > 1e-15) {
            throw new UnsupportedOperationException("the system LAPACK computed a wrong 2x2 LU: "
                    + java.util.Arrays.toString(a) + ", pivots " + java.util.Arrays.toString(ipiv));
        }
    }
}
