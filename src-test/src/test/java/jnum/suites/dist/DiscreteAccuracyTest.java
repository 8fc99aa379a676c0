package jnum.suites.dist;

import java.util.ArrayList;
import java.util.List;
import jnum.testkit.AccuracyTable;
import jnum.testkit.ReferenceValues;
import jnum.testkit.ReferenceValues.Row;
import org.junit.jupiter.api.Test;

/**
 * Every discrete reference row (the shared set and our extreme parameters) within the issue's
 * bounds, and the table of maximum errors written to {@code target/accuracy/discrete.md} (copied
 * into docs/accuracy/discrete.md).
 */
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
    table.write("discrete", "Discrete distributions");
    DiscreteReferenceRows.assertAccurate(rows);
  }
}
