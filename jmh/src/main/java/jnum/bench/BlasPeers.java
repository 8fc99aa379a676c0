package jnum.bench;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.JavaBLAS;
import dev.ludovic.netlib.blas.NativeBLAS;
import jnum.mat.kernel.Blas;
import jnum.mat.kernel.spi.Providers;

/**
 * The implementations the level-1/2 benchmarks compare: jnum's scalar and vector providers
 * (through the validating facade, as users call them), dev.ludovic.netlib's pure-Java BLAS (its
 * Vector API {@code VectorBLAS} on JDK 16+ with the incubator module) and its native BLAS (the
 * system's libblas.so.3, OpenBLAS here) when it loads.
 */
final class BlasPeers {
    private BlasPeers() {}

    static Blas jnumScalar() {
        return Providers.blas(Providers.scalar());
    }

    static Blas jnumVector() {
        return Providers.blas(Providers.provider("vector"));
    }

    /** What {@code JavaBLAS.getInstance()} returns: VectorBLAS when the module is readable. */
    static BLAS netlibJava() {
        BLAS b = JavaBLAS.getInstance();
        System.err.println("[bench] netlib JavaBLAS = " + b.getClass().getName());
        return b;
    }

    /** Native BLAS through netlib's JNI shim, or null (with the reason printed) if it does not load. */
    static BLAS netlibNative() {
        try {
            BLAS b = NativeBLAS.getInstance();
            System.err.println("[bench] netlib NativeBLAS = " + b.getClass().getName());
            return b;
        } catch (RuntimeException | LinkageError e) {
            System.err.println("[bench] native BLAS unavailable: " + e);
            return null;
        }
    }

    static BLAS require(BLAS nativeBlas) {
        if (nativeBlas == null) {
            throw new IllegalStateException("native BLAS did not load (install libopenblas0-pthread)");
        }
        return nativeBlas;
    }
}
