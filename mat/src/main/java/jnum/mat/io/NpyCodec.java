package jnum.mat.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import jnum.mat.Dense;
import jnum.mat.kernel.Transpose;

/**
 * Moves the data of a {@code .npy} array between a byte channel and an array of doubles,
 * in chunks of about {@value #CHUNK} bytes, with element conversion and byte swapping through the
 * typed views of {@link ByteBuffer} (bulk copies). The doubles are held in the file's order, so
 * neither reading nor writing reorders elements when the storage order of the matrix is the
 * file's: a C-order file is read as a transposed view of row-major values.
 */
final class NpyCodec {
    static final int CHUNK = 1 << 20;

    /** The largest Java array: a few below Integer.MAX_VALUE, as the JDK's collections assume. */
    static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    private NpyCodec() {}

    // ---- reading -------------------------------------------------------------------------------

    /**
     * Reads the data that {@code h} declares from {@code in} (positioned at the data) into a new
     * array. The caller has checked that the source holds that much data (or bounds it).
     */
    static NpyArray decode(String source, NpyHeader h, ReadableByteChannel in) {
        return decode(source, h, in, null);
    }

    /**
     * As {@link #decode(String, NpyHeader, ReadableByteChannel)}, but reading the data from
     * {@code mapped} (the data part of the file, mapped) when it is not null: the elements are then copied
     * once, from the mapped pages into the array, instead of through an intermediate buffer.
     */
    static NpyArray decode(String source, NpyHeader h, ReadableByteChannel in, MemorySegment mapped) {
        long[] shape = h.shape();
        for (long d : shape) {
            if (d > MAX_ARRAY) {
                throw FormatException.atByte(
                        source,
                        10,
                        "dimension " + d + " of shape " + NpyHeader.shapeText(shape)
                                + " exceeds the largest Java array; Npy.map reads it from the file");
            }
        }
        long count = h.count();
        if (count > MAX_ARRAY) {
            throw FormatException.atByte(
                    source,
                    10,
                    "shape " + NpyHeader.shapeText(shape) + " has " + count
                            + " elements, more than a Java array holds; Npy.map reads it from the file");
        }
        int[] ishape = new int[shape.length];
        for (int k = 0; k < shape.length; k++) {
            ishape[k] = (int) shape[k];
        }
        // the values stay in file order: a C-order matrix becomes a transposed view of them
        double[] out = new double[(int) count];
        int size = h.dtype().size();
        int per = (int) Math.min(CHUNK / size, Math.max(1, count));
        ByteBuffer buf = mapped != null ? null : ByteBuffer.allocate(per * size).order(h.byteOrder());
        Widener w = new Widener(h.dtype(), per);
        long done = 0;
        while (done < count) {
            int n = (int) Math.min(per, count - done);
            if (mapped != null) {
                buf = mapped.asSlice(done * size, (long) n * size)
                        .asByteBuffer()
                        .order(h.byteOrder());
            } else {
                buf.clear().limit(n * size);
                int got = NpyHeaderParser.readFully(in, buf);
                if (got < n * size) {
                    throw FormatException.atByte(
                            source,
                            h.dataOffset() + done * size + got,
                            "truncated: the data ends after " + (done * size + got) + " of " + count * size + " bytes");
                }
                buf.flip();
            }
            w.widen(source, h.dataOffset() + done * size, buf, out, (int) done, n);
            done += n;
        }
        if (shape.length != 2) {
            return new NpyArray(h.dtype(), h.byteOrder(), h.fortranOrder(), ishape, out, null);
        }
        int rows = ishape[0];
        int cols = ishape[1];
        Dense m = h.fortranOrder()
                ? Dense.wrap(out, 0, Math.max(1, rows), rows, cols)
                : Dense.wrap(out, 0, Math.max(1, cols), cols, rows).t();
        return new NpyArray(h.dtype(), h.byteOrder(), h.fortranOrder(), ishape, null, m);
    }

    /** An element type and a scratch array of its Java type, for bulk copies through typed buffers. */
    private abstract static class Scratch {
        final DType type;
        final float[] f;
        final long[] l;
        final int[] i;
        final short[] s;

        Scratch(DType type, int n) {
            this.type = type;
            f = type == DType.FLOAT32 ? new float[n] : null;
            l = type == DType.INT64 ? new long[n] : null;
            i = type == DType.INT32 ? new int[n] : null;
            s = type == DType.INT16 ? new short[n] : null;
        }
    }

    /** Converts elements of one type from a byte buffer to doubles, keeping its scratch arrays. */
    private static final class Widener extends Scratch {
        Widener(DType type, int n) {
            super(type, n);
        }

