/**
 * Dense matrices and vectors, and the kernel layer they compute on.
 *
 * <p>The Vector API module is optional at run time ({@code requires static}): without
 * {@code --add-modules jdk.incubator.vector} the kernels run on the scalar provider.
 *
 * <p>The kernel service-provider interface ({@code jnum.mat.kernel.spi}) is exported only to the
 * modules that implement it and to the test kit, so that it can change without breaking users.
 * Those modules are built after this one, hence the suppressed "module not found" warning.
 */
@SuppressWarnings("module")
module jnum.mat {
    requires static jdk.incubator.vector;

    exports jnum.mat;
    exports jnum.mat.kernel;
    exports jnum.mat.io;
    exports jnum.mat.sparse;
    exports jnum.mat.sparse.linalg;
    exports jnum.mat.kernel.spi to
            jnum.linalg.netlib,
            jnum.testkit;

    uses jnum.mat.kernel.spi.KernelProviderFactory;
    uses jnum.mat.kernel.spi.LapackProviderFactory;
}
