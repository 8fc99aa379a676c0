/**
 * Dense matrices and vectors, and the kernel layer they compute on.
 *
 * <p>The Vector API module is optional at run time ({@code requires static}): without
 * {@code --add-modules jdk.incubator.vector} the kernels run on the scalar provider.
 */
module jnum.mat {
    requires static jdk.incubator.vector;

    exports jnum.mat;
    exports jnum.mat.kernel;
    exports jnum.mat.io;

    uses jnum.mat.kernel.KernelProviderFactory;
}
