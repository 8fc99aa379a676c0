/**
 * The native kernel provider: BLAS and LAPACK of the system (OpenBLAS) through dev.ludovic.netlib's
 * JNI bindings. Add this module to the class or module path to let jnum dispatch large work to it;
 * it exports nothing and is found through {@code jnum.mat.kernel.spi.KernelProviderFactory} (BLAS)
 * and {@code jnum.mat.kernel.spi.LapackProviderFactory} (LAPACK).
 */
module jnum.linalg.netlib {
    requires jnum.mat;
    requires dev.ludovic.netlib.blas;
    requires dev.ludovic.netlib.lapack;
    // netlib's LAPACK signatures carry f2j's intW and doubleW (automatic module named from its jar)
    requires arpack.combined.all;
    // to quiet netlib's report of its own Java fallbacks, which jnum never uses
    requires java.logging;
    // the JIT's vector width (MaxVectorSize), to compare with the kernels OpenBLAS picked
    requires jdk.management;

    provides jnum.mat.kernel.spi.KernelProviderFactory with
            jnum.linalg.netlib.NativeKernelsFactory;
    provides jnum.mat.kernel.spi.LapackProviderFactory with
            jnum.linalg.netlib.NativeLapackFactory;
}
