package jnum.mat;

import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import java.util.random.RandomGenerator;
import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Transpose;

/**
 * A dense real matrix, stored column-major with a leading dimension and an offset (LAPACK's
 * layout): the stored element {@code (i, j)} lives at {@code array()[offset() + i + j * ld()]}.
 * A transposed view ({@link #t()}) shares the same storage and carries a flag instead of copying:
 * its element {@code (i, j)} is the stored element {@code (j, i)}, and products hand the flag to
 * the kernels as {@link Transpose#YES}.
 *
 * <p>Views ({@link #slice}, {@link #row}, {@link #column}, {@link #diagonal}, {@link #t()}) share
 * storage with the matrix they come from: a write through either is seen by both. Allocating
 * operations ({@link #plus}, {@link #times(Matrix)}, ...) return new, compact, column-major
 * matrices and never modify their inputs. Destination forms ({@link #mul}, {@link #add}, ...)
 * write into a given matrix without allocating; their aliasing rules are stated on each.
 *
 * <p>Errors: {@link DimensionMismatchException} naming the operation and both shapes,
 * {@link IndexOutOfBoundsException} naming the index and the shape, {@link NullPointerException}
 * naming the argument. NaN and infinities propagate per IEEE 754.
 *
 * <p>{@link #equals} is value equality, like NumPy's {@code array_equal}: same shape and the same
 * elements compared as {@link Double#equals} does (so NaN equals NaN and {@code 0.0} differs from
 * {@code -0.0}), whatever the storage layout. {@link #hashCode} agrees with it. A matrix is mutable,
 * so, as for a {@code List}, do not mutate one while it is a key of a hash map.
 *
 * <p>Not thread-safe for concurrent writes; concurrent reads are fine.
 */
public final class Dense implements Matrix {
    private final double[] data;
    private final int offset;
    private final int ld;
    private final int rows;
    private final int cols;
    private final boolean transposed;
    /** Logical (i, j) lives at offset + i * rs + j * cs. */
    private final int rs;

    private final int cs;

    private Dense(double[] data, int offset, int ld, int rows, int cols, boolean transposed) {
        this.data = data;
        this.offset = offset;
        this.ld = ld;
        this.rows = rows;
        this.cols = cols;
        this.transposed = transposed;
        this.rs = transposed ? ld : 1;
        this.cs = transposed ? 1 : ld;
    }

    /**
     * A new compact column-major {@code rows x cols} matrix of zeros.
     *
     * @throws IllegalArgumentException naming {@code op} and the shape if a dimension is negative
     *     or the matrix has more elements than a Java array can hold
     */
    private static Dense alloc(String op, int rows, int cols) {
        checkShape(op, rows, cols);
        return new Dense(new double[rows * cols], 0, Math.max(1, rows), rows, cols, false);
    }

    // ---- Construction ----------------------------------------------------------------------------

    /**
     * A new matrix holding a copy of {@code values}, given as rows: {@code values[i][j]} becomes
     * element {@code (i, j)}. {@code new double[0][]} gives a 0x0 matrix; {@code m} empty rows give
     * an {@code m x 0} matrix.
     *
     * @throws NullPointerException if {@code values} or one of its rows is null
     * @throws IllegalArgumentException if the rows have different lengths (ragged)
     */
    public static Dense of(double[][] values) {
        Objects.requireNonNull(values, "of: values is null");
        int m = values.length;
        int n = m == 0 ? 0 : Objects.requireNonNull(values[0], "of: values[0] is null").length;
        Dense a = alloc("of", m, n);
        for (int i = 0; i < m; i++) {
            int row0 = i;
            double[] row = Objects.requireNonNull(values[i], () -> "of: values[" + row0 + "] is null");
            if (row.length != n) {
                throw new IllegalArgumentException(
                        "of: ragged rows: values[0] has " + n + " elements but values[" + i + "] has " + row.length);
            }
            for (int j = 0; j < n; j++) {
                a.data[i + j * a.ld] = row[j];
            }
        }
        return a;
    }

