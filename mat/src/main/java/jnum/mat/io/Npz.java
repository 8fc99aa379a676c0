package jnum.mat.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * NumPy's {@code .npz} archives: a zip file of {@code .npy} arrays, one entry {@code name.npy} per
 * array, as {@code np.savez} (entries stored) and {@code np.savez_compressed} (entries deflated)
 * write them.
 *
 * <p>Reading checks every entry before allocating for it: the entry must be a {@code .npy} file (an
 * archive holding anything else is rejected), names must be distinct, the size the archive
 * declares must agree with the array's header exactly, and a deflated entry may not declare more
 * than {@value #MAX_DEFLATE_RATIO} times its compressed size (deflate cannot expand more than
 * about 1032:1, so a larger claim is a forged size). The data actually inflated must then match the
 * declared size to the byte. Thus an archive cannot make the reader allocate more than about a
 * thousand times its own size, and only for arrays it really holds.
 *
 * <p>Errors: {@link FormatException} naming the archive and entry, with the byte offset inside the
 * entry; {@link java.io.UncheckedIOException} for I/O failures.
 */
public final class Npz {
    /** The most a deflate stream can expand (258-byte matches in 2-bit codes), with some slack. */
    static final long MAX_DEFLATE_RATIO = 1100;

    private Npz() {}

    /**
     * Reads every array of the archive, by name (the entry name without {@code .npy}), in archive
     * order.
     *
     * @throws FormatException if the archive is not a zip file, holds an entry that is not a
     *     well-formed {@code .npy} array, holds two entries of one name, or declares sizes that do
     *     not agree with its content
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static Map<String, NpyArray> read(Path file) {
        Objects.requireNonNull(file, "read: file is null");
        String archive = Npy.name(file);
        Map<String, NpyArray> out = new LinkedHashMap<>();
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException | java.io.EOFException e) {
            throw FormatException.atByte(archive, 0, "not a zip archive: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("read: " + file, e);
        }
        try (zip) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            for (ZipEntry e : Collections.list(entries)) {
                String source = archive + ":" + e.getName();
                if (e.isDirectory() || !e.getName().endsWith(".npy")) {
                    throw FormatException.atByte(source, 0, "not a .npy entry");
                }
                String key = e.getName().substring(0, e.getName().length() - 4);
                if (out.containsKey(key)) {
                    throw FormatException.atByte(source, 0, "a second entry named '" + key + "'");
                }
                long size = e.getSize();
                long packed = e.getCompressedSize();
                if (size < 0 || packed < 0) {
                    throw FormatException.atByte(source, 0, "the archive does not declare the entry's size");
                }
                if (e.getMethod() == ZipEntry.DEFLATED && size > packed * MAX_DEFLATE_RATIO + 1024) {
                    throw FormatException.atByte(
                            source,
                            0,
                            "declares " + size + " bytes from " + packed + " compressed: more than deflate can expand");
                }
                if (e.getMethod() == ZipEntry.STORED && size != packed) {
                    throw FormatException.atByte(
                            source, 0, "a stored entry of " + size + " bytes with " + packed + " stored");
                }
                try (InputStream in = zip.getInputStream(e)) {
                    out.put(key, Npy.read(source, Channels.newChannel(in), -1, size));
                } catch (ZipException | java.io.EOFException z) {
                    throw FormatException.atByte(source, 0, "corrupt entry: " + z.getMessage());
                } catch (UncheckedIOException u) {
                    if (u.getCause() instanceof ZipException || u.getCause() instanceof java.io.EOFException) {
                        throw FormatException.atByte(
                                source, 0, "corrupt entry: " + u.getCause().getMessage());
                    }
                    throw u;
                }
            }
        } catch (ZipException | java.io.EOFException e) {
            throw FormatException.atByte(archive, 0, "corrupt archive: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("read: " + file, e);
        } catch (IllegalArgumentException e) {
            // java.util.zip's report of a malformed entry name
            throw FormatException.atByte(archive, 0, "corrupt archive: " + e.getMessage());
        }
        return out;
    }

    /**
     * Writes {@code arrays} to {@code file} as {@code np.savez} does: one stored (uncompressed)
     * entry {@code name.npy} per array, in the map's order.
     *
     * @throws IllegalArgumentException if a name is empty, or a value is not held exactly by its
     *     array's element type
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    public static void write(Map<String, NpyArray> arrays, Path file) {
        write(arrays, file, false);
    }

    /**
     * Writes {@code arrays} to {@code file} as {@code np.savez_compressed} does: deflated entries.
     *
     * @throws IllegalArgumentException if a name is empty, or a value is not held exactly by its
     *     array's element type
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    public static void writeCompressed(Map<String, NpyArray> arrays, Path file) {
        write(arrays, file, true);
    }

    private static void write(Map<String, NpyArray> arrays, Path file, boolean compressed) {
        Objects.requireNonNull(arrays, "write: arrays is null");
        Objects.requireNonNull(file, "write: file is null");
        arrays.forEach((name, a) -> {
            Objects.requireNonNull(name, "write: a name is null");
            Objects.requireNonNull(a, () -> "write: array '" + name + "' is null");
            if (name.isEmpty()) {
                throw new IllegalArgumentException("write: an empty array name");
            }
        });
        try (ZipOutputStream zip =
                new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            for (Map.Entry<String, NpyArray> e : arrays.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey() + ".npy");
                if (compressed) {
                    entry.setMethod(ZipEntry.DEFLATED);
                } else {
                    // a stored entry declares its size and CRC up front: encode once to measure
                    CheckedOutputStream sink = new CheckedOutputStream(OutputStream.nullOutputStream(), new CRC32());
                    Counting counted = new Counting(sink);
                    Npy.write(e.getValue(), counted);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(counted.count);
                    entry.setCompressedSize(counted.count);
                    entry.setCrc(sink.getChecksum().getValue());
                }
                zip.putNextEntry(entry);
                Npy.write(e.getValue(), zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("write: " + file, e);
        }
    }

    /** Counts the bytes written through it. */
    private static final class Counting extends OutputStream {
        private final OutputStream out;
        long count;

        Counting(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
