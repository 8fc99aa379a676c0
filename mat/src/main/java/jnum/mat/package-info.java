/**
 * Dense matrices and vectors.
 *
 * <h2>Storage</h2>
 *
 * {@link jnum.mat.Dense} is column-major with a leading dimension and an offset, LAPACK's layout:
 * the stored element {@code (i, j)} lives at {@code array[offset + i + j * ld]}, with
 * {@code ld >= max(1, stored rows)}. A transposed view ({@code t()}) shares the array and carries a
 * flag ({@link jnum.mat.Dense#storage()} is {@link jnum.mat.kernel.Transpose#YES}); its element
 * {@code (i, j)} is the stored {@code (j, i)}, and products pass the flag to GEMM instead of
 * copying. {@link jnum.mat.Vec} is {@code (array, offset, inc, length)} with any non-zero
 * increment, so the rows, columns and diagonal of a matrix (increments {@code ld}, {@code 1},
 * {@code ld + 1}) are vectors sharing its storage.
 *
 * <p>Views ({@code slice}, {@code row}, {@code column}, {@code diagonal}, {@code t()}) share storage
 * with the matrix they came from; writes through a view are seen by the original. Column-major
 * order is chosen so that a native LAPACK call gets the very same array with no transpose copy,
 * and so that the Java kernels and the native ones read memory in the same order.
 *
 * <h2>Kernels</h2>
 *
 * Products ({@code times}, {@code mul}) and reductions ({@code sum}, {@code norm}, {@code dot},
 * {@code norm2}) go through {@link jnum.mat.kernel.Kernels#blas()}, which picks a provider per
 * call: the JDK Vector API when the JVM runs with {@code --add-modules jdk.incubator.vector},
 * native BLAS when a native provider is present, plain Java otherwise. Element-wise operations
 * ({@code plus}, {@code mulElem}, ...) are one fused loop per operation, unit-stride when the
 * layouts allow, which the JIT vectorizes.
 *
 * <h2>Factorizations and structured matrices</h2>
 *
 * {@link jnum.mat.LU} (partial pivoting, with a rank-one update), {@link jnum.mat.Cholesky} (with rank-one update and
 * downdate, and {@link jnum.mat.PivotedCholesky} for semidefinite matrices), {@link jnum.mat.QR},
 * {@link jnum.mat.PivotedQR} and {@link jnum.mat.LQ} are immutable factor objects, safe to share
 * between threads, computed by the LAPACK layer ({@link jnum.mat.kernel.Kernels#lapack()}) on a
 * copy of the input. One convention for all: {@code a.lu()} or {@code LU.of(a)}; {@code solve},
 * {@code det}, {@code logDet}, {@code rcond}, accessors for the factors. An exactly singular
 * matrix gives {@link jnum.mat.SingularMatrixException} (with the pivot's index) when a solve
 * needs its inverse; a nearly singular one solves and {@code rcond()} says how far to trust it.
 * A matrix that is not positive definite gives {@link jnum.mat.NotPositiveDefiniteException}
 * naming the failing column, never NaN. {@link jnum.mat.TriDense} and {@link jnum.mat.SymDense}
 * carry triangular and symmetric structure to the kernels that use it (trsm, trmm, symm, syrk).
 *
 * <p>Least squares for tall matrices of full rank goes through QR, minimum-norm solutions of wide
 * ones through LQ, and rank-deficient problems through the pivoted QR's complete orthogonal
 * decomposition, whose rank tolerance is stated on {@link jnum.mat.PivotedQR#tolerance()}.
 * {@link jnum.mat.SVD} gives the singular values and vectors, and from them the 2-norm, the
 * 2-norm condition number, the pseudo-inverse, the null space and minimum-norm least squares;
 * {@link jnum.mat.Dense#rank()} counts the singular values above NumPy's tolerance
 * {@code max(m, n) eps s_max} ({@link jnum.mat.SVD#tolerance()}). An iteration that exhausts its
 * bound throws {@link jnum.mat.NoConvergenceException}.
 *
 * <p>The general (nonsymmetric) eigenproblem: {@link jnum.mat.Eigen} (eigenvalues as
 * {@link jnum.mat.Complex} numbers or paired real and imaginary arrays, conjugate pairs exact and
 * adjacent, right and left eigenvectors as real and imaginary parts), {@link jnum.mat.Schur} (the
 * real Schur form) and {@link jnum.mat.Hessenberg}; an iteration limit reached raises
 * {@link jnum.mat.NoConvergenceException} with the count, never a hang or a silent answer.
 *
 * <h2>Matrix functions</h2>
 *
 * {@link jnum.mat.MatrixFunctions} holds the matrix exponential (scaling and squaring with Pade
 * approximants, Higham 2005 with Al-Mohy and Higham's 2009 choice of degree and scaling), integer
 * powers by repeated squaring and the Kronecker product; {@code Dense} exposes them as
 * {@code exp()}, {@code pow(k)} and {@code kron(b)}.
 *
 * <h2>Symmetric eigenproblems</h2>
 *
 * {@link jnum.mat.EigenSym} holds ascending eigenvalues and orthonormal eigenvectors of a symmetric
 * matrix, computed as LAPACK does: blocked Householder reduction to tridiagonal form, then the
 * implicit QL/QR method (all pairs), its square-root-free variant (values only), or bisection and
 * inverse iteration (a subset, without the other vectors). Iterations are bounded; running out
 * raises {@link jnum.mat.NoConvergenceException}. {@link jnum.mat.Dense#sqrt()} and
 * {@link jnum.mat.Dense#log()} are the matrix functions of symmetric positive (semi)definite
 * matrices, through the decomposition of the matrix scaled by a power of 2, so that representable
 * results are returned where its eigenvalues overflow or are subnormal.
 *
 * <h2>Conventions</h2>
 *
 * <ul>
 *   <li>Allocating forms ({@code a.times(b)}) return new, compact, column-major objects;
 *       destination forms ({@code Dense.mul(a, b, into)}) write into a given matrix or vector
 *       without allocating. Inputs are never modified.
 *   <li>Aliasing: the output of a product ({@code Dense.mul}, {@code Vec.mul}) must not share any
 *       element with an input; the output of an element-wise form ({@code add}, {@code sub},
 *       {@code scale}, {@code mulElem}, {@code divElem}) may be the very same view as an input
 *       (in-place update) but must not overlap one otherwise. Both are checked exactly (disjoint
 *       views of one array are fine) and violations throw {@link IllegalArgumentException}.
 *   <li>Shapes that do not fit throw {@link jnum.mat.DimensionMismatchException} naming the
 *       operation and both shapes ({@code "times: 3x4 * 5x2"}); bad indices throw
 *       {@link IndexOutOfBoundsException} naming the index and the shape; null arguments throw
 *       {@link NullPointerException} naming the argument.
 *   <li>NaN and infinities propagate per IEEE 754; norms of data holding NaN are NaN.
 *   <li>{@code equals}/{@code hashCode} are value equality for both {@code Dense} and {@code Vec}
 *       (NumPy's {@code array_equal}, with {@link Double#equals} semantics per element), independent
 *       of the layout; {@code equalsWithin(other, tol)} compares with an absolute tolerance.
 *   <li>{@code toString()} is the readable form jshell shows (shape line, aligned columns, ASCII
 *       {@code ...} elision beyond 8 rows or columns); {@link jnum.mat.MatrixFormat} gives exact
 *       NumPy, MATLAB and Java source text.
 * </ul>
 */
package jnum.mat;
