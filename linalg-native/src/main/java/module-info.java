/**
 * The native kernel provider: BLAS and LAPACK of the system (OpenBLAS) through dev.ludovic.netlib's
 * JNI bindings. Add this module to the class or module path to let jnum dispatch large work to it;
 * it exports nothing and is found through {@code jnum.mat.kernel.spi.KernelProviderFactory}.
 */
module jnum.linalg.netlib {
    requires jnum.mat;
    requires dev.ludovic.netlib.blas;
    requires dev.ludovic.netlib.lapack;
    // to quiet netlib's report of its own Java fallbacks, which jnum never uses
    requires java.logging;

    provides jnum.mat.kernel.spi.KernelProviderFactory with
            jnum.linalg.netlib.NativeKernelsFactory;
}