        void widen(String source, long at, ByteBuffer b, double[] out, int off, int n) {
            switch (type) {
                case FLOAT64 -> b.asDoubleBuffer().get(out, off, n);
                case FLOAT32 -> {
                    b.asFloatBuffer().get(f, 0, n);
                    for (int k = 0; k < n; k++) {
                        out[off + k] = NpyCodec.widen(f[k]);
                    }
                }
                case INT64 -> {
                    b.asLongBuffer().get(l, 0, n);
                    for (int k = 0; k < n; k++) {
                        out[off + k] = l[k];
                    }
                }
                case INT32 -> {
                    b.asIntBuffer().get(i, 0, n);
                    for (int k = 0; k < n; k++) {
                        out[off + k] = i[k];
                    }
                }
                case INT16 -> {
                    b.asShortBuffer().get(s, 0, n);
                    for (int k = 0; k < n; k++) {
                        out[off + k] = s[k];
                    }
                }
                case INT8 -> {
                    for (int k = 0; k < n; k++) {
                        out[off + k] = b.get(k);
                    }
                }
                case UINT8 -> {
                    for (int k = 0; k < n; k++) {
                        out[off + k] = b.get(k) & 0xFF;
                    }
                }
                case BOOL -> {
                    for (int k = 0; k < n; k++) {
                        int v = b.get(k);
                        if (v != 0 && v != 1) {
                            throw FormatException.atByte(
                                    source, at + k, "bool element holds " + (v & 0xFF) + ", not 0 or 1");
                        }
                        out[off + k] = v;
                    }
                }
            }
        }
    }

    /**
     * The float as a double, NaNs included bit for bit: the payload moves to the top of the
     * double's significand and a signaling NaN stays signaling (a plain widening would set the
     * quiet bit), so that {@link #narrow} gives back the very same float.
     */
    static double widen(float x) {
        if (x == x) {
            return x;
        }
        int bits = Float.floatToRawIntBits(x);
        long sign = (long) (bits >>> 31) << 63;
        return Double.longBitsToDouble(sign | 0x7FF0_0000_0000_0000L | (long) (bits & 0x7F_FFFF) << 29);
    }

    /**
     * The double as a float, exact for the doubles that are floats; a NaN keeps its sign and the
     * top 23 bits of its payload (a quiet NaN if those are all zero).
     */
    static float narrow(double x) {
        if (x == x) {
            return (float) x;
        }
        long bits = Double.doubleToRawLongBits(x);
        int mant = (int) ((bits >>> 29) & 0x7F_FFFF);
        int sign = (int) (bits >>> 63) << 31;
        return Float.intBitsToFloat(sign | 0x7F80_0000 | (mant == 0 ? 0x40_0000 : mant));
    }

    // ---- writing -------------------------------------------------------------------------------

    /**
     * Writes {@code a} (header and data) to {@code out}.
     *
     * @param version 1, 2 or 3, or 0 for the smallest that holds the header (as NumPy chooses)
     */
    static void encode(NpyArray a, WritableByteChannel out, int version) {
        NpyHeader h = new NpyHeader(a.dtype(), a.byteOrder(), a.fortranOrder(), a.longShape(), Math.max(1, version), 0);
        write(out, ByteBuffer.wrap(headerBytes(h, version)));
        // a direct buffer: the channel writes it without another copy
        ByteBuffer buf = ByteBuffer.allocateDirect(CHUNK).order(a.byteOrder());
        Narrower nw = new Narrower(a.dtype(), CHUNK / a.dtype().size());
        double[] t = new double[CHUNK / a.dtype().size()];
        if (a.ndim() < 2) {
            double[] v = a.values();
            for (int done = 0; done < v.length; ) {
                int n = Math.min(t.length, v.length - done);
                for (int k = 0; k < n && a.dtype() != DType.FLOAT64; k++) {
                    checkHeld(a.dtype(), v[done + k], "element " + (done + k));
                }
                nw.narrow(v, done, n, buf);
                write(out, buf);
                done += n;
            }
            return;
        }
        Dense m = a.matrix();
        int rows = m.rows();
        int cols = m.cols();
        // walk the file order: down columns (Fortran) or along rows (C)
        int inner = a.fortranOrder() ? rows : cols;
        long total = (long) rows * cols;
        long done = 0;
        // the matrix's storage is the file's order (column-major for Fortran, row-major for C)
        boolean contiguous = a.fortranOrder()
                ? m.storage() == Transpose.NO && m.ld() == rows
                : m.storage() == Transpose.YES && m.ld() == cols;
        while (done < total) {
            int n = (int) Math.min(t.length, total - done);
            if (contiguous && a.dtype() == DType.FLOAT64) {
                // straight from the array into the buffer
                buf.clear().limit(n * 8);
                buf.asDoubleBuffer().put(m.array(), m.offset() + (int) done, n);
                write(out, buf);
                done += n;
                continue;
            }
            gather(m, a.fortranOrder(), inner, done, n, t);
            for (int k = 0; k < n && a.dtype() != DType.FLOAT64; k++) {
                checkHeld(a.dtype(), t[k], "element (" + position(a.fortranOrder(), inner, done + k) + ")");
            }
            nw.narrow(t, 0, n, buf);
            write(out, buf);
            done += n;
        }
    }

