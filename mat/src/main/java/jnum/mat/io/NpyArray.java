package jnum.mat.io;

import java.nio.ByteOrder;
import java.util.Objects;
import jnum.mat.Dense;
import jnum.mat.Vec;

/**
 * A NumPy array held in memory as doubles, with the element type, byte order, storage order and
 * shape it had (when read) or is to have (when written).
 *
 * <p>Dimensions: 0, 1 or 2. A 2-d array is a {@link Dense} ({@link #matrix()}), a 1-d array a
 * {@link Vec} ({@link #vector()}), a 0-d array a single value ({@link #scalar()}), as NumPy's
 * {@code np.save(f, np.float64(3))} writes it. The values are kept in the file's order, so that
 * reading never reorders them: the matrix of a Fortran-order file is column-major, and that of a
 * C-order file is a transposed view of the row-major values ({@link Dense#storage()} is then
 * {@code YES}; every operation of {@link Dense} takes either). {@link #matrix()} and
 * {@link #vector()} are views of the values, not copies, so writing through one changes this array.
 */
public final class NpyArray {
    private final DType dtype;
    private final ByteOrder byteOrder;
    private final boolean fortranOrder;
    private final int[] shape;
    private final double[] values;
    /** For 2-d arrays: the matrix, a view of the values read or of the matrix to write. */
    private final Dense matrix;

    NpyArray(DType dtype, ByteOrder byteOrder, boolean fortranOrder, int[] shape, double[] values, Dense matrix) {
        this.dtype = dtype;
        this.byteOrder = byteOrder;
        this.fortranOrder = fortranOrder;
        this.shape = shape;
        this.values = values;
        this.matrix = matrix;
    }

    /**
     * An array to write {@code m} as a 2-d {@code float64} array (little-endian, Fortran order).
     * The matrix is not copied: it must not change until written.
     *
     * @throws NullPointerException if {@code m} is null
     */
    public static NpyArray of(Dense m) {
        Objects.requireNonNull(m, "of: m is null");
        return new NpyArray(DType.FLOAT64, ByteOrder.LITTLE_ENDIAN, true, new int[] {m.rows(), m.cols()}, null, m);
    }

    /**
     * An array to write {@code v} as a 1-d {@code float64} array (little-endian). The vector's
     * elements are copied.
     *
     * @throws NullPointerException if {@code v} is null
     */
    public static NpyArray of(Vec v) {
        Objects.requireNonNull(v, "of: v is null");
        return new NpyArray(DType.FLOAT64, ByteOrder.LITTLE_ENDIAN, false, new int[] {v.length()}, v.toArray(), null);
    }

    /** A 0-d {@code float64} array holding {@code x}. */
    public static NpyArray scalar(double x) {
        return new NpyArray(DType.FLOAT64, ByteOrder.LITTLE_ENDIAN, false, new int[0], new double[] {x}, null);
    }

    /**
     * This array with another element type for writing. Writing checks that every value is held
     * exactly by the type (see {@link DType}) and throws {@link IllegalArgumentException} naming the
     * first that is not.
     *
     * @throws NullPointerException if {@code type} is null
     */
    public NpyArray withDType(DType type) {
        Objects.requireNonNull(type, "withDType: type is null");
        return new NpyArray(type, byteOrder, fortranOrder, shape, values, matrix);
    }

    /**
     * This array with another byte order for writing.
     *
     * @throws NullPointerException if {@code order} is null
     */
    public NpyArray withByteOrder(ByteOrder order) {
        Objects.requireNonNull(order, "withByteOrder: order is null");
        return new NpyArray(dtype, order, fortranOrder, shape, values, matrix);
    }

    /**
     * This array with another storage order for writing: {@code true} for Fortran (column-major,
     * the layout of {@link Dense}, written without reordering), {@code false} for C (row-major).
     * Immaterial for 0-d and 1-d arrays, which NumPy writes as C order.
     */
    public NpyArray withFortranOrder(boolean fortran) {
        return new NpyArray(dtype, byteOrder, fortran && shape.length == 2, shape, values, matrix);
    }

    /** The element type. */
    public DType dtype() {
        return dtype;
    }

    /** The byte order of the elements ({@code LITTLE_ENDIAN} for one-byte types). */
    public ByteOrder byteOrder() {
        return byteOrder;
    }

    /** Whether the data is (or is to be) stored column-major, NumPy's {@code fortran_order}. */
    public boolean fortranOrder() {
        return fortranOrder;
    }

    /** The dimensions: {@code []}, {@code [n]} or {@code [rows, cols]}. */
    public int[] shape() {
        return shape.clone();
    }

    /** The number of dimensions: 0, 1 or 2. */
    public int ndim() {
        return shape.length;
    }

    /**
     * The 2-d array as a matrix: a view of the values read, or the matrix this array was built from.
     *
     * @throws IllegalStateException if the array is not 2-d
     */
    public Dense matrix() {
        if (shape.length != 2) {
            throw new IllegalStateException("matrix: the array is " + shape.length + "-d with shape "
                    + NpyHeader.shapeText(longShape()) + "; use " + (shape.length == 1 ? "vector()" : "scalar()"));
        }
        return matrix;
    }

    /**
     * The 1-d array as a vector (a view of this array's values).
     *
     * @throws IllegalStateException if the array is not 1-d
     */
    public Vec vector() {
        if (shape.length != 1) {
            throw new IllegalStateException("vector: the array is " + shape.length + "-d with shape "
                    + NpyHeader.shapeText(longShape()) + "; use " + (shape.length == 2 ? "matrix()" : "scalar()"));
        }
        return Vec.wrap(values, 0, 1, shape[0]);
    }

    /**
     * The value of a 0-d array.
     *
     * @throws IllegalStateException if the array is not 0-d
     */
    public double scalar() {
        if (shape.length != 0) {
            throw new IllegalStateException("scalar: the array is " + shape.length + "-d with shape "
                    + NpyHeader.shapeText(longShape()) + "; use " + (shape.length == 2 ? "matrix()" : "vector()"));
        }
        return values[0];
    }

    long[] longShape() {
        long[] s = new long[shape.length];
        for (int k = 0; k < s.length; k++) {
            s[k] = shape[k];
        }
        return s;
    }

    /** The values of a 0-d or 1-d array; null for a 2-d array (see {@link #matrix()}). */
    double[] values() {
        return values;
    }

    /** {@code "NpyArray float64 (3, 4) little-endian C order"}. */
    @Override
    public String toString() {
        return "NpyArray " + dtype.name().toLowerCase(java.util.Locale.ROOT) + " " + NpyHeader.shapeText(longShape())
                + (dtype.size() == 1 ? "" : byteOrder == ByteOrder.LITTLE_ENDIAN ? " little-endian" : " big-endian")
                + (shape.length == 2 ? (fortranOrder ? " Fortran order" : " C order") : "");
    }
}