    /**
     * A new {@code rows x cols} matrix filled from {@code rowMajorValues} row by row:
     * {@code Dense.of(2, 2, 1, 2, 3, 4)} is {@code [1 2; 3 4]}.
     *
     * @throws IllegalArgumentException if a dimension is negative or the number of values is not
     *     {@code rows * cols}
     * @throws NullPointerException if {@code rowMajorValues} is null
     */
    public static Dense of(int rows, int cols, double... rowMajorValues) {
        checkShape("of", rows, cols);
        Objects.requireNonNull(rowMajorValues, "of: rowMajorValues is null");
        if ((long) rows * cols != rowMajorValues.length) {
            throw new IllegalArgumentException("of: " + rowMajorValues.length + " values for a "
                    + Text.shape(rows, cols) + " matrix (need " + (long) rows * cols + ")");
        }
        Dense a = alloc("of", rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                a.data[i + j * a.ld] = rowMajorValues[i * cols + j];
            }
        }
        return a;
    }

    /**
     * A {@code rows x cols} matrix of zeros.
     *
     * @throws IllegalArgumentException if a dimension is negative
     */
    public static Dense zeros(int rows, int cols) {
        checkShape("zeros", rows, cols);
        return alloc("zeros", rows, cols);
    }

    /**
     * The {@code n x n} identity matrix.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public static Dense identity(int n) {
        checkShape("identity", n, n);
        Dense a = alloc("identity", n, n);
        for (int i = 0; i < n; i++) {
            a.data[i + i * a.ld] = 1;
        }
        return a;
    }

    /**
     * The square diagonal matrix with {@code d} on its diagonal.
     *
     * @throws NullPointerException if {@code d} is null
     */
    public static Dense diag(double... d) {
        Objects.requireNonNull(d, "diag: d is null");
        return diag(Vec.of(d));
    }

    /**
     * The square diagonal matrix with the elements of {@code d} on its diagonal.
     *
     * @throws NullPointerException if {@code d} is null
     */
    public static Dense diag(Vec d) {
        Objects.requireNonNull(d, "diag: d is null");
        int n = d.length();
        Dense a = alloc("diag", n, n);
        for (int i = 0; i < n; i++) {
            a.data[i + i * a.ld] = d.get(i);
        }
        return a;
    }

    /**
     * A {@code rows x cols} matrix of independent uniform values in {@code [0, 1)} from
     * {@code rng.nextDouble()}, drawn in column-major order (so a seeded generator gives a
     * reproducible matrix).
     *
     * @throws NullPointerException if {@code rng} is null
     * @throws IllegalArgumentException if a dimension is negative
     */
    public static Dense random(int rows, int cols, RandomGenerator rng) {
        checkShape("random", rows, cols);
        Objects.requireNonNull(rng, "random: rng is null");
        Dense a = alloc("random", rows, cols);
        for (int k = 0; k < a.data.length; k++) {
            a.data[k] = rng.nextDouble();
        }
        return a;
    }

    /**
     * A view of existing column-major storage, without copying: element {@code (i, j)} is
     * {@code data[offset + i + j * ld]}. Writes through the view change {@code data}.
     *
     * @throws NullPointerException if {@code data} is null
     * @throws IllegalArgumentException if a dimension is negative or {@code ld < max(1, rows)}
     * @throws IndexOutOfBoundsException if the matrix runs outside {@code data}
     */
    public static Dense wrap(double[] data, int offset, int ld, int rows, int cols) {
        Objects.requireNonNull(data, "wrap: data is null");
        checkShape("wrap", rows, cols);
        if (ld < Math.max(1, rows)) {
            throw new IllegalArgumentException("wrap: leading dimension " + ld + " < max(1, rows = " + rows + ")");
        }
        if (offset < 0
                || offset > data.length
                || (rows > 0 && cols > 0 && (long) offset + (rows - 1) + (long) (cols - 1) * ld >= data.length)) {
            throw new IndexOutOfBoundsException("wrap: " + Text.shape(rows, cols) + " at offset " + offset + " with ld "
                    + ld + " runs outside an array of length " + data.length);
        }
        return new Dense(data, offset, ld, rows, cols, false);
    }

    /**
     * A new compact copy of any {@link Matrix}.
     *
     * @throws NullPointerException if {@code m} is null
     */
    public static Dense copyOf(Matrix m) {
        Objects.requireNonNull(m, "copyOf: m is null");
        if (m instanceof Dense d) {
            return d.copy();
        }
        Dense a = alloc("copyOf", m.rows(), m.cols());
        for (int j = 0; j < a.cols; j++) {
            for (int i = 0; i < a.rows; i++) {
                a.data[i + j * a.ld] = m.get(i, j);
            }
        }
        return a;
    }

    /** A new compact column-major copy (not a view), whatever the layout of this matrix. */
    public Dense copy() {
        Dense a = alloc("copy", rows, cols);
        Elementwise.scale(rows, cols, 1.0, data, offset, rs, cs, a.data, 0, 1, a.ld);
        return a;
    }

    /**
     * A compact column-major copy of the elements, each checked to be finite on the way (one pass,
     * for the decompositions that reject NaN and infinity).
     *
     * @throws IllegalArgumentException naming {@code op}, the element and its value if one is NaN
     *     or infinite
     */
    double[] finiteCopy(String op) {
        double[] out = new double[rows * cols];
        for (int j = 0, o = 0; j < cols; j++) {
            for (int i = 0, p = offset + j * cs; i < rows; i++, p += rs, o++) {
                double v = data[p];
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException(
                            op + ": element (" + i + ", " + j + ") = " + v + " is not finite");
                }
                out[o] = v;
            }
        }
        return out;
    }

    /** The elements as a new {@code double[rows][cols]}, row by row. */
    public double[][] toArray() {
        double[][] out = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0, k = offset + i * rs; j < cols; j++, k += cs) {
                out[i][j] = data[k];
            }
        }
        return out;
    }

    // ---- Shape, elements and raw storage -------------------------------------------------------

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int cols() {
        return cols;
    }

    /**
     * Element {@code (i, j)}.
     *
     * @throws IndexOutOfBoundsException if {@code (i, j)} is outside the shape
     */
    @Override
    public double get(int i, int j) {
        return data[index("get", i, j)];
    }

    /**
     * Sets element {@code (i, j)} (seen by every view sharing this storage).
     *
     * @throws IndexOutOfBoundsException if {@code (i, j)} is outside the shape
     */
    public void set(int i, int j, double value) {
        data[index("set", i, j)] = value;
    }

    private int index(String op, int i, int j) {
        if (i < 0 || i >= rows || j < 0 || j >= cols) {
            throw new IndexOutOfBoundsException(
                    op + ": index (" + i + ", " + j + ") out of bounds for " + Text.shape(rows, cols));
        }
        return offset + i * rs + j * cs;
    }

    /** The backing array, shared (for kernel calls; see {@link #offset()}, {@link #ld()}). */
    public double[] array() {
        return data;
    }

    /** Index in {@link #array()} of element {@code (0, 0)}. */
    public int offset() {
        return offset;
    }

    /** The leading dimension: distance in {@link #array()} between stored columns. */
    public int ld() {
        return ld;
    }

    /**
     * {@link Transpose#YES} if this is a transposed view: element {@code (i, j)} is then at
     * {@code offset() + j + i * ld()}; {@link Transpose#NO} if it is at {@code offset() + i + j * ld()}.
     */
    public Transpose storage() {
        return transposed ? Transpose.YES : Transpose.NO;
    }

    private int storedRows() {
        return transposed ? cols : rows;
    }

    private int storedCols() {
        return transposed ? rows : cols;
    }

    Overlap.Region region() {
        return new Overlap.Region(data, offset, storedRows(), storedCols(), ld);
    }

    /** Same array, offset, shape and strides: an element-wise output may be this very view. */
    boolean sameView(Dense o) {
        return data == o.data
                && offset == o.offset
                && rows == o.rows
                && cols == o.cols
                && (rows <= 1 || rs == o.rs)
                && (cols <= 1 || cs == o.cs);
    }

    // ---- Views -----------------------------------------------------------------------------------

    /**
     * The transpose, as a view sharing storage (no copy).
     */
    @Override
    public Dense t() {
        return new Dense(data, offset, ld, cols, rows, !transposed);
    }

    /**
     * The block of rows {@code [r0, r1)} and columns {@code [c0, c1)} (half-open), as a view.
     *
     * @throws IndexOutOfBoundsException if a bound is outside {@code [0, rows]} or {@code [0, cols]}
     * @throws IllegalArgumentException if {@code r1 < r0} or {@code c1 < c0}
     */
    public Dense slice(int r0, int r1, int c0, int c1) {
        if (r0 < 0 || r1 > rows || c0 < 0 || c1 > cols) {
            throw new IndexOutOfBoundsException("slice: rows [" + r0 + ", " + r1 + ") and columns [" + c0 + ", " + c1
                    + ") out of bounds for " + Text.shape(rows, cols));
        }
        if (r1 < r0 || c1 < c0) {
            throw new IllegalArgumentException(
                    "slice: reversed range: rows [" + r0 + ", " + r1 + "), columns [" + c0 + ", " + c1 + ")");
        }
        int m = r1 - r0;
        int n = c1 - c0;
        // an empty view keeps offset inside [0, data.length] so that it stays a valid kernel operand
        int off = m == 0 || n == 0 ? Math.min(offset, data.length) : offset + r0 * rs + c0 * cs;
        return new Dense(data, off, ld, m, n, transposed);
    }

    /**
     * Row {@code i} as a vector view.
     *
     * @throws IndexOutOfBoundsException if {@code i} is not a row index
     */
    public Vec row(int i) {
        if (i < 0 || i >= rows) {
            throw new IndexOutOfBoundsException("row: index " + i + " out of bounds for " + Text.shape(rows, cols));
        }
        return Vec.view(data, offset + i * rs, cs, cols);
    }

    /**
     * Column {@code j} as a vector view.
     *
     * @throws IndexOutOfBoundsException if {@code j} is not a column index
     */
    public Vec column(int j) {
        if (j < 0 || j >= cols) {
            throw new IndexOutOfBoundsException("column: index " + j + " out of bounds for " + Text.shape(rows, cols));
        }
        return Vec.view(data, offset + j * cs, rs, rows);
    }

    /** The main diagonal, {@code (k, k)} for {@code k < min(rows, cols)}, as a vector view. */
    public Vec diagonal() {
        return Vec.view(data, offset, ld + 1, Math.min(rows, cols));
    }

    // ---- Arithmetic: allocating forms ------------------------------------------------------------

    /**
     * {@code this + b}, a new matrix.
     *
     * @throws DimensionMismatchException if the shapes differ
     */
    public Dense plus(Matrix b) {
        return elementwise("plus", "+", Elementwise.Op.ADD, b);
    }

    /**
     * {@code this - b}, a new matrix.
     *
     * @throws DimensionMismatchException if the shapes differ
     */
    public Dense minus(Matrix b) {
        return elementwise("minus", "-", Elementwise.Op.SUB, b);
    }

    /**
     * Element-wise (Hadamard) product {@code this .* b}, a new matrix.
     *
     * @throws DimensionMismatchException if the shapes differ
     */
    public Dense mulElem(Matrix b) {
        return elementwise("mulElem", ".*", Elementwise.Op.MUL, b);
    }

    /**
     * Element-wise quotient {@code this ./ b}, a new matrix (division by zero gives infinities or
     * NaN per IEEE 754).
     *
     * @throws DimensionMismatchException if the shapes differ
     */
    public Dense divElem(Matrix b) {
        return elementwise("divElem", "./", Elementwise.Op.DIV, b);
    }

    private Dense elementwise(String op, String symbol, Elementwise.Op kind, Matrix b) {
        Dense bd = dense(op, "b", b);
        checkSameShape(op, symbol, this, bd);
        Dense c = alloc(op, rows, cols);
        binary(kind, this, bd, c);
        return c;
    }

    /** {@code alpha * this}, a new matrix. */
    public Dense scale(double alpha) {
        Dense c = alloc("scale", rows, cols);
        Elementwise.scale(rows, cols, alpha, data, offset, rs, cs, c.data, 0, 1, c.ld);
        return c;
    }

    /**
     * {@code f} applied to every element, a new matrix. {@code f} is called once per element, in
     * an unspecified order.
     *
     * @throws NullPointerException if {@code f} is null
     */
    public Dense map(DoubleUnaryOperator f) {
        Objects.requireNonNull(f, "map: f is null");
        Dense c = alloc("map", rows, cols);
        Elementwise.map(rows, cols, f, data, offset, rs, cs, c.data, 0, 1, c.ld);
        return c;
    }

    /**
     * The matrix product {@code this * b}, a new {@code rows x b.cols()} matrix, computed by the
     * kernels' GEMM. Transposed views and slices are passed to GEMM as they are stored (with
     * {@link Transpose#YES} for transposed ones), never copied; a {@code b} that is not a
     * {@code Dense} is copied once.
     *
     * @throws DimensionMismatchException if {@code cols() != b.rows()} ("times: 3x4 * 5x2")
     * @throws NullPointerException if {@code b} is null
     */
    public Dense times(Matrix b) {
        Dense bd = dense("times", "b", b);
        if (cols != bd.rows) {
            throw DimensionMismatchException.of("times", rows, cols, "*", bd.rows, bd.cols);
        }
        if ((long) rows * bd.cols > MAX_ELEMENTS) {
            throw new IllegalArgumentException("times: " + Text.shape(rows, cols) + " * " + Text.shape(bd.rows, bd.cols)
                    + " gives a " + Text.shape(rows, bd.cols) + " matrix, more elements than a Java array can hold");
        }
        Dense c = alloc("times", rows, bd.cols);
        gemm(this, bd, c);
        return c;
    }

    /**
     * The matrix-vector product {@code this * x}, a new vector of length {@code rows()}, by the
     * kernels' GEMV.
     *
     * @throws DimensionMismatchException if {@code cols() != x.length()}
     * @throws NullPointerException if {@code x} is null
     */
    public Vec times(Vec x) {
        Objects.requireNonNull(x, "times: x is null");
        if (cols != x.length()) {
            throw new DimensionMismatchException(
                    "times: " + Text.shape(rows, cols) + " * vector of length " + x.length());
        }
        Vec y = Vec.zeros(rows);
        gemv(this, x, y);
        return y;
    }

    // ---- Reductions ------------------------------------------------------------------------------

    /**
     * The sum of the diagonal.
     *
     * @throws DimensionMismatchException if the matrix is not square
     */
    public double trace() {
        if (rows != cols) {
            throw new DimensionMismatchException("trace: " + Text.shape(rows, cols) + " is not square");
        }
        return diagonal().sum();
    }

    /** The sum of all elements (0 for an empty matrix), by the kernels' sum. */
    public double sum() {
        Blas blas = Kernels.blas();
        int sr = storedRows();
        int sc = storedCols();
        if (sr == 0 || sc == 0) {
            return 0;
        }
        if (ld == sr || sc == 1) { // one contiguous run
            return blas.sum(sr * sc, data, offset, 1);
        }
        double s = 0;
        for (int j = 0; j < sc; j++) {
            s += blas.sum(sr, data, offset + j * ld, 1);
        }
        return s;
    }

    /**
     * A matrix norm (0 for an empty matrix): {@link Norm#ONE} the largest absolute column sum,
     * {@link Norm#INF} the largest absolute row sum, {@link Norm#FROBENIUS}
     * {@code sqrt(sum a_ij^2)} computed without overflow or underflow of the squares (the kernels'
     * scaled nrm2 per stored column, then the nrm2 of those column norms), {@link Norm#MAX} the
     * largest absolute element, {@link Norm#TWO} the largest singular value (by {@link SVD}, values
     * only). NaN if any element is NaN.
     *
     * @throws NullPointerException if {@code kind} is null
     */
    public double norm(Norm kind) {
        Objects.requireNonNull(kind, "norm: kind is null");
        int sr = storedRows();
        int sc = storedCols();
        if (sr == 0 || sc == 0) {
            return 0;
        }
        Blas blas = Kernels.blas();
        return switch (kind) {
            case TWO -> {
                double max = norm(Norm.MAX); // NaN or infinity decide without an SVD
                yield Double.isFinite(max) ? SVD.of(this, SVD.Kind.VALUES).norm2() : max;
            }
            case FROBENIUS -> {
                if (ld == sr || sc == 1) {
                    yield blas.nrm2(sr * sc, data, offset, 1);
                }
                double[] colNorms = new double[sc];
                for (int j = 0; j < sc; j++) {
                    colNorms[j] = blas.nrm2(sr, data, offset + j * ld, 1);
                }
                yield blas.nrm2(sc, colNorms, 0, 1);
            }
            case MAX -> {
                double m = 0;
                for (int j = 0; j < sc; j++) {
                    for (int i = 0, k = offset + j * ld; i < sr; i++, k++) {
                        m = Math.max(m, Math.abs(data[k])); // Math.max propagates NaN
                    }
                }
                yield m;
            }
            case ONE, INF -> {
                // ONE of the logical matrix is a column-sum norm of the stored one unless transposed
                boolean storedColumns = (kind == Norm.ONE) != transposed;
                double m = 0;
                if (storedColumns) {
                    for (int j = 0; j < sc; j++) {
                        m = Math.max(m, blas.asum(sr, data, offset + j * ld, 1));
                    }
                } else {
                    double[] rowSums = new double[sr];
                    for (int j = 0; j < sc; j++) {
                        for (int i = 0, k = offset + j * ld; i < sr; i++, k++) {
                            rowSums[i] += Math.abs(data[k]);
                        }
                    }
                    for (double s : rowSums) {
                        m = Math.max(m, s);
                    }
                }
                yield m;
            }
        };
    }

    /**
     * Whether {@code b} has the same shape and every {@code |a_ij - b_ij| <= tol}. A NaN element is
     * never within tolerance (so a matrix holding NaN is not {@code equalsWithin} itself); equal
     * infinities are.
     *
     * @throws NullPointerException if {@code b} is null
     * @throws IllegalArgumentException if {@code tol} is negative or NaN
     */
    public boolean equalsWithin(Matrix b, double tol) {
        Objects.requireNonNull(b, "equalsWithin: b is null");
        if (!(tol >= 0)) {
            throw new IllegalArgumentException("equalsWithin: tol = " + tol + " must be >= 0");
        }
        if (rows != b.rows() || cols != b.cols()) {
            return false;
        }
        for (int j = 0; j < cols; j++) {
            for (int i = 0; i < rows; i++) {
                double x = data[offset + i * rs + j * cs];
                double y = b.get(i, j);
                if (!(x == y || Math.abs(x - y) <= tol)) {
                    return false;
                }
            }
        }
        return true;
    }

    // ---- Orthogonal factorizations ----------------------------------------------------------------

    /** The Householder QR factorization of this matrix, {@link QR#of(Dense)}. */
    public QR qr() {
        return QR.of(this);
    }

    /** The Householder LQ factorization of this matrix, {@link LQ#of(Dense)}. */
    public LQ lq() {
        return LQ.of(this);
    }

    /**
     * The numerical rank: the number of singular values above {@code max(m, n) eps s_0}
     * ({@link SVD#rank()}, NumPy's {@code matrix_rank} tolerance); 0 for an empty or zero matrix.
     * {@code QR.pivoted(a).rank()} is the cheaper, usually equal, estimate from the pivoted QR.
     *
     * @throws IllegalArgumentException if an element is NaN or infinite
     */
    public int rank() {
        return SVD.of(this, SVD.Kind.VALUES).rank();
    }

    // ---- Singular value decomposition -------------------------------------------------------------

    /** The thin singular value decomposition of this matrix, {@link SVD#of(Dense)}. */
    public SVD svd() {
        return SVD.of(this);
    }

    /**
     * The 2-norm condition number {@code s_max / s_min} ({@link SVD#cond()}): infinite for a
     * singular matrix, 1 for an empty one. {@link #rcond()} is the cheaper 1-norm estimate.
     *
     * @throws IllegalArgumentException if an element is NaN or infinite
     */
    public double cond() {
        return SVD.of(this, SVD.Kind.VALUES).cond();
    }

    /**
     * The Moore-Penrose pseudo-inverse, n x m ({@link SVD#pinv()}): singular values at or below
     * {@code max(m, n) eps s_0} are treated as zero, as NumPy's {@code pinv} does.
     *
     * @throws IllegalArgumentException if an element is NaN or infinite
     */
    public Dense pinv() {
        return SVD.of(this).pinv();
    }

    // ---- Factorizations and what they give -------------------------------------------------------

    /**
     * The LU factorization with partial pivoting ({@link LU#of(Dense)}).
     *
     * @throws DimensionMismatchException if the matrix is not square
     */
    public LU lu() {
        return LU.of(this);
    }

    /**
     * The Cholesky factorization of this symmetric positive definite matrix, from its lower
     * triangle ({@link Cholesky#of(Dense)}).
     *
     * @throws DimensionMismatchException if the matrix is not square
     * @throws NotPositiveDefiniteException if it is not positive definite, naming the failing column
     */
    public Cholesky cholesky() {
        return Cholesky.of(this);
    }

    /**
     * The eigenvalues (ascending) and orthonormal eigenvectors of this symmetric matrix
     * ({@link EigenSym#of(Dense)}).
     *
     * @throws DimensionMismatchException if the matrix is not square
     * @throws IllegalArgumentException if it is not symmetric within
     *     {@link EigenSym#SYMMETRY_TOLERANCE}, or holds NaN or an infinity
     * @throws NoConvergenceException if the iteration does not converge
     */
    public EigenSym eigenSym() {
        return EigenSym.of(this);
    }

    /**
     * The principal square root of this symmetric positive semidefinite matrix: the symmetric
     * positive semidefinite S with {@code S S = A}, from its eigen decomposition
     * ({@link EigenSym#sqrt()}). A is scaled by a power of 2 before the decomposition, so that
     * results that are representable are returned even where A's eigenvalues overflow or are
     * subnormal.
     *
     * @throws DimensionMismatchException if the matrix is not square
     * @throws IllegalArgumentException if it is not symmetric (as {@link #eigenSym()}) or not
     *     positive semidefinite (an eigenvalue below {@code -n eps max|lambda|})
     */
    public Dense sqrt() {
        return EigenSym.sqrtOf(this);
    }

    /**
     * The principal logarithm of this symmetric positive definite matrix: the symmetric L with
     * {@code exp(L) = A}, from its eigen decomposition ({@link EigenSym#log()}). A is scaled by a
     * power of 2 before the decomposition, so that results that are representable are returned
     * even where A's eigenvalues overflow or are subnormal.
     *
     * @throws DimensionMismatchException if the matrix is not square
     * @throws IllegalArgumentException if it is not symmetric (as {@link #eigenSym()}), not
     *     positive definite, or numerically singular (an eigenvalue at most
     *     {@code n eps max|lambda|})
     */
    public Dense log() {
        return EigenSym.logOf(this);
    }

    /**
     * The solution of {@code A x = b}: for a square A by LU with partial pivoting; for a tall A
     * the least-squares solution by QR ({@link QR#solve(Vec)}); for a wide A the minimum-norm
     * solution by LQ ({@link LQ#solve(Vec)}).
     *
     * @throws DimensionMismatchException if b's length is not rows()
     * @throws SingularMatrixException if a square A is exactly singular, or a non-square A does not
     *     have full rank (use {@link QR#pivoted(Dense)} then)
     */
    public Vec solve(Vec b) {
        if (rows == cols) {
            return lu().solve(b);
        }
        return rows > cols ? qr().solve(b) : lq().solve(b);
    }

    /**
     * As {@link #solve(Vec)}, for every column of B (B has rows() rows).
     *
     * @throws DimensionMismatchException if B does not have rows() rows
     * @throws SingularMatrixException if a square A is exactly singular, or a non-square A does not
     *     have full rank
     */
    public Dense solve(Dense b) {
        if (rows == cols) {
            return lu().solve(b);
        }
        return rows > cols ? qr().solve(b) : lq().solve(b);
    }

    /**
     * {@code A^-1}, by LU with partial pivoting. Prefer {@link #solve} to multiplying by an inverse.
     *
     * @throws DimensionMismatchException if the matrix is not square
     * @throws SingularMatrixException if it is exactly singular
     */
    public Dense inverse() {
        requireSquare("inverse");
        return lu().inverse();
    }

    /**
     * The determinant, by LU: it overflows or underflows for large matrices, where {@link #logDet()}
     * does not.
     *
     * @throws DimensionMismatchException if the matrix is not square
     */
    public double det() {
        requireSquare("det");
        return lu().det();
    }

    /**
     * The determinant as sign and log-magnitude, by LU.
     *
     * @throws DimensionMismatchException if the matrix is not square
     */
    public LogDeterminant logDet() {
        requireSquare("logDet");
        return lu().logDet();
    }

    /**
     * An estimate of the reciprocal 1-norm condition number, by LU ({@link LU#rcond()}).
     *
     * @throws DimensionMismatchException if the matrix is not square
     */
    public double rcond() {
        requireSquare("rcond");
        return lu().rcond();
    }

    // ---- Matrix functions -----------------------------------------------------------------------

    /**
     * The matrix exponential {@code exp(A)} by scaling and squaring ({@link MatrixFunctions#exp}).
     *
     * @throws DimensionMismatchException if the matrix is not square
     * @throws IllegalArgumentException if an element is NaN or infinite
     */
    public Dense exp() {
        return MatrixFunctions.exp(this);
    }

    /**
     * The integer power {@code A^k} by repeated squaring, through the inverse for negative k
     * ({@link MatrixFunctions#pow}).
     *
     * @throws DimensionMismatchException if the matrix is not square
     * @throws SingularMatrixException if k is negative and the matrix is exactly singular
     */
    public Dense pow(int k) {
        return MatrixFunctions.pow(this, k);
    }

    /**
     * The Kronecker product {@code this (x) b} ({@link MatrixFunctions#kron}).
     *
     * @throws NullPointerException if b is null
     */
    public Dense kron(Dense b) {
        return MatrixFunctions.kron(this, b);
    }

    private void requireSquare(String op) {
        if (rows != cols) {
            throw new DimensionMismatchException(op + ": " + Text.shape(rows, cols) + " is not square");
        }
    }

    // ---- Destination forms ----------------------------------------------------------------------

    /**
     * {@code into = a * b} by GEMM, without allocating. Any layout of the three operands works
     * (slices, transposed views; a transposed {@code into} is filled as {@code b^T a^T}).
     *
     * <p>Aliasing: {@code into} must not share any element with {@code a} or {@code b} (GEMM
     * overwrites the output while it still reads the inputs). The check is exact, so disjoint views
     * of one array (e.g. two column blocks) are allowed.
     *
     * @throws DimensionMismatchException if {@code a.cols() != b.rows()} or {@code into} is not
     *     {@code a.rows() x b.cols()}
     * @throws IllegalArgumentException if {@code into} overlaps {@code a} or {@code b}
     * @throws NullPointerException if an argument is null
     */
    public static void mul(Dense a, Dense b, Dense into) {
        Objects.requireNonNull(a, "mul: a is null");
        Objects.requireNonNull(b, "mul: b is null");
        Objects.requireNonNull(into, "mul: into is null");
        if (a.cols != b.rows) {
            throw DimensionMismatchException.of("mul", a.rows, a.cols, "*", b.rows, b.cols);
        }
        checkInto("mul", "*", a, b, into, a.rows, b.cols);
        if (Overlap.overlaps(into.region(), a.region()) || Overlap.overlaps(into.region(), b.region())) {
            throw new IllegalArgumentException("mul: into overlaps an input (a or b)");
        }
        gemm(a, b, into);
    }

    /**
     * {@code into = a + b}, element-wise, without allocating. {@code into} may be the very same view
     * as {@code a} or {@code b} (e.g. {@code Dense.add(a, b, a)} adds in place), but must not
     * overlap them otherwise.
     *
     * @throws DimensionMismatchException if the three shapes differ
     * @throws IllegalArgumentException if {@code into} partly overlaps an input
     * @throws NullPointerException if an argument is null
     */
    public static void add(Dense a, Dense b, Dense into) {
        elementwiseInto("add", "+", Elementwise.Op.ADD, a, b, into);
    }

    /**
     * {@code into = a - b}, element-wise, without allocating; aliasing as for {@link #add}.
     *
     * @throws DimensionMismatchException if the three shapes differ
     * @throws IllegalArgumentException if {@code into} partly overlaps an input
     * @throws NullPointerException if an argument is null
     */
    public static void sub(Dense a, Dense b, Dense into) {
        elementwiseInto("sub", "-", Elementwise.Op.SUB, a, b, into);
    }

    /**
     * {@code into = a .* b}, element-wise, without allocating; aliasing as for {@link #add}.
     *
     * @throws DimensionMismatchException if the three shapes differ
     * @throws IllegalArgumentException if {@code into} partly overlaps an input
     * @throws NullPointerException if an argument is null
     */
    public static void mulElem(Dense a, Dense b, Dense into) {
        elementwiseInto("mulElem", ".*", Elementwise.Op.MUL, a, b, into);
    }

    /**
     * {@code into = a ./ b}, element-wise, without allocating; aliasing as for {@link #add}.
     *
     * @throws DimensionMismatchException if the three shapes differ
     * @throws IllegalArgumentException if {@code into} partly overlaps an input
     * @throws NullPointerException if an argument is null
     */
    public static void divElem(Dense a, Dense b, Dense into) {
        elementwiseInto("divElem", "./", Elementwise.Op.DIV, a, b, into);
    }

    /**
     * {@code into = alpha * a}, without allocating; {@code into} may be {@code a} itself (scaling in
     * place) but must not overlap it otherwise.
     *
     * @throws DimensionMismatchException if the shapes differ
     * @throws IllegalArgumentException if {@code into} partly overlaps {@code a}
     * @throws NullPointerException if an argument is null
     */
    public static void scale(double alpha, Dense a, Dense into) {
        Objects.requireNonNull(a, "scale: a is null");
        Objects.requireNonNull(into, "scale: into is null");
        if (a.rows != into.rows || a.cols != into.cols) {
            throw DimensionMismatchException.of("scale", a.rows, a.cols, "->", into.rows, into.cols);
        }
        checkPartialOverlap("scale", into, a);
        Elementwise.scale(
                a.rows, a.cols, alpha, a.data, a.offset, a.rs, a.cs, into.data, into.offset, into.rs, into.cs);
    }

    private static void elementwiseInto(String op, String symbol, Elementwise.Op kind, Dense a, Dense b, Dense into) {
        Objects.requireNonNull(a, () -> op + ": a is null");
        Objects.requireNonNull(b, () -> op + ": b is null");
        Objects.requireNonNull(into, () -> op + ": into is null");
        checkSameShape(op, symbol, a, b);
        checkInto(op, symbol, a, b, into, a.rows, a.cols);
        checkPartialOverlap(op, into, a);
        checkPartialOverlap(op, into, b);
        binary(kind, a, b, into);
    }

    private static void checkPartialOverlap(String op, Dense into, Dense in) {
        if (!into.sameView(in) && Overlap.overlaps(into.region(), in.region())) {
            throw new IllegalArgumentException(op + ": into overlaps an input without being the same view of it");
        }
    }

    private static void checkInto(String op, String symbol, Dense a, Dense b, Dense into, int m, int n) {
        if (into.rows != m || into.cols != n) {
            throw new DimensionMismatchException(
                    op + ": " + Text.shape(a.rows, a.cols) + " " + symbol + " " + Text.shape(b.rows, b.cols) + " is "
                            + Text.shape(m, n) + " but into is " + Text.shape(into.rows, into.cols));
        }
    }

    // ---- Kernel calls ----------------------------------------------------------------------------

    private static void binary(Elementwise.Op kind, Dense a, Dense b, Dense c) {
        Elementwise.binary(
                kind, a.rows, a.cols, a.data, a.offset, a.rs, a.cs, b.data, b.offset, b.rs, b.cs, c.data, c.offset,
                c.rs, c.cs);
    }

    /** {@code c = a * b} with the stored layouts handed to GEMM as they are. */
    private static void gemm(Dense a, Dense b, Dense c) {
        if (c.rows == 0 || c.cols == 0) {
            return;
        }
        if (!c.transposed) {
            Kernels.blas()
                    .gemm(
                            a.storage(),
                            b.storage(),
                            c.rows,
                            c.cols,
                            a.cols,
                            1.0,
                            a.data,
                            a.offset,
                            a.ld,
                            b.data,
                            b.offset,
                            b.ld,
                            0.0,
                            c.data,
                            c.offset,
                            c.ld);
        } else {
            // c is stored as C^T = b^T a^T
            Kernels.blas()
                    .gemm(
                            flip(b.storage()),
                            flip(a.storage()),
                            c.cols,
                            c.rows,
                            a.cols,
                            1.0,
                            b.data,
                            b.offset,
                            b.ld,
                            a.data,
                            a.offset,
                            a.ld,
                            0.0,
                            c.data,
                            c.offset,
                            c.ld);
        }
    }

    /** {@code y = a * x} by GEMV. */
    static void gemv(Dense a, Vec x, Vec y) {
        if (a.rows == 0) {
            return;
        }
        Kernels.blas()
                .gemv(
                        a.storage(),
                        a.storedRows(),
                        a.storedCols(),
                        1.0,
                        a.data,
                        a.offset,
                        a.ld,
                        x.array(),
                        x.offset(),
                        x.inc(),
                        0.0,
                        y.array(),
                        y.offset(),
                        y.inc());
    }

    private static Transpose flip(Transpose t) {
        return t == Transpose.NO ? Transpose.YES : Transpose.NO;
    }

    // ---- Helpers ---------------------------------------------------------------------------------

    private static Dense dense(String op, String name, Matrix m) {
        Objects.requireNonNull(m, () -> op + ": " + name + " is null");
        return m instanceof Dense d ? d : copyOf(m);
    }

    private static void checkSameShape(String op, String symbol, Dense a, Dense b) {
        if (a.rows != b.rows || a.cols != b.cols) {
            throw DimensionMismatchException.of(op, a.rows, a.cols, symbol, b.rows, b.cols);
        }
    }

    /** Java arrays hold at most this many elements (a few header words below Integer.MAX_VALUE). */
    private static final int MAX_ELEMENTS = Integer.MAX_VALUE - 8;

    private static void checkShape(String op, int rows, int cols) {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException(op + ": negative dimension in " + Text.shape(rows, cols));
        }
        if ((long) rows * cols > MAX_ELEMENTS) {
            throw new IllegalArgumentException(
                    op + ": " + Text.shape(rows, cols) + " has more elements than a Java array can hold");
        }
    }

    // ---- Object ----------------------------------------------------------------------------------

    /**
     * Value equality: {@code o} is a {@code Dense} of the same shape whose elements are equal as
     * {@link Double#equals} compares them (NaN equals NaN; {@code 0.0} and {@code -0.0} differ).
     * Layout (views, transposition, leading dimension) does not matter.
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Dense b) || rows != b.rows || cols != b.cols) {
            return false;
        }
        for (int j = 0; j < cols; j++) {
            for (int i = 0; i < rows; i++) {
                if (Double.doubleToLongBits(get(i, j)) != Double.doubleToLongBits(b.get(i, j))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Consistent with {@link #equals}: depends on the shape and the elements only. */
    @Override
    public int hashCode() {
        int h = 31 * rows + cols;
        for (int i = 0; i < rows; i++) {
            for (int j = 0, k = offset + i * rs; j < cols; j++, k += cs) {
                h = 31 * h + Double.hashCode(data[k]);
            }
        }
        return h;
    }

    // ---- general eigenproblem -------------------------------------------------------------------

    /**
     * Eigenvalues and right eigenvectors of this square matrix ({@link Eigen#of(Dense)}, with
     * balancing); {@link Eigen#of(Dense, Eigen.Options)} for left vectors or values only.
     *
     * @throws DimensionMismatchException if the matrix is not square
     * @throws IllegalArgumentException if an element is NaN or infinite
     * @throws NoConvergenceException if the QR algorithm reaches its iteration limit
     */
    public Eigen eigen() {
        return Eigen.of(this);
    }

    /**
     * The real Schur decomposition {@code A = Z T Z^T} of this square matrix ({@link Schur#of}).
     *
     * @throws DimensionMismatchException if the matrix is not square
     * @throws IllegalArgumentException if an element is NaN or infinite
     * @throws NoConvergenceException if the QR algorithm reaches its iteration limit
     */
    public Schur schur() {
        return Schur.of(this);
    }

    /**
     * The Hessenberg decomposition {@code A = Q H Q^T} of this square matrix ({@link Hessenberg#of}).
     *
     * @throws DimensionMismatchException if the matrix is not square
     */
    public Hessenberg hessenberg() {
        return Hessenberg.of(this);
    }

    /**
     * The readable form shown by jshell: {@code Dense 3x4} on the first line, then the rows with
     * aligned columns; beyond 8 rows or columns only the first and last 4 are shown, with ASCII
     * {@code ...} markers in between. Numbers have at most 6 significant digits, C {@code %g} style
     * without trailing zeros ({@code 1}, {@code 0.5}, {@code 1.5e-10}, {@code NaN}, {@code Inf}).
     * For exact, copyable text use {@link MatrixFormat}.
     */
    @Override
    public String toString() {
        return Text.grid("Dense " + Text.shape(rows, cols), rows, cols, this::get);
    }
}
