/**
 * The scalar reference provider: plain Java loops, always available, written to be obviously
 * right rather than fast. It is the oracle of the conformance drivers in the test kit.
 *
 * <ul>
 *   <li>Sums and dot products add in increasing index order; products are accumulated with
 *       {@link java.lang.Math#fma}, so each is rounded once.
 *   <li>Loops over matrices run down columns (unit stride in column-major storage): gemv without
 *       transpose and ger as column axpys, transposed gemv as column dot products, trmv/trsv in
 *       column or dot form as the access pattern allows.
 *   <li>{@link jnum.mat.kernel.scalar.Nrm2} is Blue's three-accumulator norm (LAPACK 3.10
 *       {@code dnrm2}); its constants and {@link jnum.mat.kernel.scalar.Nrm2#combine} are shared
 *       with the vector provider.
 * </ul>
 *
 * <p>See {@link jnum.mat.kernel} for the conventions every provider follows.
 */
package jnum.mat.kernel.scalar;