    private static String position(boolean fortran, int inner, long k) {
        long o = k / inner;
        long in = k % inner;
        return fortran ? in + ", " + o : o + ", " + in;
    }

    /** Copies file-order elements [k0, k0 + n) of {@code m} into {@code t}. */
    private static void gather(Dense m, boolean fortran, int inner, long k0, int n, double[] t) {
        double[] d = m.array();
        // element (i, j) lives at d[off + i * rs + j * cs]
        boolean tr = m.storage() == Transpose.YES;
        int rs = tr ? m.ld() : 1;
        int cs = tr ? 1 : m.ld();
        // stride along the inner index and along the outer one
        int is = fortran ? rs : cs;
        int os = fortran ? cs : rs;
        int q = 0;
        long k = k0;
        while (q < n) {
            int o = (int) (k / inner);
            int in = (int) (k % inner);
            int run = Math.min(inner - in, n - q);
            int p = m.offset() + o * os + in * is;
            if (is == 1) {
                System.arraycopy(d, p, t, q, run);
            } else {
                for (int r = 0; r < run; r++, p += is) {
                    t[q + r] = d[p];
                }
            }
            q += run;
            k += run;
        }
    }

    private static void checkHeld(DType type, double x, String where) {
        if (!type.holds(x)) {
            throw new IllegalArgumentException("write: " + where + " = " + x + " is not exactly a "
                    + type.name().toLowerCase(java.util.Locale.ROOT) + " (" + type.code() + ")");
        }
    }

    /** Converts doubles to one element type into a byte buffer, which it leaves ready to drain. */
    private static final class Narrower extends Scratch {
        Narrower(DType type, int n) {
            super(type, n);
        }

        void narrow(double[] v, int off, int n, ByteBuffer b) {
            b.clear().limit(n * type.size());
            switch (type) {
                case FLOAT64 -> b.asDoubleBuffer().put(v, off, n);
                case FLOAT32 -> {
                    for (int k = 0; k < n; k++) {
                        f[k] = NpyCodec.narrow(v[off + k]);
                    }
                    b.asFloatBuffer().put(f, 0, n);
                }
                case INT64 -> {
                    for (int k = 0; k < n; k++) {
                        l[k] = (long) v[off + k];
                    }
                    b.asLongBuffer().put(l, 0, n);
                }
                case INT32 -> {
                    for (int k = 0; k < n; k++) {
                        i[k] = (int) v[off + k];
                    }
                    b.asIntBuffer().put(i, 0, n);
                }
                case INT16 -> {
                    for (int k = 0; k < n; k++) {
                        s[k] = (short) v[off + k];
                    }
                    b.asShortBuffer().put(s, 0, n);
                }
                case INT8, UINT8, BOOL -> {
                    for (int k = 0; k < n; k++) {
                        b.put(k, (byte) (int) v[off + k]);
                    }
                }
            }
            b.position(0).limit(n * type.size());
        }
    }

    /**
     * The magic string, version, header length and the padded dictionary: NumPy's layout, the
     * total a multiple of 64 bytes, the dictionary padded with spaces and ended by a newline.
     */
    static byte[] headerBytes(NpyHeader h, int version) {
        byte[] dict = h.literal().getBytes(version == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        int v = version != 0 ? version : dict.length + 1 + 10 + 63 <= 0xFFFF ? 1 : 2;
        int prefix = v == 1 ? 10 : 12;
        int total = ((prefix + dict.length + 1 + 63) / 64) * 64;
        int hlen = total - prefix;
        if (v == 1 && hlen > 0xFFFF) {
            throw new IllegalArgumentException(
                    "write: the header needs " + hlen + " bytes, more than version 1.0 holds");
        }
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.put(NpyHeader.MAGIC).put((byte) v).put((byte) 0);
        if (v == 1) {
            b.putShort((short) hlen);
        } else {
            b.putInt(hlen);
        }
        b.put(dict);
        while (b.position() < total - 1) {
            b.put((byte) ' ');
        }
        b.put((byte) '\n');
        return b.array();
    }

    private static void write(WritableByteChannel out, ByteBuffer b) {
        try {
            while (b.hasRemaining()) {
                out.write(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
