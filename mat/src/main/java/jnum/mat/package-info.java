/**
 * Dense matrices and vectors.
 *
 * <h2>Storage</h2>
 *
 * {@link jnum.mat.Dense} is column-major with a leading dimension, LAPACK's layout: element
 * {@code (i, j)} lives at {@code data[offset + i + j * ld]}, with {@code ld >= rows}. Views
 * ({@code slice}, {@code column}, {@code row}, {@code diagonal}, {@code t()}) share storage with
 * the matrix they came from; writes through a view are seen by the original. Column-major order is
 * chosen so that a native LAPACK call gets the very same array with no transpose copy, and so that
 * the Java kernels and the native ones read memory in the same order.
 *
 * <h2>Kernels</h2>
 *
 * Arithmetic goes through {@link jnum.mat.kernel.Kernels}, which picks a provider per call: the
 * JDK Vector API when the JVM runs with {@code --add-modules jdk.incubator.vector}, native BLAS
 * when the {@code linalg-native} module is present, plain Java otherwise.
 *
 * <h2>Conventions</h2>
 *
 * <ul>
 *   <li>Allocating forms ({@code a.times(b)}) return new objects; destination forms
 *       ({@code Dense.mul(a, b, into)}) write into a given matrix. Inputs are never modified.
 *   <li>Shapes that do not fit throw {@link jnum.mat.DimensionMismatchException} naming the
 *       operation and both shapes; bad indices throw {@link IndexOutOfBoundsException}; null
 *       arguments throw {@link NullPointerException}.
 *   <li>NaN and infinities propagate per IEEE 754.
 * </ul>
 */
package jnum.mat;
