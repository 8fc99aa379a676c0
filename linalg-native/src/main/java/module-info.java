/**
 * The native kernel provider: BLAS and LAPACK of the system (OpenBLAS) through dev.ludovic.netlib's
 * JNI bindings. Add this module to the class or module path to let jnum dispatch large work to it;
 * it exports nothing and is found through {@link jnum.mat.kernel.KernelProviderFactory} (BLAS)
 * and {@link jnum.mat.kernel.spi.LapackProviderFactory} (LAPACK).
 */
module jnum.linalg.netlib {
    requires jnum.mat;
    requires dev.ludovic.netlib.blas;
    requires dev.ludovic.netlib.lapack;
    // netlib's LAPACK signatures carry f2j's intW and doubleW (automatic module named from its jar)
    requires arpack.combined.all;
    // to quiet netlib's report of its own Java fallbacks, which jnum never uses
    requires java.logging;

    provides jnum.mat.kernel.KernelProviderFactory with
            jnum.linalg.netlib.NativeKernelsFactory;
    provides jnum.mat.kernel.spi.LapackProviderFactory with
            jnum.linalg.netlib.NativeLapackFactory;
}
