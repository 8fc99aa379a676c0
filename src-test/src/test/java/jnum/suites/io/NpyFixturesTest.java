package jnum.suites.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jnum.mat.io.DType;
import jnum.mat.io.Npy;
import jnum.mat.io.NpyArray;
import jnum.mat.io.NpyMapped;
import jnum.mat.io.Npz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files written by NumPy (committed fixtures) read back with the values NumPy recorded, bit for
 * bit, with their dtype, byte order, storage order and shape; through {@link Npy#read},
 * {@link Npy#map} and {@link Npz#read}.
 */
class NpyFixturesTest {
    @TempDir
    Path dir;

    static Stream<Fixtures.Row> npyRows() {
        return Fixtures.rows().stream().filter(r -> r.file().endsWith(".npy"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("npyRows")
    void readsWhatNumPyWrote(Fixtures.Row row) {
        NpyArray a = Npy.read(Fixtures.copy(row.file(), dir));
        checkArray(row, a);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("npyRows")
    void mapsWhatNumPyWrote(Fixtures.Row row) {
        try (NpyMapped m = Npy.map(Fixtures.copy(row.file(), dir))) {
            assertArrayEquals(
                    row.shape(),
                    java.util.Arrays.stream(m.shape()).mapToInt(x -> (int) x).toArray());
            int cols = row.shape().length == 2 ? row.shape()[1] : 1;
            jnum.mat.Dense copy = m.toDense();
            assertEquals(m.rows(), copy.rows(), row.file());
            assertEquals(m.cols(), copy.cols(), row.file());
            for (int k = 0; k < row.values().length; k++) {
                assertBits(row.values()[k], m.get(k / cols, k % cols), row.file() + " element " + k);
                assertBits(row.values()[k], copy.get(k / cols, k % cols), row.file() + " toDense element " + k);
            }
        }
    }

    @Test
    void readsArchivesWrittenBySavezAndSavezCompressed() {
        List<Fixtures.Row> rows = Fixtures.rows();
        for (String archive : List.of("pair.npz", "pair_compressed.npz")) {
            Map<String, NpyArray> arrays = Npz.read(Fixtures.copy(archive, dir));
            assertEquals(List.of("a", "v"), List.copyOf(arrays.keySet()), archive);
            checkArray(
                    rows.stream()
                            .filter(r -> r.file().equals("pair.npz:a"))
                            .findFirst()
                            .orElseThrow(),
                    arrays.get("a"));
            checkArray(
                    rows.stream()
                            .filter(r -> r.file().equals("pair.npz:v"))
                            .findFirst()
                            .orElseThrow(),
                    arrays.get("v"));
        }
    }

    static void checkArray(Fixtures.Row row, NpyArray a) {
        String descr = row.descr();
        assertEquals(descr.substring(1), a.dtype().code(), row.file());
        if (a.dtype().size() > 1) {
            assertEquals(descr.charAt(0) == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN, a.byteOrder());
        }
        assertArrayEquals(row.shape(), a.shape(), row.file());
        assertEquals(row.fortran(), a.fortranOrder(), row.file());
        double[] values = row.values();
        switch (a.ndim()) {
            case 0 -> assertBits(values[0], a.scalar(), row.file());
            case 1 -> {
                for (int k = 0; k < values.length; k++) {
                    assertBits(values[k], a.vector().get(k), row.file() + " element " + k);
                }
            }
            default -> {
                int cols = row.shape()[1];
                for (int k = 0; k < values.length; k++) {
                    assertBits(values[k], a.matrix().get(k / cols, k % cols), row.file() + " element " + k);
                }
            }
        }
        assertEquals(DType.valueOf(a.dtype().name()), a.dtype());
    }

    static void assertBits(double expected, double actual, String what) {
        assertEquals(
                Double.doubleToRawLongBits(expected),
                Double.doubleToRawLongBits(actual),
                what + ": expected " + expected + " got " + actual);
    }
}
