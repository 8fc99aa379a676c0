package jnum.suites.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import jnum.mat.Dense;
import jnum.mat.io.Csv;
import jnum.mat.io.CsvOptions;
import jnum.mat.io.CsvReader;
import jnum.mat.io.CsvTable;
import jnum.mat.io.FormatException;
import jnum.testkit.Python;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Delimited text: random matrices (special values included) written and read back exactly, by
 * {@link Csv#read} and row by row; the default number text is the shortest that reads back; random
 * garbage ends in {@link FormatException} quickly; NumPy reads what jnum writes and the reverse.
 */
class CsvProperties {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void randomMatricesRoundTripExactly(long seed) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        int rows = NpyProperties.SIZES[rnd.nextInt(1, NpyProperties.SIZES.length)];
        int cols = NpyProperties.SIZES[rnd.nextInt(1, NpyProperties.SIZES.length)];
        Dense m = Dense.zeros(rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                m.set(i, j, NpyProperties.value(jnum.mat.io.DType.FLOAT64, rnd));
            }
        }
        char delim = ",;\t|".charAt(rnd.nextInt(4));
        CsvOptions o = CsvOptions.DEFAULT.withDelimiter(delim);
        List<String> names = new ArrayList<>();
        if (rnd.nextBoolean()) {
            for (int j = 0; j < cols; j++) {
                names.add("c" + j + (rnd.nextInt(4) == 0 ? delim + " \"q\"" : ""));
            }
        }
        Path f = dir.resolve("m.csv");
        Csv.write(m, names, f, o);
        CsvTable t = Csv.read(f, o.withHeader(names.isEmpty() ? CsvOptions.Header.ABSENT : CsvOptions.Header.PRESENT));
        assertEquals(names, t.columnNames());
        assertSameValues(m, t.data(), "seed " + seed);
        try (CsvReader r =
                Csv.open(f, o.withHeader(names.isEmpty() ? CsvOptions.Header.ABSENT : CsvOptions.Header.PRESENT))) {
            double[] row = new double[cols];
            for (int i = 0; i < rows; i++) {
                assertTrue(r.next(row));
                for (int j = 0; j < cols; j++) {
                    assertEquals(Double.doubleToLongBits(m.get(i, j)), Double.doubleToLongBits(row[j]));
                }
            }
            assertTrue(!r.next(row));
        }
    }

    /** Equal as Double.equals: bit for bit, except that every NaN is the same NaN (text has no payloads). */
    static void assertSameValues(Dense expected, Dense actual, String what) {
        assertEquals(expected.rows(), actual.rows(), what);
        assertEquals(expected.cols(), actual.cols(), what);
        for (int i = 0; i < expected.rows(); i++) {
            for (int j = 0; j < expected.cols(); j++) {
                assertEquals(
                        Double.doubleToLongBits(expected.get(i, j)),
                        Double.doubleToLongBits(actual.get(i, j)),
                        what + " (" + i + ", " + j + ")");
            }
        }
    }

    /**
     * The default number text is the shortest that reads back: no decimal with one digit fewer lies
     * in the rounding interval of x (the two such decimals nearest x both read as other doubles).
     */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void theDefaultNumberTextIsTheShortestThatReadsBack(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int k = 0; k < 2000; k++) {
            double x = Math.abs(Double.longBitsToDouble(rnd.nextLong()));
            if (!Double.isFinite(x) || x == 0) {
                continue;
            }
            String s = CsvOptions.DEFAULT.numberFormat().apply(x);
            assertEquals(x, Double.parseDouble(s), s);
            BigDecimal d = new BigDecimal(s).stripTrailingZeros();
            int digits = d.precision();
            if (digits == 1) {
                continue;
            }
            MathContext fewer = new MathContext(digits - 1, RoundingMode.FLOOR);
            BigDecimal down = new BigDecimal(x).round(fewer);
            BigDecimal up = down.add(BigDecimal.ONE.scaleByPowerOfTen(-down.scale()));
            assertNotEquals(x, down.doubleValue(), s + ": " + down + " is shorter");
            assertNotEquals(x, up.doubleValue(), s + ": " + up + " is shorter");
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void randomGarbageEndsInFormatException(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        String alphabet = "0123456789.,;eE+-\"\n\r #NAnaif \t";
        for (int trial = 0; trial < 300; trial++) {
            StringBuilder s = new StringBuilder();
            for (int k = rnd.nextInt(0, 200); k > 0; k--) {
                s.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                try {
                    Csv.read(new ByteArrayInputStream(s.toString().getBytes()), CsvOptions.DEFAULT);
                } catch (FormatException expected) {
                    assertTrue(expected.line() >= 1 || expected.line() == -1, expected.getMessage());
                }
            });
        }
    }

    @Test
    void numPyReadsWhatJnumWritesAndTheReverse() throws IOException {
        assumeTrue(Python.has("numpy"), "python3 with numpy is not available: NumPy CSV check skipped");
        SplittableRandom rnd = new SplittableRandom(11);
        Dense m = Dense.zeros(50, 7);
        for (int i = 0; i < 50; i++) {
            for (int j = 0; j < 7; j++) {
                m.set(i, j, NpyProperties.value(jnum.mat.io.DType.FLOAT64, rnd));
            }
        }
        Path ours = dir.resolve("ours.csv");
        Csv.write(m, List.of("a", "b", "c", "d", "e", "f", "g"), ours, CsvOptions.DEFAULT);
        jnum.mat.io.Npy.write(m, dir.resolve("ours.npy"));
        Path script = Files.writeString(dir.resolve("check.py"), """
                import sys, numpy as np
                d = sys.argv[1]
                a = np.loadtxt(d + "/ours.csv", delimiter=",", skiprows=1)
                b = np.load(d + "/ours.npy")
                same = (a.view("u8") == b.view("u8")) | (np.isnan(a) & np.isnan(b))
                assert same.all(), np.argwhere(~same)
                np.savetxt(d + "/theirs.csv", b, delimiter=",", header="a,b,c,d,e,f,g", comments="", fmt="%.17g")
                print("ok")
                """);
        Python.Result r = Python.script(script, dir.toString());
        assertEquals(0, r.exitCode(), r.output());
        CsvTable t = Csv.read(dir.resolve("theirs.csv"));
        assertEquals(List.of("a", "b", "c", "d", "e", "f", "g"), t.columnNames());
        assertSameValues(m, t.data(), "written by np.savetxt");
    }
}
