/**
 * The kernel layer: BLAS-like routines on column-major {@code double[]} storage, behind one
 * validating facade ({@link jnum.mat.kernel.Blas}, from {@link jnum.mat.kernel.Kernels#blas()}) and
 * a small service-provider interface in {@code jnum.mat.kernel.spi} (exported only to the modules
 * that implement it and to the test kit).
 *
 * <h2>Providers and how one is chosen</h2>
 *
 * <ul>
 *   <li>{@code scalar} ({@code jnum.mat.kernel.scalar}): plain Java loops, always present; the
 *       reference that every other provider is tested against.
 *   <li>{@code vector} ({@code jnum.mat.kernel.vector}): the JDK Vector API. Usable when the JVM
 *       runs with {@code --add-modules jdk.incubator.vector}; the module's readability is checked
 *       first and only then is the provider loaded reflectively, so no class that links against the
 *       incubator API is loaded without it.
 *   <li>{@code native} and others: found with {@link java.util.ServiceLoader} through the
 *       {@code jnum.mat.kernel.spi.KernelProviderFactory} service. The {@code linalg-native} module
 *       provides one (the system BLAS, e.g. OpenBLAS, through dev.ludovic.netlib); add it to the
 *       class or module path and run with {@code --enable-native-access=ALL-UNNAMED} (class path)
 *       or {@code --enable-native-access=jnum.linalg.netlib,dev.ludovic.netlib.blas,dev.ludovic.netlib.lapack} (module path).
 * </ul>
 *
 * <p>{@link jnum.mat.kernel.Kernels#providers()} names the usable providers, most preferred first
 * (service-loaded, then vector, then scalar). {@link jnum.mat.kernel.Kernels#blas()} sends each
 * call to the first provider that accepts the routine at its size (a native provider declines
 * small problems). {@code -Djnum.kernel=NAME} ({@code scalar}, {@code vector}, {@code native})
 * forces one provider for every call; a name that is not usable is ignored. The choice is made
 * once, on first use, and logged once at INFO on the {@code System.Logger} named
 * {@code jnum.mat.kernel}, one line that also says why any provider was passed over;
 * {@link jnum.mat.kernel.Kernels#describe()} returns the same line and
 * {@link jnum.mat.kernel.Kernels#providerFor} names the provider of a given call. Start-up never
 * disables the library: a provider that cannot be loaded or created (a broken service entry, a
 * missing library, any error while probing the Vector API) is skipped and named in that line; the
 * scalar provider always remains.
 *
 * <h2>The LAPACK layer</h2>
 *
 * {@link jnum.mat.kernel.Lapack} is the facade of the factorization routines (getrf/getrs,
 * potrf/potrs, trtrs, gecon, pocon, lange, geqrf, ormqr/orgqr, gelqf, ormlq/orglq, geqp3), with the
 * conventions below; what LAPACK reports through {@code info} comes back typed (an
 * {@link java.util.OptionalInt} naming the zero pivot or the failing column), indices are 0-based
 * and work space is internal. It has its own service-provider interface,
 * {@link jnum.mat.kernel.spi.LapackProvider}, separate from the BLAS one (Gonum's lapack /
 * lapack/gonum / lapack64.Use shape), so that a native BLAS and a native LAPACK are usable or fail
 * independently: {@code java}, jnum's blocked Java LAPACK running on {@link jnum.mat.kernel.Kernels#blas()},
 * is always present; a native LAPACK (from {@code linalg-native}) takes the problems above its
 * crossovers. {@code -Djnum.kernel=scalar|vector} sends every LAPACK call to the Java LAPACK (on
 * that BLAS), {@code -Djnum.kernel=native} to the native one. The log line and
 * {@link jnum.mat.kernel.Kernels#describe()} end with {@code "; LAPACK: ..."}.
 *
 * <h2>Conventions</h2>
 *
 * <ul>
 *   <li>A vector is {@code (array, offset, increment)}: logical element {@code i} is
 *       {@code array[offset + i * inc]}. With a negative increment the offset still names logical
 *       element 0, the highest index touched (reference BLAS instead starts a negative-stride
 *       vector at its lowest address).
 *   <li>A matrix is {@code (array, offset, ld)}, column-major: element {@code (i, j)} is
 *       {@code array[offset + i + j * ld]}, {@code ld >= max(1, rows)}. Rows {@code rows .. ld-1}
 *       of each column are never read or written.
 *   <li>The facade validates once (sizes, increments, leading dimensions, first and last element
 *       touched, null arrays and flags) and throws {@link java.lang.IllegalArgumentException}
 *       (negative size, zero increment, leading dimension too small),
 *       {@link java.lang.IndexOutOfBoundsException} (an operand outside its array) or
 *       {@link java.lang.NullPointerException}, each message starting with the routine's name.
 *       Providers may then assume valid input. Empty problems return at once and touch nothing
 *       (empty {@code dot}, {@code nrm2}, {@code asum}, {@code sum} are 0, {@code iamax} is -1).
 *   <li>{@code beta == 0}: the output is not read, so NaN or garbage in it does not propagate.
 *       {@code alpha == 0}: gemv and symv only scale y, ger and axpy do nothing; A and x are not
 *       read; gemm, syrk and symm only scale C, trsm and trmm set B to zero.
 *   <li>An empty inner dimension (gemm and syrk with {@code k == 0}, gemv with no column, or no
 *       row when transposed) leaves the product term out, as in reference BLAS: the output
 *       becomes {@code beta} times itself whatever alpha is, NaN and infinities included.
 *   <li>Triangular routines read only the {@code uplo} triangle, and not the diagonal when
 *       {@code diag == UNIT}; symv reads only the {@code uplo} triangle.
 * </ul>
 *
 * <h2>Aliasing</h2>
 *
 * Outputs must not overlap inputs, with two exceptions: trmv/trsv work in place on x by design,
 * and the element-wise level-1 routines ({@code axpy}, {@code copy}, {@code swap}, {@code rot})
 * accept x and y that are exactly the same vector (same array, offset and increment). Partially
 * overlapping operands give unspecified results (providers process blocks of elements at once).
 *
 * <h2>NaN, infinities, rounding</h2>
 *
 * <ul>
 *   <li>Arithmetic is IEEE 754: NaN and infinities propagate through every sum and product
 *       ({@code scal} by 0 leaves NaN and turns infinities into NaN; it does not zero-fill). An
 *       element of a result is NaN or infinite exactly when a term of its defining formula is
 *       (products of stored entries are formed even when a factor is zero, so 0 times infinity
 *       gives NaN); entries that are no terms are never multiplied: the triangle that a
 *       triangular or symmetric routine does not reference, a unit diagonal, and the product of an
 *       empty inner dimension. So an infinity in B of {@code trmm} reaches only the elements of
 *       the result that depend on it, whatever the provider and the size.
 *   <li>{@code nrm2} never overflows or underflows in intermediate results (Blue's algorithm, as
 *       in LAPACK 3.10); it is NaN if any element is NaN, else infinite if any is infinite.
 *   <li>{@code iamax} returns the first index of the largest magnitude, or the index of the first
 *       NaN if there is one.
 *   <li>Providers may add in different orders, so sums and products agree between providers
 *       within the usual bounds ({@code gamma_n * sum |terms|}), not bit for bit. A given provider
 *       is deterministic: the same call on the same data gives the same bits.
 * </ul>
 */
package jnum.mat.kernel;
