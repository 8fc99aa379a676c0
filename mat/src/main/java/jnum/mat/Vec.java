package jnum.mat;

import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import jnum.mat.kernel.Kernels;

/**
 * A dense real vector: {@code length()} elements of an array at {@code offset + k * inc}. The
 * increment may be any non-zero value, so rows, columns and diagonals of a {@link Dense} are
 * vectors that share its storage ({@link Dense#row}, {@link Dense#column},
 * {@link Dense#diagonal}); a write through such a view changes the matrix.
 *
 * <p>Allocating forms ({@link #plus}, ...) return new contiguous vectors; destination forms
 * ({@link #add}, {@link #mul}, ...) write into a given vector without allocating. Reductions go
 * through the kernel facade ({@link #dot}, {@link #norm2}, {@link #sum}). Errors and equality
 * follow the same rules as {@link Dense}: {@link #equals} is value equality over the elements (as
 * {@link Double#equals} compares them), whatever the stride.
 */
public final class Vec {
    private final double[] data;
    private final int offset;
    private final int inc;
    private final int length;

    private Vec(double[] data, int offset, int inc, int length) {
        this.data = data;
        this.offset = offset;
        this.inc = inc;
        this.length = length;
    }

    /** A view; the caller guarantees that it lies inside {@code data}. */
    static Vec view(double[] data, int offset, int inc, int length) {
        return new Vec(data, offset, inc == 0 ? 1 : inc, length);
    }

    /**
     * A new vector holding a copy of {@code values}.
     *
     * @throws NullPointerException if {@code values} is null
     */
    public static Vec of(double... values) {
        Objects.requireNonNull(values, "of: values is null");
        return new Vec(values.clone(), 0, 1, values.length);
    }

