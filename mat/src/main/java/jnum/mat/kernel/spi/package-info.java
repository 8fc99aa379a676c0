/**
 * Service-provider interfaces of the kernel layer, exported only to the modules that implement
 * them ({@code linalg-native}) and to the test kit.
 *
 * <p>{@link jnum.mat.kernel.spi.LapackProvider} is the LAPACK-level SPI, separate from the BLAS one
 * so that a native BLAS and a native LAPACK can be usable or fail independently: jnum's Java
 * LAPACK (package {@code jnum.mat.kernel.lapack}) runs on whatever BLAS the
 * {@link jnum.mat.kernel.Blas} facade picks, and a native LAPACK takes over large problems per
 * call. Providers may assume the arguments that {@link jnum.mat.kernel.Lapack} has validated.
 */
package jnum.mat.kernel.spi;
