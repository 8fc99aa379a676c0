package jnum.suites.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import jnum.testkit.ReferenceValues;
import org.junit.jupiter.api.Test;

class ReferenceValuesTest {
    @Test
    void readsEveryRowOfTheCsv() {
        var rows = ReferenceValues.all();
        // The upstream README states 5 508 rows for 18 distributions.
        assertEquals(5508, rows.size());
        Set<String> names = rows.stream().map(ReferenceValues.Row::distribution).collect(Collectors.toSet());
        assertEquals(18, names.size(), names.toString());
        Set<String> functions = rows.stream().map(ReferenceValues.Row::function).collect(Collectors.toSet());
        assertEquals(Set.of("pdf", "logpdf", "cdf", "sf", "ppf", "isf"), functions);
    }

    @Test
    void parsesNumbersAsTheReadmeSays() {
        var row = ReferenceValues.all().get(0);
        assertEquals("Normal", row.distribution());
        assertEquals(0.0, row.param("mu"));
        assertEquals(1.0, row.param("sigma"));
        assertEquals("pdf", row.function());
        assertEquals(Double.parseDouble("-37.0471"), row.x());
        assertEquals(Double.parseDouble("3.7068967349698654e-299"), row.expected());
        assertEquals(2, row.line());
        assertTrue(row.isTail());
    }

    @Test
    void rejectsMalformedInput() {
        String bad = "distribution,params,function,x,expected\nNormal,mu=0;sigma=1,pdf,abc,1\n";
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> ReferenceValues.parse(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        String noHeader = "Normal,mu=0;sigma=1,pdf,1,1\n";
        assertThrows(
                IllegalArgumentException.class,
                () -> ReferenceValues.parse(new ByteArrayInputStream(noHeader.getBytes(StandardCharsets.UTF_8))));
        String fields = "distribution,params,function,x,expected\nNormal,mu=0,pdf,1\n";
        assertThrows(
                IllegalArgumentException.class,
                () -> ReferenceValues.parse(new ByteArrayInputStream(fields.getBytes(StandardCharsets.UTF_8))));
        assertThrows(IllegalArgumentException.class, () -> ReferenceValues.of("NoSuchDistribution"));
        assertThrows(IllegalArgumentException.class, () -> row().param("nu"));
    }

    private static ReferenceValues.Row row() {
        return ReferenceValues.of("StudentT").get(0);
    }
}
