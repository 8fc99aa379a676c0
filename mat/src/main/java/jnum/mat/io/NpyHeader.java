package jnum.mat.io;

import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The header of a {@code .npy} array: element type and byte order, storage order, shape, the
 * format version and where the data starts.
 *
 * @param dtype the element type
 * @param byteOrder the byte order of multi-byte elements ({@code '|'} one-byte types report
 *     little-endian)
 * @param fortranOrder true if the data is column-major (NumPy's {@code fortran_order}), false if
 *     row-major (C order)
 * @param shape the dimensions, 0 to 2 of them here
 * @param version the format's major version: 1, 2 or 3
 * @param dataOffset the byte offset of the first element
 */
record NpyHeader(DType dtype, ByteOrder byteOrder, boolean fortranOrder, long[] shape, int version, long dataOffset) {
    /** The six magic bytes that start every {@code .npy} file. */
    static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};

    /**
     * The longest header accepted: NumPy writes a few hundred bytes, and its own reader refuses
     * more than 10000 by default; a larger limit would only let a hostile file make us read more.
     */
    static final int MAX_HEADER_LENGTH = 1 << 16;

    NpyHeader {
        shape = shape.clone();
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    /** The number of elements (1 for a 0-d array); the caller has checked it fits a long. */
    long count() {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }

    /** The data size in bytes, or -1 if it exceeds {@link Long#MAX_VALUE}. */
    static long dataBytes(long[] shape, DType dtype) {
        long n = dtype.size();
        for (long d : shape) {
            if (d != 0 && n > Long.MAX_VALUE / d) {
                // a zero later in the shape still makes the array empty
                return Arrays.stream(shape).anyMatch(x -> x == 0) ? 0 : -1;
            }
            n *= d;
        }
        return n;
    }

    /** The header's {@code descr} text, e.g. {@code "<f8"} or {@code "|u1"}. */
    String descr() {
        char order = dtype.size() == 1 ? '|' : byteOrder == ByteOrder.LITTLE_ENDIAN ? '<' : '>';
        return order + dtype.code();
    }

    /** The dictionary literal NumPy writes, without padding: {@code {'descr': '<f8', ...}}. */
    String literal() {
        StringBuilder s = new StringBuilder("{'descr': '")
                .append(descr())
                .append("', 'fortran_order': ")
                .append(fortranOrder ? "True" : "False")
                .append(", 'shape': (");
        for (int k = 0; k < shape.length; k++) {
            s.append(k == 0 ? "" : ", ").append(shape[k]);
        }
        return s.append(shape.length == 1 ? ",), }" : "), }").toString();
    }

    /** The shape as NumPy prints it: {@code ()}, {@code (3,)}, {@code (3, 4)}. */
    static String shapeText(long[] shape) {
        StringBuilder s = new StringBuilder("(");
        for (int k = 0; k < shape.length; k++) {
            s.append(k == 0 ? "" : ", ").append(shape[k]);
        }
        return s.append(shape.length == 1 ? ",)" : ")").toString();
    }
}
