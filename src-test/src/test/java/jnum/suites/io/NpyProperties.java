package jnum.suites.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SplittableRandom;
import jnum.mat.Dense;
import jnum.mat.Vec;
import jnum.mat.io.DType;
import jnum.mat.io.FormatException;
import jnum.mat.io.Npy;
import jnum.mat.io.NpyArray;
import jnum.mat.io.NpyMapped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the {@code .npy} reader and writer: random arrays of every type, order, byte order
 * and version (and matrix views) come back bit for bit, through {@link Npy#read} and
 * {@link Npy#map}; random garbage, mutated and truncated files end quickly in
 * {@link FormatException} (or a successful read) and never allocate much more than the file size.
 */
class NpyProperties {
    @TempDir
    Path dir;

    static final int[] SIZES = {0, 1, 2, 3, 7, 8, 9, 17, 33, 129};

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void randomArraysRoundTripBitForBit(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int trial = 0; trial < 12; trial++) {
            DType t = DType.values()[rnd.nextInt(DType.values().length)];
            int rows = SIZES[rnd.nextInt(SIZES.length)];
            int cols = SIZES[rnd.nextInt(SIZES.length)];
            Dense m = view(Dense.zeros(rows, cols), rnd);
            for (int i = 0; i < m.rows(); i++) {
                for (int j = 0; j < m.cols(); j++) {
                    m.set(i, j, value(t, rnd));
                }
            }
            ByteOrder bo = rnd.nextBoolean() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
            boolean fortran = rnd.nextBoolean();
            int version = rnd.nextInt(1, 4);
            NpyArray a = NpyArray.of(m).withDType(t).withByteOrder(bo).withFortranOrder(fortran);
            Path f = dir.resolve("r" + trial + ".npy");
            Npy.write(a, f, version);
            NpyArray b = Npy.read(f);
            String what = "seed " + seed + " " + t + " " + rows + "x" + cols + " " + bo + (fortran ? " F" : " C") + " v"
                    + version;
            assertEquals(t, b.dtype(), what);
            assertArrayEquals(new int[] {rows, cols}, b.shape(), what);
            assertEquals(fortran, b.fortranOrder(), what);
            assertSameBits(m, b.matrix(), what);
            try (NpyMapped mm = Npy.map(f)) {
                assertSameBits(m, mm.toDense(), what + " mapped");
            }
            // the array read writes back the same bytes, also over a longer file of an earlier trial
            Path again = dir.resolve("again.npy");
            Npy.write(b, again, version);
            assertArrayEquals(bytes(f), bytes(again), what + " written back");
        }
    }

    private static byte[] bytes(Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Files of a megabyte and more are read through a mapping and written in bulk: same bits. */
    @Test
    void largeFilesRoundTripThroughTheMappedPath() {
        SplittableRandom rnd = new SplittableRandom(3);
        Dense m = Dense.zeros(403, 397);
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.cols(); j++) {
                m.set(i, j, value(DType.FLOAT64, rnd));
            }
        }
        Path f = dir.resolve("large.npy");
        for (ByteOrder bo : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
            for (boolean fortran : new boolean[] {true, false}) {
                for (Dense view : new Dense[] {m, m.t().t(), m.slice(0, 403, 0, 397)}) {
                    Npy.write(NpyArray.of(view).withByteOrder(bo).withFortranOrder(fortran), f);
                    assertSameBits(m, Npy.read(f).matrix(), bo + (fortran ? " F" : " C"));
                }
            }
        }
        Npy.write(NpyArray.of(m.t()), f);
        assertSameBits(m.t(), Npy.read(f).matrix(), "transposed view");
        // a C-order file is read as a transposed view of its row-major data, written back as it is
        Path c = dir.resolve("c.npy");
        Npy.write(NpyArray.of(m).withFortranOrder(false), c);
        NpyArray read = Npy.read(c);
        assertEquals(jnum.mat.kernel.Transpose.YES, read.matrix().storage());
        Npy.write(read, f);
        assertArrayEquals(bytes(c), bytes(f), "C order written back");
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void vectorsAndScalarsRoundTrip(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] v = new double[SIZES[rnd.nextInt(SIZES.length)]];
        for (int k = 0; k < v.length; k++) {
            v[k] = value(DType.FLOAT64, rnd);
        }
        Path f = dir.resolve("v.npy");
        Npy.write(Vec.of(v), f);
        NpyArray a = Npy.read(f);
        assertEquals(1, a.ndim());
        for (int k = 0; k < v.length; k++) {
            NpyFixturesTest.assertBits(v[k], a.vector().get(k), "element " + k);
        }
        double x = value(DType.FLOAT64, rnd);
        Npy.write(NpyArray.scalar(x), f);
        NpyFixturesTest.assertBits(x, Npy.read(f).scalar(), "0-d");
    }

    /** The matrix itself, or a slice or transposed view of a larger one (the writer's gather paths). */
    private static Dense view(Dense compact, SplittableRandom rnd) {
        int r = compact.rows();
        int c = compact.cols();
        return switch (rnd.nextInt(3)) {
            case 0 -> compact;
            case 1 -> Dense.zeros(r + 3, c + 2).slice(1, 1 + r, 2, 2 + c);
            default -> Dense.zeros(c + 2, r + 1).t().slice(1, 1 + r, 0, c);
        };
    }

    /** A random value the type holds exactly: any bit pattern for floats (NaN payloads, signed zeros, subnormals, infinities). */
    static double value(DType t, SplittableRandom rnd) {
        return switch (t) {
            case FLOAT64 ->
                switch (rnd.nextInt(8)) {
                    case 0 ->
                        Double.longBitsToDouble(0x7FF0000000000000L
                                | rnd.nextLong(1, 1L << 52)
                                | (rnd.nextBoolean() ? Long.MIN_VALUE : 0));
                    case 1 -> rnd.nextBoolean() ? -0.0 : Double.MIN_VALUE * rnd.nextInt(1, 1000);
                    case 2 -> rnd.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
                    default -> Double.longBitsToDouble(rnd.nextLong());
                };
            case FLOAT32 -> {
                float f = Float.intBitsToFloat(rnd.nextInt());
                // the reader's view of a float, NaNs with their payload (see DType)
                yield Float.isNaN(f)
                        ? Double.longBitsToDouble(((long) (Float.floatToRawIntBits(f) >>> 31) << 63)
                                | 0x7FF0000000000000L
                                | (long) (Float.floatToRawIntBits(f) & 0x7FFFFF) << 29)
                        : f;
            }
            case INT64 -> rnd.nextLong(-(1L << 53), 1L << 53);
            case INT32 -> rnd.nextInt();
            case INT16 -> (short) rnd.nextInt();
            case INT8 -> (byte) rnd.nextInt();
            case UINT8 -> rnd.nextInt(256);
            case BOOL -> rnd.nextInt(2);
        };
    }

    static void assertSameBits(Dense expected, jnum.mat.Matrix actual, String what) {
        assertEquals(expected.rows(), actual.rows(), what);
        assertEquals(expected.cols(), actual.cols(), what);
        for (int i = 0; i < expected.rows(); i++) {
            for (int j = 0; j < expected.cols(); j++) {
                NpyFixturesTest.assertBits(expected.get(i, j), actual.get(i, j), what + " (" + i + ", " + j + ")");
            }
        }
    }

    // ---- hostile input -------------------------------------------------------------------------

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void garbageMutatedAndTruncatedFilesFailCleanly(long seed) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        Path good = dir.resolve("good.npy");
        DType t = DType.values()[rnd.nextInt(DType.values().length)];
        Dense m = Dense.zeros(rnd.nextInt(1, 6), rnd.nextInt(1, 6));
        Npy.write(NpyArray.of(m).withDType(t).withFortranOrder(rnd.nextBoolean()), good, rnd.nextInt(1, 4));
        byte[] bytes = Files.readAllBytes(good);
        Path f = dir.resolve("bad.npy");
        for (int trial = 0; trial < 200; trial++) {
            byte[] bad;
            switch (trial % 4) {
                case 0 -> bad = java.util.Arrays.copyOf(bytes, rnd.nextInt(bytes.length));
                case 1 -> {
                    bad = bytes.clone();
                    for (int k = rnd.nextInt(1, 4); k > 0; k--) {
                        bad[rnd.nextInt(Math.min(bad.length, 128))] = (byte) rnd.nextInt(256);
                    }
                }
                case 2 -> {
                    bad = bytes.clone();
                    // rewrite the dictionary's text with one character changed
                    int at = rnd.nextInt(10, Math.min(bad.length, 120));
                    String alphabet = "{}()',: 0123456789TrueFalsedescrshape<>|f8i1b1L\n";
                    bad[at] = (byte) alphabet.charAt(rnd.nextInt(alphabet.length()));
                }
                default -> {
                    bad = new byte[rnd.nextInt(0, 300)];
                    rnd.nextBytes(bad);
                    if (rnd.nextBoolean() && bad.length >= 8) {
                        System.arraycopy(bytes, 0, bad, 0, 8); // a valid magic and version, then garbage
                    }
                }
            }
            Files.write(f, bad);
            readCleanly(f, bad.length);
        }
    }

    /** Reads {@code f}: success or FormatException, in bounded time and allocation; same for map. */
    private static void readCleanly(Path f, long size) {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            long before = allocated();
            try {
                Npy.read(f);
            } catch (FormatException expected) {
                assertTrue(expected.byteOffset() >= 0, expected.getMessage());
            }
            long used = allocated() - before;
            assertTrue(used < 16 * size + (4 << 20), "read of a " + size + "-byte file allocated " + used + " bytes");
            try (NpyMapped m = Npy.map(f)) {
                for (long k = 0; k < Math.min(m.size(), 64); k++) {
                    m.getFlat(k);
                }
            } catch (FormatException expected) {
                assertTrue(
                        expected.getMessage().startsWith(f.getFileName().toString() + ": byte "),
                        expected.getMessage());
            }
        });
    }

    /** Bytes allocated by this thread so far (HotSpot's com.sun.management.ThreadMXBean, reached reflectively). */
    static long allocated() {
        try {
            Object bean = ManagementFactory.getThreadMXBean();
            return (long) Class.forName("com.sun.management.ThreadMXBean")
                    .getMethod("getCurrentThreadAllocatedBytes")
                    .invoke(bean);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no per-thread allocation counter in this JVM", e);
        }
    }

    @Test
    void aHeaderDeclaringATrillionElementsInATinyFileFailsBeforeAllocating() throws IOException {
        Path f = dir.resolve("huge.npy");
        Files.write(f, header(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (1000000, 1000000), }"));
        long before = allocated();
        FormatException e = assertThrows(FormatException.class, () -> Npy.read(f));
        assertTrue(allocated() - before < 1 << 20, "allocated " + (allocated() - before));
        assertTrue(e.getMessage().contains("needs 8000000000000 bytes of data"), e.getMessage());
        assertThrows(FormatException.class, () -> Npy.map(f));
    }

    @Test
    void shapesOverflowingALongAndHugeHeaderLengthsAreRejected() throws IOException {
        Path f = dir.resolve("x.npy");
        Files.write(f, header(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (4294967296, 4294967296), }"));
        FormatException e = assertThrows(FormatException.class, () -> Npy.read(f));
        assertTrue(e.getMessage().contains("overflows a 64-bit size"), e.getMessage());
        byte[] v2 = header(2, "{'descr': '<f8', 'fortran_order': False, 'shape': (2,), }");
        ByteBuffer.wrap(v2).order(ByteOrder.LITTLE_ENDIAN).putInt(8, -1); // header length 4 GiB
        Files.write(f, v2);
        e = assertThrows(FormatException.class, () -> Npy.read(f));
        assertEquals(8, e.byteOffset(), e.getMessage());
    }

    @Test
    void theHeaderGrammarIsStrict() throws IOException {
        String[] bad = {
            "{'descr': '<f8', 'fortran_order': False, 'shape': (3), }", // (3) is not a tuple
            "{'descr': '<f8', 'fortran_order': 0, 'shape': (3,), }",
            "{'descr': '<f8', 'fortran_order': False, 'shape': (3,), 'extra': 1}",
            "{'descr': '<f8', 'shape': (3,), }",
            "{'descr': '<f8', 'descr': '<f8', 'fortran_order': False, 'shape': (3,), }",
            "{'descr': '<c16', 'fortran_order': False, 'shape': (3,), }",
            "{'descr': [('a', '<f8')], 'fortran_order': False, 'shape': (3,), }",
            "{'descr': '<f8', 'fortran_order': False, 'shape': (3, -1), }",
            "{'descr': '<f8', 'fortran_order': False, 'shape': (1, 2, 3), }",
            "{'descr': '|f8', 'fortran_order': False, 'shape': (3,), }",
            "{'descr': '<f8', 'fortran_order': False, 'shape': (3,), } x",
            "__import__('os')",
        };
        Path f = dir.resolve("h.npy");
        for (String h : bad) {
            Files.write(f, withData(header(1, h), 24));
            FormatException e = assertThrows(FormatException.class, () -> Npy.read(f), h);
            assertTrue(e.byteOffset() >= 10, e.getMessage());
        }
        // what NumPy accepts: double quotes, no trailing comma, Python 2's long suffix, any key order
        String[] good = {
            "{\"descr\": \"<f8\", \"fortran_order\": False, \"shape\": (3,)}",
            "{'shape': (3L,), 'fortran_order': True, 'descr': '<f8'}",
            "{'descr':'<f8','fortran_order':False,'shape':(3,),}",
        };
        for (String h : good) {
            Files.write(f, withData(header(1, h), 24));
            assertEquals(3, Npy.read(f).vector().length(), h);
        }
    }

    @Test
    void boolBytesOtherThanZeroAndOneAndTrailingBytesAreRejected() throws IOException {
        Path f = dir.resolve("b.npy");
        byte[] b = withData(header(1, "{'descr': '|b1', 'fortran_order': False, 'shape': (3,), }"), 3);
        b[b.length - 2] = 2;
        Files.write(f, b);
        FormatException e = assertThrows(FormatException.class, () -> Npy.read(f));
        assertEquals(b.length - 2, e.byteOffset(), e.getMessage());
        Files.write(f, withData(header(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (3,), }"), 25));
        e = assertThrows(FormatException.class, () -> Npy.read(f));
        assertTrue(e.getMessage().contains("trailing"), e.getMessage());
    }

    @Test
    void writingANarrowerTypeRefusesValuesItDoesNotHold() {
        Dense m = Dense.of(2, 2, 1, 2, 3, 300);
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> Npy.write(NpyArray.of(m).withDType(DType.UINT8), dir.resolve("u.npy")));
        assertTrue(e.getMessage().contains("element (1, 1) = 300.0"), e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> Npy.write(NpyArray.of(Dense.of(1, 1, 0.1)).withDType(DType.FLOAT32), dir.resolve("f.npy")));
        assertThrows(
                IllegalArgumentException.class,
                () -> Npy.write(NpyArray.of(Dense.of(1, 1, 0.5)).withDType(DType.INT32), dir.resolve("i.npy")));
    }

    /** Magic, version, header length and {@code dict} padded to 64 bytes with a newline, as NumPy writes. */
    static byte[] header(int version, String dict) {
        int prefix = version == 1 ? 10 : 12;
        int total = (prefix + dict.length() + 1 + 63) / 64 * 64;
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) version, 0});
        if (version == 1) {
            b.putShort((short) (total - prefix));
        } else {
            b.putInt(total - prefix);
        }
        b.put(dict.getBytes(StandardCharsets.ISO_8859_1));
        while (b.position() < total - 1) {
            b.put((byte) ' ');
        }
        return b.put((byte) '\n').array();
    }

    static byte[] withData(byte[] header, int bytes) {
        return java.util.Arrays.copyOf(header, header.length + bytes);
    }
}
