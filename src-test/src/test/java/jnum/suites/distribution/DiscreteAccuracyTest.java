package jnum.suites.distribution;

import java.util.ArrayList;
import java.util.List;
import jnum.testkit.AccuracyReport;
import jnum.testkit.AccuracyTable;
import jnum.testkit.ReferenceValues;
import jnum.testkit.ReferenceValues.Row;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every discrete reference row (the shared set and our extreme parameters) within the accuracy
 * targets, and the table of maximum errors written to {@code target/accuracy/discrete.md} (copied
 * into docs/ACCURACY.md by bin/jnum-accuracy).
 */
@Tag("accuracy")
class DiscreteAccuracyTest {
    private static final List<String> NAMES =
            List.of("Binomial", "Poisson", "NegativeBinomial", "Geometric", "Hypergeometric");

    @Test
    void allDiscreteRowsWithinBoundsAndTableWritten() {
        List<Row> rows = new ArrayList<>();
        for (String name : NAMES) {
            rows.addAll(ReferenceValues.of(name));
        }
        rows.addAll(DiscreteReferenceRows.extremes());
        AccuracyTable table = AccuracyTable.measure(rows, DiscreteReferenceRows::evaluate);
        table.write("discrete", "Discrete distributions", DiscreteReferenceRows.BOUND);
        writeMomentTable(table);
        DiscreteReferenceRows.assertAccurate(rows);
    }

    /** The rows the pmf/cdf table has no column for (mean, variance, entropy), one line each. */
    private static void writeMomentTable(AccuracyTable table) {
        StringBuilder sb = new StringBuilder("| distribution | function | expected | relative error |\n");
        sb.append("|---|---|---|---|\n");
        for (AccuracyTable.Entry e : table.entries()) {
            String f = e.row().function();
            if (f.equals("mean") || f.equals("variance") || f.equals("entropy")) {
                sb.append(String.format(
                        java.util.Locale.ROOT,
                        "| %s(%s) | %s | %.17g | %.1e |%n",
                        e.row().distribution(),
                        e.row().paramText(),
                        f,
                        e.row().expected(),
                        e.error()));
            }
        }
        AccuracyReport.write("discrete-moments", "### Discrete distributions, moments\n\n" + sb);
    }
}