    /**
     * A vector of {@code n} zeros.
     *
     * @throws IllegalArgumentException if {@code n} is negative or more than a Java array holds
     */
    public static Vec zeros(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("zeros: negative length " + n);
        }
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("zeros: length " + n + " is more than a Java array can hold");
        }
        return new Vec(new double[n], 0, 1, n);
    }

    /**
     * A view of {@code length} elements of {@code data} at {@code offset + k * inc}, without
     * copying ({@code inc} may be negative: element 0 is always at {@code offset}).
     *
     * @throws NullPointerException if {@code data} is null
     * @throws IllegalArgumentException if {@code length} is negative or {@code inc} is 0
     * @throws IndexOutOfBoundsException if an element lies outside {@code data}
     */
    public static Vec wrap(double[] data, int offset, int inc, int length) {
        Objects.requireNonNull(data, "wrap: data is null");
        if (length < 0) {
            throw new IllegalArgumentException("wrap: negative length " + length);
        }
        if (inc == 0) {
            throw new IllegalArgumentException("wrap: increment is 0");
        }
        long last = offset + (long) (length - 1) * inc;
        if (length > 0 && (offset < 0 || offset >= data.length || last < 0 || last >= data.length)) {
            throw new IndexOutOfBoundsException("wrap: " + length + " elements at offset " + offset + " step " + inc
                    + " run outside an array of length " + data.length);
        }
        return new Vec(data, offset, inc, length);
    }

    /** A new contiguous copy. */
    public Vec copy() {
        return new Vec(toArray(), 0, 1, length);
    }

    /** The elements as a new array. */
    public double[] toArray() {
        double[] out = new double[length];
        for (int k = 0, p = offset; k < length; k++, p += inc) {
            out[k] = data[p];
        }
        return out;
    }

    // ---- Elements and raw storage ----------------------------------------------------------------

    /** The number of elements. */
    public int length() {
        return length;
    }

    /**
     * Element {@code k}.
     *
     * @throws IndexOutOfBoundsException if {@code k} is not in {@code [0, length())}
     */
    public double get(int k) {
        return data[index("get", k)];
    }

    /**
     * Sets element {@code k} (seen by every view sharing this storage).
     *
     * @throws IndexOutOfBoundsException if {@code k} is not in {@code [0, length())}
     */
    public void set(int k, double value) {
        data[index("set", k)] = value;
    }

    private int index(String op, int k) {
        if (k < 0 || k >= length) {
            throw new IndexOutOfBoundsException(op + ": index " + k + " out of bounds for length " + length);
        }
        return offset + k * inc;
    }

    /** The backing array, shared (for kernel calls). */
    public double[] array() {
        return data;
    }

    /** Index in {@link #array()} of element 0. */
    public int offset() {
        return offset;
    }

    /** Distance in {@link #array()} between consecutive elements (non-zero, may be negative). */
    public int inc() {
        return inc;
    }

    /**
     * Elements {@code [from, to)} as a view.
     *
     * @throws IndexOutOfBoundsException if a bound is outside {@code [0, length()]}
     * @throws IllegalArgumentException if {@code to < from}
     */
    public Vec slice(int from, int to) {
        if (from < 0 || to > length) {
            throw new IndexOutOfBoundsException("slice: [" + from + ", " + to + ") out of bounds for length " + length);
        }
        if (to < from) {
            throw new IllegalArgumentException("slice: reversed range [" + from + ", " + to + ")");
        }
        return new Vec(data, to == from ? offset : offset + from * inc, inc, to - from);
    }

    Overlap.Region region() {
        int base = inc > 0 || length == 0 ? offset : offset + (length - 1) * inc;
        return new Overlap.Region(data, base, 1, length, Math.abs(inc));
    }

    private boolean sameView(Vec o) {
        return data == o.data && offset == o.offset && length == o.length && (length <= 1 || inc == o.inc);
    }

    // ---- Arithmetic ------------------------------------------------------------------------------

    /**
     * {@code this + y}, a new vector.
     *
     * @throws DimensionMismatchException if the lengths differ
     * @throws NullPointerException if {@code y} is null
     */
    public Vec plus(Vec y) {
        return elementwise("plus", "+", Elementwise.Op.ADD, y);
    }

    /**
     * {@code this - y}, a new vector.
     *
     * @throws DimensionMismatchException if the lengths differ
     * @throws NullPointerException if {@code y} is null
     */
    public Vec minus(Vec y) {
        return elementwise("minus", "-", Elementwise.Op.SUB, y);
    }

    /**
     * Element-wise product {@code this .* y}, a new vector.
     *
     * @throws DimensionMismatchException if the lengths differ
     * @throws NullPointerException if {@code y} is null
     */
    public Vec mulElem(Vec y) {
        return elementwise("mulElem", ".*", Elementwise.Op.MUL, y);
    }

    /**
     * Element-wise quotient {@code this ./ y}, a new vector (division by zero per IEEE 754).
     *
     * @throws DimensionMismatchException if the lengths differ
     * @throws NullPointerException if {@code y} is null
     */
    public Vec divElem(Vec y) {
        return elementwise("divElem", "./", Elementwise.Op.DIV, y);
    }

    private Vec elementwise(String op, String symbol, Elementwise.Op kind, Vec y) {
        Objects.requireNonNull(y, () -> op + ": y is null");
        checkLengths(op, symbol, this, y);
        Vec z = zeros(length);
        binary(kind, this, y, z);
        return z;
    }

    /** {@code alpha * this}, a new vector. */
    public Vec scale(double alpha) {
        Vec z = zeros(length);
        Elementwise.scale(length, 1, alpha, data, offset, inc, 0, z.data, 0, 1, 0);
        return z;
    }

    /**
     * {@code f} applied to every element, a new vector.
     *
     * @throws NullPointerException if {@code f} is null
     */
    public Vec map(DoubleUnaryOperator f) {
        Objects.requireNonNull(f, "map: f is null");
        Vec z = zeros(length);
        Elementwise.map(length, 1, f, data, offset, inc, 0, z.data, 0, 1, 0);
        return z;
    }

    /**
     * The dot product {@code sum x_k y_k} (kernel dot; 0 for empty vectors).
     *
     * @throws DimensionMismatchException if the lengths differ
     * @throws NullPointerException if {@code y} is null
     */
    public double dot(Vec y) {
        Objects.requireNonNull(y, "dot: y is null");
        checkLengths("dot", ".", this, y);
        return Kernels.blas().dot(length, data, offset, inc, y.data, y.offset, y.inc);
    }

    /**
     * The Euclidean norm {@code sqrt(sum x_k^2)} by the kernels' nrm2, which scales its sums of
     * squares (Blue's algorithm, as LAPACK's dnrm2) so that entries near {@code 1e300} or
     * {@code 1e-300} neither overflow nor underflow. NaN if any element is NaN.
     */
    public double norm2() {
        return Kernels.blas().nrm2(length, data, offset, inc);
    }

    /** The largest absolute element, 0 when empty; NaN if any element is NaN. */
    public double normInf() {
        double m = 0;
        for (int k = 0, p = offset; k < length; k++, p += inc) {
            m = Math.max(m, Math.abs(data[p])); // Math.max propagates NaN
        }
        return m;
    }

    /** The sum of the elements (kernel sum; 0 when empty). */
    public double sum() {
        return Kernels.blas().sum(length, data, offset, inc);
    }

    /**
     * Whether {@code y} has the same length and every {@code |x_k - y_k| <= tol} (NaN never is).
     *
     * @throws NullPointerException if {@code y} is null
     * @throws IllegalArgumentException if {@code tol} is negative or NaN
     */
    public boolean equalsWithin(Vec y, double tol) {
        Objects.requireNonNull(y, "equalsWithin: y is null");
        if (!(tol >= 0)) {
            throw new IllegalArgumentException("equalsWithin: tol = " + tol + " must be >= 0");
        }
        if (length != y.length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            double a = get(k);
            double b = y.get(k);
            if (!(a == b || Math.abs(a - b) <= tol)) {
                return false;
            }
        }
        return true;
    }

    // ---- Destination forms ----------------------------------------------------------------------

    /**
     * {@code into = a * x} by GEMV, without allocating.
     *
     * <p>Aliasing: {@code into} must not share any element with {@code a} or {@code x}.
     *
     * @throws DimensionMismatchException if {@code a.cols() != x.length()} or
     *     {@code into.length() != a.rows()}
     * @throws IllegalArgumentException if {@code into} overlaps {@code a} or {@code x}
     * @throws NullPointerException if an argument is null
     */
    public static void mul(Dense a, Vec x, Vec into) {
        Objects.requireNonNull(a, "mul: a is null");
        Objects.requireNonNull(x, "mul: x is null");
        Objects.requireNonNull(into, "mul: into is null");
        if (a.cols() != x.length || a.rows() != into.length) {
            throw new DimensionMismatchException("mul: " + Text.shape(a.rows(), a.cols()) + " * vector of length "
                    + x.length + " into vector of length " + into.length);
        }
        if (Overlap.overlaps(into.region(), a.region()) || Overlap.overlaps(into.region(), x.region())) {
            throw new IllegalArgumentException("mul: into overlaps an input (a or x)");
        }
        Dense.gemv(a, x, into);
    }

    /**
     * {@code into = x + y}, without allocating. {@code into} may be the very same view as {@code x}
     * or {@code y}, but must not overlap them otherwise.
     *
     * @throws DimensionMismatchException if the lengths differ
     * @throws IllegalArgumentException if {@code into} partly overlaps an input
     * @throws NullPointerException if an argument is null
     */
    public static void add(Vec x, Vec y, Vec into) {
        elementwiseInto("add", "+", Elementwise.Op.ADD, x, y, into);
    }

    /**
     * {@code into = x - y}, without allocating; aliasing as for {@link #add}.
     *
     * @throws DimensionMismatchException if the lengths differ
     * @throws IllegalArgumentException if {@code into} partly overlaps an input
     * @throws NullPointerException if an argument is null
     */
    public static void sub(Vec x, Vec y, Vec into) {
        elementwiseInto("sub", "-", Elementwise.Op.SUB, x, y, into);
    }

    /**
     * {@code into = alpha * x}, without allocating; {@code into} may be {@code x} itself.
     *
     * @throws DimensionMismatchException if the lengths differ
     * @throws IllegalArgumentException if {@code into} partly overlaps {@code x}
     * @throws NullPointerException if an argument is null
     */
    public static void scale(double alpha, Vec x, Vec into) {
        Objects.requireNonNull(x, "scale: x is null");
        Objects.requireNonNull(into, "scale: into is null");
        checkLengths("scale", "->", x, into);
        checkPartialOverlap("scale", into, x);
        Elementwise.scale(x.length, 1, alpha, x.data, x.offset, x.inc, 0, into.data, into.offset, into.inc, 0);
    }

    private static void elementwiseInto(String op, String symbol, Elementwise.Op kind, Vec x, Vec y, Vec into) {
        Objects.requireNonNull(x, () -> op + ": x is null");
        Objects.requireNonNull(y, () -> op + ": y is null");
        Objects.requireNonNull(into, () -> op + ": into is null");
        checkLengths(op, symbol, x, y);
        checkLengths(op, "->", x, into);
        checkPartialOverlap(op, into, x);
        checkPartialOverlap(op, into, y);
        binary(kind, x, y, into);
    }

    private static void checkPartialOverlap(String op, Vec into, Vec in) {
        if (!into.sameView(in) && Overlap.overlaps(into.region(), in.region())) {
            throw new IllegalArgumentException(op + ": into overlaps an input without being the same view of it");
        }
    }

    private static void binary(Elementwise.Op kind, Vec x, Vec y, Vec z) {
        Elementwise.binary(
                kind, x.length, 1, x.data, x.offset, x.inc, 0, y.data, y.offset, y.inc, 0, z.data, z.offset, z.inc, 0);
    }

    private static void checkLengths(String op, String symbol, Vec x, Vec y) {
        if (x.length != y.length) {
            throw new DimensionMismatchException(op + ": length " + x.length + " " + symbol + " length " + y.length);
        }
    }

    // ---- Object ----------------------------------------------------------------------------------

    /**
     * Value equality: {@code o} is a {@code Vec} of the same length with elements equal as
     * {@link Double#equals} compares them (NaN equals NaN; {@code 0.0} and {@code -0.0} differ),
     * whatever the strides.
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Vec y) || length != y.length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (Double.doubleToLongBits(get(k)) != Double.doubleToLongBits(y.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Consistent with {@link #equals}: {@code java.util.Arrays.hashCode(toArray())}. */
    @Override
    public int hashCode() {
        int h = 1;
        for (int k = 0, p = offset; k < length; k++, p += inc) {
            h = 31 * h + Double.hashCode(data[p]);
        }
        return h;
    }

    /**
     * The readable form shown by jshell: {@code Vec 3} on the first line, the elements on the
     * second, formatted and elided as in {@link Dense#toString()}.
     */
    @Override
    public String toString() {
        return Text.grid("Vec " + length, length == 0 ? 0 : 1, length, (i, j) -> get(j));
    }
}
