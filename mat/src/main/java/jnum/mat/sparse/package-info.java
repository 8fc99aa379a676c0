/**
 * Sparse matrices, as scipy.sparse has them.
 *
 * <h2>Formats</h2>
 *
 * <ul>
 *   <li>{@link jnum.mat.sparse.Coo}: a builder of {@code (row, column, value)} triplets in any
 *       order; duplicates are summed when it is compressed.
 *   <li>{@link jnum.mat.sparse.Csr}: compressed rows, for products with vectors (one dot product
 *       per row) and row access.
 *   <li>{@link jnum.mat.sparse.Csc}: compressed columns, the format of direct factorizations.
 * </ul>
 *
 * A compressed matrix stores, for each line (row of a CSR, column of a CSC), the positions of its
 * entries in strictly increasing order and their values: 12 bytes per stored entry plus one
 * {@code int} per line. The CSR arrays of a matrix are the CSC arrays of its transpose, so
 * {@code t()} is a view that costs nothing, and {@code toCsr()}/{@code toCsc()} convert in
 * {@code O(nnz)}. Explicit zeros are entries like any other: they are kept by every operation and
 * counted by {@code nnz()}.
 *
 * <h2>Conventions</h2>
 *
 * <ul>
 *   <li>Compressed matrices are immutable and safe to share between threads; their array
 *       accessors return copies.
 *   <li>Both formats are {@link jnum.mat.Matrix} ({@code get} is a binary search in one line) and
 *       {@link jnum.mat.sparse.LinearOperator}; products with vectors and dense matrices give
 *       dense results, products and sums of sparse matrices give the left operand's format.
 *   <li>Every stored entry takes part in a product, so NaN and infinities propagate as in the
 *       dense product restricted to the stored entries (an entry that is not stored is an exact
 *       zero and contributes nothing, even against an infinite x).
 *   <li>Shapes that do not fit throw {@link jnum.mat.DimensionMismatchException}; indices
 *       outside the shape throw {@link IndexOutOfBoundsException}; malformed compressed arrays
 *       are rejected by {@code Csr.of}/{@code Csc.of} naming the entry; nulls throw
 *       {@link NullPointerException}.
 *   <li>{@code A x} of a CSR matrix with many stored entries is split by rows between the threads
 *       of {@link jnum.mat.kernel.Parallelism}; every element is one sum in storage order, so the
 *       result is the same bits for any thread count.
 * </ul>
 */
package jnum.mat.sparse;
