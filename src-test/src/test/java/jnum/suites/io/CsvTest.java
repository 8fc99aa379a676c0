package jnum.suites.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import jnum.mat.Dense;
import jnum.mat.io.Csv;
import jnum.mat.io.CsvOptions;
import jnum.mat.io.CsvReader;
import jnum.mat.io.CsvTable;
import jnum.mat.io.FormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading and writing delimited text: the grammar's cases one by one, and each error's place. */
class CsvTest {
    @TempDir
    Path dir;

    static CsvTable read(String text, CsvOptions o) {
        return Csv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), o);
    }

    static FormatException fails(String text, CsvOptions o) {
        return assertThrows(FormatException.class, () -> read(text, o), text);
    }

    @Test
    void aHeaderRowIsDetectedAndItsNamesKept() {
        CsvTable t = read("x,\"y, the second\",\"say \"\"z\"\"\"\n1,2,3\n4,5,6\n", CsvOptions.DEFAULT);
        assertEquals(List.of("x", "y, the second", "say \"z\""), t.columnNames());
        assertEquals(Dense.of(2, 3, 1, 2, 3, 4, 5, 6), t.data());
        assertArrayEquals(new double[] {2, 5}, t.column("y, the second"));
        CsvTable n = read("1,2\n3,4", CsvOptions.DEFAULT);
        assertEquals(List.of(), n.columnNames());
        assertEquals(Dense.of(2, 2, 1, 2, 3, 4), n.data());
    }

    @Test
    void aFirstRowMixingNamesAndNumbersIsAmbiguous() {
        FormatException e = fails("x,1\n2,3\n", CsvOptions.DEFAULT);
        assertEquals(1, e.line());
        CsvTable t = read("x,1\n2,3\n", CsvOptions.DEFAULT.withHeader(CsvOptions.Header.PRESENT));
        assertEquals(List.of("x", "1"), t.columnNames());
        assertEquals(1, t.data().rows());
    }

    @Test
    void missingValuesLineBreaksCommentsBlankLinesAndTheByteOrderMark() {
        String text = "\uFEFF# a comment\r\na;b;c\r\n\r\n1;;NA\r2; NaN ;\"3.5\"\n# another\n-0;inf;-Infinity";
        CsvTable t = read(text, CsvOptions.DEFAULT.withDelimiter(';'));
        assertEquals(List.of("a", "b", "c"), t.columnNames());
        Dense d = t.data();
        assertEquals(3, d.rows());
        assertEquals(1.0, d.get(0, 0));
        assertTrue(Double.isNaN(d.get(0, 1)) && Double.isNaN(d.get(0, 2)) && Double.isNaN(d.get(1, 1)));
        assertEquals(3.5, d.get(1, 2));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(d.get(2, 0)));
        assertEquals(Double.POSITIVE_INFINITY, d.get(2, 1));
        assertEquals(Double.NEGATIVE_INFINITY, d.get(2, 2));
    }

    @Test
    void theMissingMarkersAreConfigurable() {
        CsvOptions strict = CsvOptions.DEFAULT.withMissing(Set.of("?"));
        assertTrue(Double.isNaN(read("1,?\n", strict).data().get(0, 1)));
        FormatException e = fails("1,2\n3,\n", strict);
        assertEquals(2, e.line());
        assertEquals(3, e.column());
        assertTrue(e.getMessage().contains("field 2"), e.getMessage());
    }

    @Test
    void errorsNameTheLineTheColumnAndTheReason() {
        FormatException ragged = fails("1,2,3\n4,5\n", CsvOptions.DEFAULT);
        assertEquals(2, ragged.line());
        assertTrue(ragged.getMessage().contains("ragged row: 2 fields where the first row has 3"), ragged.getMessage());
        FormatException longer = fails("1,2\n3,4\n5,6,7\n", CsvOptions.DEFAULT);
        assertEquals(3, longer.line());
        assertEquals(5, longer.column());
        FormatException word = fails("1,2\n3,abc\n", CsvOptions.DEFAULT);
        assertEquals(2, word.line());
        assertEquals(3, word.column());
        assertTrue(word.getMessage().contains("\"abc\" is not a number"), word.getMessage());
        FormatException open = fails("1,2\n3,\"4\n", CsvOptions.DEFAULT);
        assertEquals(2, open.line());
        assertTrue(open.getMessage().contains("not closed"), open.getMessage());
        FormatException inner = fails("1,2\n3,4\"5\n", CsvOptions.DEFAULT);
        assertEquals(4, inner.column());
        FormatException after = fails("1,2\n3,\"4\"5\n", CsvOptions.DEFAULT);
        assertTrue(after.getMessage().contains("after the closing quote"), after.getMessage());
        FormatException trailing = fails("1,2\n3,4,\n", CsvOptions.DEFAULT);
        assertEquals(2, trailing.line());
    }

    @Test
    void aQuotedFieldMaySpanLinesAndLineNumbersFollow() {
        CsvTable t = read("\"a\nb\",c\n1,2\n3,x\n".replace(",x", ",4"), CsvOptions.DEFAULT);
        assertEquals(List.of("a\nb", "c"), t.columnNames());
        FormatException e = fails("\"a\nb\",c\n1,2\n3,x\n", CsvOptions.DEFAULT);
        assertEquals(4, e.line());
    }

    @Test
    void emptyInputsAndAHeaderWithoutRows() {
        CsvTable empty = read("", CsvOptions.DEFAULT);
        assertEquals(0, empty.data().rows());
        assertEquals(0, empty.data().cols());
        CsvTable names = read("a,b\n", CsvOptions.DEFAULT);
        assertEquals(List.of("a", "b"), names.columnNames());
        assertEquals(0, names.data().rows());
        assertEquals(2, names.data().cols());
    }

    @Test
    void rowsLongerThanTheBufferAndFilesReadRowByRow() throws IOException {
        int cols = 40_000;
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < cols; j++) {
                s.append(j == 0 ? "" : ",").append(i * 0.5 + j);
            }
            s.append('\n');
        }
        Path f = Files.writeString(dir.resolve("wide.csv"), s);
        try (CsvReader r = Csv.open(f, CsvOptions.DEFAULT)) {
            assertEquals(cols, r.columns());
            double[] row = new double[cols];
            for (int i = 0; i < 5; i++) {
                assertTrue(r.next(row));
                assertEquals(i * 0.5 + (cols - 1), row[cols - 1]);
            }
            assertNull(r.nextRow());
            assertEquals(5, r.rowsRead());
        }
        try (CsvReader r = Csv.open(f, CsvOptions.DEFAULT)) {
            double[] sums = new double[1];
            r.forEachRemaining(row -> sums[0] += row[1]);
            assertEquals(5 * 1.0 + 0.5 * (0 + 1 + 2 + 3 + 4), sums[0]);
        }
    }

    @Test
    void writingQuotesWhatNeedsItAndUsesTheNumberFormat() {
        StringWriter w = new StringWriter();
        Csv.write(Dense.of(2, 2, 0.1, -0.0, Double.NaN, 1e-300), List.of("a,b", "say \"hi\""), w, CsvOptions.DEFAULT);
        assertEquals("\"a,b\",\"say \"\"hi\"\"\"\n0.1,-0.0\nNaN,1.0E-300\n", w.toString());
        StringWriter g = new StringWriter();
        Csv.write(
                Dense.of(1, 2, 1.5, 2),
                List.of(),
                g,
                CsvOptions.DEFAULT
                        .withDelimiter('\t')
                        .withNumberFormat(x -> String.format(java.util.Locale.ROOT, "%.3f", x)));
        assertEquals("1.500\t2.000\n", g.toString());
        assertThrows(
                IllegalArgumentException.class,
                () -> Csv.write(Dense.zeros(1, 2), List.of("a"), new StringWriter(), CsvOptions.DEFAULT));
    }

    @Test
    void optionsThatCannotWorkAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CsvOptions.DEFAULT.withDelimiter('"'));
        assertThrows(IllegalArgumentException.class, () -> CsvOptions.DEFAULT.withDelimiter('\n'));
        assertThrows(IllegalArgumentException.class, () -> CsvOptions.DEFAULT.withComment(','));
    }
}
