package jnum.mat.io;

/**
 * The NumPy element types read and written here, with their {@code .npy} type codes (the
 * {@code descr} of a header without its byte-order character). Every one converts to
 * {@code double}: exactly for all but {@link #INT64}, whose values beyond 2<sup>53</sup> in
 * magnitude round to the nearest double (as NumPy's {@code astype(np.float64)} does). A
 * {@code float32} NaN keeps its payload bits and its signaling or quiet state through the double
 * (placed at the top of the double's significand), so that writing it back as {@code float32}
 * restores the same bits.
 */
public enum DType {
    /** {@code f8}, IEEE binary64: NumPy's {@code float64}. */
    FLOAT64("f8", 8),
    /** {@code f4}, IEEE binary32: NumPy's {@code float32}. */
    FLOAT32("f4", 4),
    /** {@code i8}: NumPy's {@code int64}. */
    INT64("i8", 8),
    /** {@code i4}: NumPy's {@code int32}. */
    INT32("i4", 4),
    /** {@code i2}: NumPy's {@code int16}. */
    INT16("i2", 2),
    /** {@code i1}: NumPy's {@code int8}. */
    INT8("i1", 1),
    /** {@code u1}: NumPy's {@code uint8}. */
    UINT8("u1", 1),
    /** {@code b1}: NumPy's {@code bool}, one byte holding 0 or 1; read as 0.0 or 1.0. */
    BOOL("b1", 1);

    private final String code;
    private final int size;

    DType(String code, int size) {
        this.code = code;
        this.size = size;
    }

    /** The type code without byte order, as in a header's {@code descr}: {@code "f8"}, {@code "b1"}. */
    public String code() {
        return code;
    }

    /** Bytes per element. */
    public int size() {
        return size;
    }

    /** The type with this code, or null if there is none. */
    static DType ofCode(String code) {
        for (DType t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        return null;
    }

    /**
     * Whether {@code x} is stored in this type without loss: every double for {@link #FLOAT64};
     * for {@link #FLOAT32}, NaN and the doubles that are floats; for the integer types, integral
     * values in range ({@code -0.0} counts as 0); for {@link #BOOL}, 0 and 1.
     */
    boolean holds(double x) {
        return switch (this) {
            case FLOAT64 -> true;
            case FLOAT32 -> Double.isNaN(x) || (double) (float) x == x;
            case INT64 -> x >= -0x1p63 && x < 0x1p63 && x == Math.rint(x);
            case INT32 -> x >= Integer.MIN_VALUE && x <= Integer.MAX_VALUE && x == Math.rint(x);
            case INT16 -> x >= Short.MIN_VALUE && x <= Short.MAX_VALUE && x == Math.rint(x);
            case INT8 -> x >= Byte.MIN_VALUE && x <= Byte.MAX_VALUE && x == Math.rint(x);
            case UINT8 -> x >= 0 && x <= 255 && x == Math.rint(x);
            case BOOL -> x == 0 || x == 1;
        };
    }
}
