/**
 * The kernel service-provider interface: what a kernel provider implements
 * ({@link jnum.mat.kernel.spi.KernelProvider}), how an optional module contributes one
 * ({@link jnum.mat.kernel.spi.KernelProviderFactory}, found with {@link java.util.ServiceLoader}),
 * and the registry of the providers found ({@link jnum.mat.kernel.spi.Providers}).
 *
 * <p>This package is exported only to the modules that implement it and to the test kit; users
 * meet the kernel layer through {@link jnum.mat.kernel.Kernels}. The conventions every provider
 * follows (argument layout, empty problems, {@code alpha} and {@code beta} rules, NaN and
 * infinities, aliasing) are stated once, in {@link jnum.mat.kernel}.
 *
 * <ul>
 *   <li>A factory gets the {@code scalar} reference provider as its fallback
 *       ({@link jnum.mat.kernel.spi.KernelProviderFactory#create}); a provider serves through it
 *       whatever its own backend cannot do as the conventions say, and never reaches up into the
 *       registry.
 *   <li>Discovery ({@link jnum.mat.kernel.spi.Discovery#run}) never fails: a service entry that
 *       cannot be loaded, a factory that throws, or a failing Vector API probe is skipped and
 *       named in the start-up line.
 *   <li>LAPACK-level routines have their own provider and factory interfaces here, in the same
 *       shape ({@link jnum.mat.kernel.spi.LapackProvider},
 *       {@link jnum.mat.kernel.spi.LapackProviderFactory}), so that a native BLAS and a native
 *       LAPACK are usable or fail independently. jnum's Java LAPACK (package
 *       {@code jnum.mat.kernel.lapack}) runs on whatever BLAS the {@link jnum.mat.kernel.Blas}
 *       facade picks and is the LAPACK fallback; a native LAPACK takes over large problems per
 *       call. Providers may assume the arguments that {@link jnum.mat.kernel.Lapack} has
 *       validated.
 * </ul>
 */
package jnum.mat.kernel.spi;
