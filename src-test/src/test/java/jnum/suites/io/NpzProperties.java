package jnum.suites.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jnum.mat.Dense;
import jnum.mat.io.DType;
import jnum.mat.io.FormatException;
import jnum.mat.io.NpyArray;
import jnum.mat.io.Npz;
import jnum.testkit.Python;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code .npz} archives: random sets of arrays round-trip stored and deflated, NumPy reads what jnum
 * writes, and forged or inconsistent archives (sizes larger than deflate can produce, sizes that
 * disagree with the header, entries that are not arrays, garbage) are rejected before allocating.
 */
class NpzProperties {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void randomArchivesRoundTrip(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Map<String, NpyArray> arrays = new LinkedHashMap<>();
        Map<String, Dense> values = new LinkedHashMap<>();
        for (int k = rnd.nextInt(1, 5); k > 0; k--) {
            DType t = DType.values()[rnd.nextInt(DType.values().length)];
            Dense m = Dense.zeros(NpyProperties.SIZES[rnd.nextInt(7)], NpyProperties.SIZES[rnd.nextInt(7)]);
            for (int i = 0; i < m.rows(); i++) {
                for (int j = 0; j < m.cols(); j++) {
                    m.set(i, j, NpyProperties.value(t, rnd));
                }
            }
            String name = "a" + k + (rnd.nextBoolean() ? "_x" : "");
            arrays.put(name, NpyArray.of(m).withDType(t).withFortranOrder(rnd.nextBoolean()));
            values.put(name, m);
        }
        for (boolean compressed : new boolean[] {false, true}) {
            Path f = dir.resolve(compressed ? "c.npz" : "s.npz");
            if (compressed) {
                Npz.writeCompressed(arrays, f);
            } else {
                Npz.write(arrays, f);
            }
            Map<String, NpyArray> back = Npz.read(f);
            assertEquals(List.copyOf(arrays.keySet()), List.copyOf(back.keySet()));
            for (String name : arrays.keySet()) {
                assertEquals(arrays.get(name).dtype(), back.get(name).dtype(), name);
                NpyProperties.assertSameBits(values.get(name), back.get(name).matrix(), name);
            }
        }
    }

    @Test
    void numPyLoadsWhatJnumWrites() throws IOException {
        assumeTrue(Python.has("numpy"), "python3 with numpy is not available: NumPy check skipped");
        Map<String, NpyArray> arrays = new LinkedHashMap<>();
        arrays.put("m", NpyArray.of(Dense.of(2, 3, 1, 2, 3, 4, 5, 6)));
        arrays.put("b", NpyArray.of(Dense.of(1, 2, 0, 1)).withDType(DType.BOOL));
        Npz.write(arrays, dir.resolve("s.npz"));
        Npz.writeCompressed(arrays, dir.resolve("c.npz"));
        Path script = Files.writeString(dir.resolve("check.py"), """
                import sys, numpy as np
                for f in sys.argv[1:]:
                    z = np.load(f)
                    assert list(z.keys()) == ["m", "b"], z.keys()
                    assert np.array_equal(z["m"], [[1, 2, 3], [4, 5, 6]]) and z["m"].dtype == np.float64
                    assert np.array_equal(z["b"], [[False, True]]) and z["b"].dtype == np.bool_
                print("ok")
                """);
        Python.Result r = Python.script(
                script, dir.resolve("s.npz").toString(), dir.resolve("c.npz").toString());
        assertEquals(0, r.exitCode(), r.output());
    }

    @Test
    void aForgedUncompressedSizeIsRejectedBeforeInflating() throws IOException {
        Path f = dir.resolve("bomb.npz");
        Npz.writeCompressed(Map.of("z", NpyArray.of(Dense.zeros(100, 100))), f);
        byte[] b = Files.readAllBytes(f);
        // the central directory's uncompressed size of the entry: claim 1 TB
        int cd = lastIndexOf(b, new byte[] {0x50, 0x4b, 0x01, 0x02});
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(cd + 24, 0xFFFF_FFF0);
        Files.write(f, b);
        long before = NpyProperties.allocated();
        FormatException e = assertThrows(FormatException.class, () -> Npz.read(f));
        assertTrue(NpyProperties.allocated() - before < 4 << 20, "allocated " + (NpyProperties.allocated() - before));
        assertTrue(e.getMessage().contains("more than deflate can expand"), e.getMessage());
    }

    @Test
    void sizesThatDisagreeWithTheHeaderAreRejected() throws IOException {
        Path f = dir.resolve("lie.npz");
        Npz.write(Map.of("v", NpyArray.of(Dense.zeros(4, 4))), f);
        byte[] b = Files.readAllBytes(f);
        int cd = lastIndexOf(b, new byte[] {0x50, 0x4b, 0x01, 0x02});
        ByteBuffer bb = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        bb.putInt(cd + 20, bb.getInt(cd + 20) - 8); // compressed size
        bb.putInt(cd + 24, bb.getInt(cd + 24) - 8); // uncompressed size
        Files.write(f, b);
        assertThrows(FormatException.class, () -> Npz.read(f));
    }

    @Test
    void entriesThatAreNotArraysDuplicatesAndGarbageAreRejected() throws IOException {
        Path f = dir.resolve("x.npz");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(f))) {
            z.putNextEntry(new ZipEntry("notes.txt"));
            z.write("hello".getBytes());
        }
        FormatException e = assertThrows(FormatException.class, () -> Npz.read(f));
        assertTrue(e.getMessage().startsWith("x.npz:notes.txt"), e.getMessage());
        SplittableRandom rnd = new SplittableRandom(7);
        Npz.writeCompressed(Map.of("a", NpyArray.of(Dense.zeros(8, 8))), f);
        byte[] good = Files.readAllBytes(f);
        for (int trial = 0; trial < 200; trial++) {
            byte[] bad = good.clone();
            if (trial % 2 == 0) {
                bad = java.util.Arrays.copyOf(bad, rnd.nextInt(bad.length));
            } else {
                for (int k = 0; k < 3; k++) {
                    bad[rnd.nextInt(bad.length)] = (byte) rnd.nextInt(256);
                }
            }
            Files.write(f, bad);
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                try {
                    Npz.read(f);
                } catch (FormatException expected) {
                    // the documented failure
                }
            });
        }
    }

    private static int lastIndexOf(byte[] b, byte[] pattern) {
        outer:
        for (int i = b.length - pattern.length; i >= 0; i--) {
            for (int k = 0; k < pattern.length; k++) {
                if (b[i + k] != pattern[k]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("pattern not found");
    }
}
