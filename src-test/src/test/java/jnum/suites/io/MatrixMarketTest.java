package jnum.suites.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import jnum.mat.Dense;
import jnum.mat.io.FormatException;
import jnum.mat.io.MatrixMarket;
import jnum.mat.io.MatrixMarketHeader;
import jnum.testkit.Python;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Matrix Market dense (array) files: files written by SciPy (committed fixtures, general,
 * symmetric, skew-symmetric, integer) read as SciPy recorded them; random matrices round-trip bit
 * for bit; SciPy reads what jnum writes; malformed and oversized files are rejected with their line.
 */
class MatrixMarketTest {
    @TempDir
    Path dir;

    @Test
    void readsWhatSciPyWrote() {
        String expected = new String(Fixtures.resource("/io/mm/expected.txt"));
        for (String line : expected.split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            int[] shape =
                    Arrays.stream(f[1].split(",")).mapToInt(Integer::parseInt).toArray();
            double[] values =
                    Arrays.stream(f[2].split(" ")).mapToDouble(Fixtures::python).toArray();
            Path p = write(f[0], Fixtures.resource("/io/mm/" + f[0]));
            Dense m = MatrixMarket.readDense(p);
            NpyProperties.assertSameBits(Dense.of(shape[0], shape[1], values), m, f[0]);
        }
        assertEquals(
                new MatrixMarketHeader("array", "real", "symmetric"),
                MatrixMarket.header(write("s.mtx", Fixtures.resource("/io/mm/symmetric.mtx"))));
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void randomMatricesRoundTripBitForBit(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Dense m = Dense.zeros(NpyProperties.SIZES[rnd.nextInt(8)], NpyProperties.SIZES[rnd.nextInt(8)]);
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.cols(); j++) {
                double x = NpyProperties.value(jnum.mat.io.DType.FLOAT64, rnd);
                m.set(i, j, Double.isNaN(x) ? Double.NaN : x);
            }
        }
        Path p = dir.resolve("r.mtx");
        MatrixMarket.write(m, p);
        CsvProperties.assertSameValues(m, MatrixMarket.readDense(p), "seed " + seed);
    }

    @Test
    void sciPyReadsWhatJnumWrites() throws IOException {
        assumeTrue(Python.has("scipy"), "python3 with scipy is not available: SciPy check skipped");
        Dense m = Dense.of(2, 3, 0.1, -2, 1e-300, 4, 5e-324, 0.5); // (SciPy reads -0 as +0)
        MatrixMarket.write(m, dir.resolve("m.mtx"));
        Path script = Files.writeString(dir.resolve("check.py"), """
                import sys, numpy as np, scipy.io
                a = scipy.io.mmread(sys.argv[1])
                b = np.array([[0.1, -2, 1e-300], [4, 5e-324, 0.5]])
                assert a.shape == (2, 3) and (a.view("u8") == b.view("u8")).all(), a
                print("ok")
                """);
        Python.Result r = Python.script(script, dir.resolve("m.mtx").toString());
        assertEquals(0, r.exitCode(), r.output());
    }

    @Test
    void malformedFilesAreRejectedWithTheirLine() {
        String head = "%%MatrixMarket matrix array real general\n";
        assertEquals(6, fails(head + "% c\n2 2\n1\n2\n3\n", "ends after 3 of 4").line());
        assertEquals(7, fails(head + "2 2\n1\n2\n3\n4\n5\n", "more entries").line());
        assertEquals(4, fails(head + "2 1\n1\nx\n", "\"x\" is not a number").line());
        fails("%%MatrixMarket matrix coordinate real general\n2 2 1\n1 1 1\n", "coordinate");
        fails("%%MatrixMarket matrix array complex general\n1 1\n1 0\n", "complex");
        fails("%%MatrixMarket vector array real general\n1 1\n1\n", "object");
        fails("hello\n", "not a Matrix Market banner");
        assertEquals(
                4,
                fails("%%MatrixMarket matrix array integer general\n2 1\n1\n2.5\n", "not an integer")
                        .line());
        fails("%%MatrixMarket matrix array real symmetric\n2 3\n1\n", "symmetric but 2x3");
        FormatException huge = fails(head + "1000000 1000000\n1\n", "more than");
        assertTrue(huge.getMessage().contains("1000000x1000000"), huge.getMessage());
    }

    private FormatException fails(String text, String reason) {
        Path p = write("bad.mtx", text.getBytes());
        FormatException e = assertThrows(FormatException.class, () -> MatrixMarket.readDense(p), text);
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        return e;
    }

    private Path write(String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
