package jnum.suites.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import jnum.mat.Dense;
import jnum.mat.Vec;
import jnum.mat.io.DType;
import jnum.mat.io.Npy;
import jnum.mat.io.NpyArray;
import jnum.testkit.Python;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round trips with the real NumPy: for every dtype, byte order, storage order and format version
 * (and 1-d and 0-d arrays), files written by NumPy read back bit for bit (compared with the values
 * NumPy also dumped as raw float64), and files written by jnum from those values are loaded by
 * NumPy with the same dtype, order, version and bits (script io/python/npy_cases.py). Skipped where
 * python3 with numpy is absent.
 */
class NumPyRoundTripTest {
    @TempDir
    Path dir;

    static Stream<Long> seeds() {
        return jnum.testkit.Seeds.seeds().limit(3).boxed();
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("seeds")
    void numPyAndJnumReadEachOthersFiles(long seed) throws IOException {
        assumeTrue(Python.has("numpy"), "python3 with numpy is not available: NumPy round trips skipped");
        Path script = Files.write(dir.resolve("npy_cases.py"), Fixtures.resource("/io/python/npy_cases.py"));
        Python.Result made = Python.script(script, "write", dir.toString(), Long.toString(seed));
        assertEquals(0, made.exitCode(), made.output());
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().startsWith("np_")
                            && p.getFileName().toString().endsWith(".npy"))
                    .sorted()
                    .toList();
        }
        assertEquals(94, files.size());
        for (Path f : files) {
            String name = f.getFileName().toString();
            String c = name.substring(3, name.length() - 4);
            double[] expected = raw(dir.resolve("np_" + c + ".f8"));
            NpyArray a = Npy.read(f);
            Case k = Case.of(c);
            assertEquals(k.dtype, a.dtype(), c);
            org.junit.jupiter.api.Assertions.assertArrayEquals(k.shape, a.shape(), c);
            assertEquals(k.order, a.byteOrder(), c);
            assertEquals(k.fortran && k.shape.length == 2, a.fortranOrder(), c);
            double[] got = cOrder(a);
            assertEquals(expected.length, got.length, c);
            for (int i = 0; i < got.length; i++) {
                if (k.dtype == DType.FLOAT32 && Double.isNaN(expected[i])) {
                    // NumPy's astype quiets a signaling float NaN; jnum keeps it (checked by NumPy below)
                    assertTrue(Double.isNaN(got[i]), c + " element " + i);
                } else {
                    NpyFixturesTest.assertBits(expected[i], got[i], c + " element " + i);
                }
            }
            // jnum writes what it read: the NaN payloads of the float32 cases come back bit for bit
            Npy.write(a, dir.resolve("jn_" + c + ".npy"), k.version);
            if (k.dtype != DType.FLOAT32) {
                // the others are built from NumPy's raw float64 dump, independently of the reader
                Npy.write(build(k, expected), dir.resolve("jn_" + c + ".npy"), k.version);
            }
        }
        Python.Result checked = Python.script(script, "check", dir.toString(), Long.toString(seed));
        assertEquals(0, checked.exitCode(), checked.output());
        assertTrue(checked.output().strip().endsWith("ok 94"), checked.output());
    }

    /** dtype, byte order, order, version and shape of a case name such as f4_be_F_v2, i2_1d, b1_0d. */
    record Case(DType dtype, ByteOrder order, boolean fortran, int version, int[] shape) {
        static Case of(String name) {
            String[] p = name.split("_");
            DType t = java.util.Arrays.stream(DType.values())
                    .filter(d -> d.code().equals(p[0]))
                    .findFirst()
                    .orElseThrow();
            if (p[1].equals("1d")) {
                return new Case(t, ByteOrder.LITTLE_ENDIAN, false, 1, new int[] {9});
            }
            if (p[1].equals("0d")) {
                return new Case(t, ByteOrder.LITTLE_ENDIAN, false, 1, new int[0]);
            }
            return new Case(
                    t,
                    p[1].equals("be") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN,
                    p[2].equals("F"),
                    p[3].charAt(1) - '0',
                    new int[] {5, 7});
        }
    }

    /** An array of the case's kind built from C-order values, without using the reader. */
    static NpyArray build(Case k, double[] c) {
        NpyArray a = switch (k.shape.length) {
            case 0 -> NpyArray.scalar(c[0]);
            case 1 -> NpyArray.of(Vec.of(c));
            default -> NpyArray.of(Dense.of(k.shape[0], k.shape[1], c));
        };
        return a.withDType(k.dtype).withByteOrder(k.order).withFortranOrder(k.fortran);
    }

    static double[] cOrder(NpyArray a) {
        return switch (a.ndim()) {
            case 0 -> new double[] {a.scalar()};
            case 1 -> a.vector().toArray();
            default -> {
                Dense m = a.matrix();
                double[] out = new double[m.rows() * m.cols()];
                for (int i = 0; i < m.rows(); i++) {
                    for (int j = 0; j < m.cols(); j++) {
                        out[i * m.cols() + j] = m.get(i, j);
                    }
                }
                yield out;
            }
        };
    }

    static double[] raw(Path f8) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(f8)).order(ByteOrder.LITTLE_ENDIAN);
        double[] out = new double[b.remaining() / 8];
        b.asDoubleBuffer().get(out);
        return out;
    }
}
