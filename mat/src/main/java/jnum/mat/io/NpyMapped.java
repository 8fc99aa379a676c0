package jnum.mat.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import jnum.mat.Dense;
import jnum.mat.Matrix;

/**
 * A {@code .npy} file mapped into memory, read in place: {@link #get(int, int)} reads one element
 * from the mapped pages and converts it to double, so an array larger than the heap (or than a
 * Java array) can be used without copying it. The view is read-only.
 *
 * <p>As a {@link Matrix}: a 2-d array is {@code rows x cols}, a 1-d array of length {@code n} is an
 * {@code n x 1} column, a 0-d array is {@code 1 x 1}. Each dimension must fit an {@code int}; the
 * number of elements need not. {@link #getFlat(long)} indexes the elements in file order.
 *
 * <p>The mapping lives until {@link #close()}; any access after that throws
 * {@link IllegalStateException}. Access from several threads is safe (reads only), but closing
 * while another thread reads is not. A file changed or truncated by another process while mapped
 * may give wrong values or fail, as for any memory-mapped file.
 */
public final class NpyMapped implements Matrix, AutoCloseable {
    private final Arena arena;
    private final MemorySegment data;
    private final NpyHeader header;
    private final int rows;
    private final int cols;
    private final String source;

    private NpyMapped(Arena arena, MemorySegment data, NpyHeader header, int rows, int cols, String source) {
        this.arena = arena;
        this.data = data;
        this.header = header;
        this.rows = rows;
        this.cols = cols;
        this.source = source;
    }

    static NpyMapped open(Path file) {
        String source = Npy.name(file);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            NpyHeader h = NpyHeaderParser.read(source, ch, size);
            long[] s = h.shape();
            for (long d : s) {
                if (d > Integer.MAX_VALUE) {
                    throw FormatException.atByte(
                            source,
                            10,
                            "dimension " + d + " of shape " + NpyHeader.shapeText(s) + " exceeds a matrix index (int)");
                }
            }
            int rows = s.length == 0 ? 1 : (int) s[0];
            int cols = s.length == 2 ? (int) s[1] : 1;
            Arena arena = Arena.ofShared();
            try {
                MemorySegment seg = ch.map(FileChannel.MapMode.READ_ONLY, h.dataOffset(), size - h.dataOffset(), arena);
                return new NpyMapped(arena, seg, h, rows, cols, source);
            } catch (IOException | RuntimeException e) {
                arena.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("map: " + file, e);
        }
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int cols() {
        return cols;
    }

    /** The element type in the file. */
    public DType dtype() {
        return header.dtype();
    }

    /** The byte order of the elements in the file. */
    public ByteOrder byteOrder() {
        return header.byteOrder();
    }

    /** Whether the file stores the array column-major (NumPy's {@code fortran_order}). */
    public boolean fortranOrder() {
        return header.fortranOrder();
    }

    /** The shape in the file: {@code []}, {@code [n]} or {@code [rows, cols]}. */
    public long[] shape() {
        return header.shape();
    }

    /** The number of elements. */
    public long size() {
        return header.count();
    }

    /**
     * The element at row {@code i}, column {@code j}, read from the file.
     *
     * @throws IndexOutOfBoundsException if {@code (i, j)} is outside the shape
     * @throws IllegalStateException if the mapping is closed
     * @throws FormatException if a {@code bool} element holds a byte other than 0 or 1
     */
    @Override
    public double get(int i, int j) {
        if (i < 0 || i >= rows || j < 0 || j >= cols) {
            throw new IndexOutOfBoundsException("get: (" + i + ", " + j + ") outside " + rows + "x" + cols);
        }
        long k = header.fortranOrder() ? i + (long) j * rows : (long) i * cols + j;
        return element(k);
    }

    /**
     * The element at position {@code k} in file order (row-major for C order, column-major for
     * Fortran order).
     *
     * @throws IndexOutOfBoundsException if {@code k} is outside {@code [0, size())}
     * @throws IllegalStateException if the mapping is closed
     */
    public double getFlat(long k) {
        if (k < 0 || k >= header.count()) {
            throw new IndexOutOfBoundsException("getFlat: " + k + " outside [0, " + header.count() + ")");
        }
        return element(k);
    }

    private double element(long k) {
        ByteOrder bo = header.byteOrder();
        return switch (header.dtype()) {
            case FLOAT64 -> data.get(ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(bo), k * 8);
            case FLOAT32 -> NpyCodec.widen(data.get(ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(bo), k * 4));
            case INT64 -> data.get(ValueLayout.JAVA_LONG_UNALIGNED.withOrder(bo), k * 8);
            case INT32 -> data.get(ValueLayout.JAVA_INT_UNALIGNED.withOrder(bo), k * 4);
            case INT16 -> data.get(ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(bo), k * 2);
            case INT8 -> data.get(ValueLayout.JAVA_BYTE, k);
            case UINT8 -> data.get(ValueLayout.JAVA_BYTE, k) & 0xFF;
            case BOOL -> {
                byte b = data.get(ValueLayout.JAVA_BYTE, k);
                if (b != 0 && b != 1) {
                    throw FormatException.atByte(
                            source, header.dataOffset() + k, "bool element holds " + (b & 0xFF) + ", not 0 or 1");
                }
                yield b;
            }
        };
    }

    /**
     * A new in-memory copy of the whole array as a matrix ({@code n x 1} for a 1-d array).
     *
     * @throws IllegalStateException if the array holds more elements than a Java array, or the
     *     mapping is closed
     */
    public Dense toDense() {
        if (header.count() > NpyCodec.MAX_ARRAY) {
            throw new IllegalStateException("toDense: " + header.count() + " elements do not fit a Java array");
        }
        // one bulk conversion from the mapped pages, as Npy.read does
        NpyArray a = NpyCodec.decode(source, header, null, data);
        return switch (a.ndim()) {
            case 2 -> a.matrix();
            case 1 -> Dense.wrap(a.values(), 0, Math.max(1, rows), rows, 1);
            default -> Dense.of(1, 1, a.scalar());
        };
    }

    /** The transpose, a view reading the same mapping. */
    @Override
    public Matrix t() {
        NpyMapped self = this;
        return new Matrix() {
            @Override
            public int rows() {
                return cols;
            }

            @Override
            public int cols() {
                return rows;
            }

            @Override
            public double get(int i, int j) {
                return self.get(j, i);
            }

            @Override
            public Matrix t() {
                return self;
            }
        };
    }

    /** Unmaps the file; later reads throw {@link IllegalStateException}. Closing twice is harmless. */
    @Override
    public void close() {
        if (arena.scope().isAlive()) {
            arena.close();
        }
    }

    /** {@code "NpyMapped float64 (100000, 1000) little-endian C order, a.npy"}. */
    @Override
    public String toString() {
        return "NpyMapped " + header.dtype().name().toLowerCase(java.util.Locale.ROOT) + " "
                + NpyHeader.shapeText(header.shape()) + (header.fortranOrder() ? " Fortran order" : " C order")
                + ", " + source;
    }
}
