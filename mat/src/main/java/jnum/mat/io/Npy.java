package jnum.mat.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import jnum.mat.Dense;
import jnum.mat.Vec;

/**
 * NumPy's {@code .npy} format: one array per file, as {@code np.save} writes and {@code np.load}
 * reads it.
 *
 * <p>Read: element types {@code f8, f4, i8, i4, i2, i1, u1, b1} ({@link DType}), little- or
 * big-endian, C or Fortran order, format versions 1.0, 2.0 and 3.0, 0-d, 1-d and 2-d arrays.
 * Values become doubles ({@link NpyArray} keeps the original type, order and shape). The header
 * is parsed by a strict grammar (never evaluated); its length is bounded, and the size it
 * declares is checked against {@code Long} arithmetic, the largest Java array and the file size
 * before anything is allocated. The file must hold exactly the declared data: a short file, or one
 * with trailing bytes, is rejected.
 *
 * <p>Write: the smallest format version that holds the header (1.0 here), the header padded to 64
 * bytes as NumPy does; by default {@code float64}, little-endian, and Fortran order for matrices
 * (the layout of {@link Dense}, so the data is written without reordering). Other types, byte
 * orders and orders through {@link NpyArray#withDType} and friends; writing to a narrower type
 * checks that every value is held exactly.
 *
 * <p>Large files: {@link #map(Path)} maps a file and reads elements on demand without copying
 * ({@link NpyMapped}).
 *
 * <p>Errors: {@link FormatException} with the byte offset and the reason for malformed content;
 * {@link java.io.UncheckedIOException} for I/O failures; {@link NullPointerException} naming a null
 * argument.
 */
public final class Npy {
    /** Files from this size on are read through a mapping rather than through a buffer. */
    private static final long MAP_THRESHOLD = 1 << 20;

    private Npy() {}

    /**
     * Reads the array in {@code file}.
     *
     * @throws FormatException if the file is not a well-formed {@code .npy} array of a supported type
     *     and dimension, or holds more elements than a Java array
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static NpyArray read(Path file) {
        Objects.requireNonNull(file, "read: file is null");
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < MAP_THRESHOLD) {
                return read(name(file), ch, size);
            }
            // large files: copy the elements straight from the mapped pages (one copy, not two)
            NpyHeader h = NpyHeaderParser.read(name(file), ch, size);
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment all = ch.map(FileChannel.MapMode.READ_ONLY, 0, size, arena);
                return NpyCodec.decode(name(file), h, ch, all.asSlice(h.dataOffset()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("read: " + file, e);
        }
    }

    /** Reads one array from {@code in}, which holds exactly {@code available} bytes. */
    static NpyArray read(String source, ReadableByteChannel in, long available) {
        return read(source, in, available, available);
    }

    /**
     * Reads one array from {@code in}, which must hold exactly {@code declared} bytes. If
     * {@code known} is -1, the source's length is only declared, not known (an archive entry): it
     * is then read to its end, which must come right after the data.
     */
    static NpyArray read(String source, ReadableByteChannel in, long known, long declared) {
        NpyHeader h = NpyHeaderParser.read(source, in, declared);
        NpyArray a = NpyCodec.decode(source, h, in);
        if (known < 0) {
            java.nio.ByteBuffer one = java.nio.ByteBuffer.allocate(1);
            if (NpyHeaderParser.readFully(in, one) > 0) {
                long end = h.dataOffset() + NpyHeader.dataBytes(h.shape(), h.dtype());
                throw FormatException.atByte(source, end, "trailing bytes after the declared data");
            }
        }
        return a;
    }

    /**
     * Maps {@code file} into memory and returns a read-only view whose elements are read from the
     * file on demand: for arrays too large to copy, or when only parts are needed. Close it to
     * unmap.
     *
     * @throws FormatException if the header is malformed or the file does not hold the declared data
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static NpyMapped map(Path file) {
        Objects.requireNonNull(file, "map: file is null");
        return NpyMapped.open(file);
    }

    /**
     * Writes {@code m} to {@code file} as a 2-d {@code float64} array (little-endian, Fortran order),
     * replacing the file if it exists.
     *
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    public static void write(Dense m, Path file) {
        Objects.requireNonNull(m, "write: m is null");
        write(NpyArray.of(m), file);
    }

    /**
     * Writes {@code m} to {@code file} as a 2-d array of element type {@code type} (little-endian,
     * Fortran order), e.g. {@link DType#FLOAT32} to halve the size.
     *
     * @throws IllegalArgumentException if a value is not held exactly by {@code type} (for
     *     {@code FLOAT32}: a double that is not a float; round first with {@code m.map(x -> (float) x)})
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    public static void write(Dense m, Path file, DType type) {
        Objects.requireNonNull(m, "write: m is null");
        write(NpyArray.of(m).withDType(type), file);
    }

    /**
     * Writes {@code v} to {@code file} as a 1-d {@code float64} array (little-endian).
     *
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    public static void write(Vec v, Path file) {
        Objects.requireNonNull(v, "write: v is null");
        write(NpyArray.of(v), file);
    }

    /**
     * Writes {@code a} to {@code file} with its element type, byte order and storage order.
     *
     * @throws IllegalArgumentException if a value is not held exactly by the element type
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    public static void write(NpyArray a, Path file) {
        write(a, file, 0);
    }

    /**
     * Writes {@code a} to {@code file} in format version {@code version} (1, 2 or 3; NumPy reads
     * all three, and itself writes 1.0 unless the header needs more).
     *
     * @throws IllegalArgumentException if {@code version} is not 1, 2 or 3, or a value is not held
     *     exactly by the element type
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    public static void write(NpyArray a, Path file, int version) {
        Objects.requireNonNull(a, "write: a is null");
        Objects.requireNonNull(file, "write: file is null");
        if (version < 0 || version > 3) {
            throw new IllegalArgumentException("write: format version " + version + " (1, 2 or 3)");
        }
        // an existing file is overwritten in place and then cut to length: truncating it first would
        // free its blocks only to allocate them again, and on ext4 makes closing it start a writeback
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            NpyCodec.encode(a, ch, version);
            long end = ch.position();
            if (ch.size() > end) {
                ch.truncate(end);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("write: " + file, e);
        }
    }

    /**
     * Writes {@code a} to {@code out} (which is not closed).
     *
     * @throws IllegalArgumentException if a value is not held exactly by the element type
     * @throws java.io.UncheckedIOException if the stream fails
     */
    public static void write(NpyArray a, OutputStream out) {
        Objects.requireNonNull(a, "write: a is null");
        Objects.requireNonNull(out, "write: out is null");
        NpyCodec.encode(a, Channels.newChannel(out), 0);
    }

    static String name(Path file) {
        Path n = file.getFileName();
        return n == null ? file.toString() : n.toString();
    }
}
