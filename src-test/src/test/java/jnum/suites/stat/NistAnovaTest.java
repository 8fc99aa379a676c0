package jnum.suites.stat;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jnum.stat.Anova;
import jnum.testkit.LreTable;
import jnum.testkit.Strd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * NIST StRD one-way ANOVA: between and within mean squares, F and R^2 to LRE >= 9 on every set
 * whose data a double holds exactly. SmLs07-09 have 13 constant leading digits (1000000000000.4):
 * as doubles (ulp 1.2e-4) the data themselves are off by up to 6e-5 against deviations of 0.1, so
 * the exact statistics of the double data differ from the certified ones in the third or fourth
 * digit; those sets are held to that cap (LRE >= 3, what the rounded data allow) and reported.
 * Writes {@code target/accuracy/stat-anova.md}.
 */
class NistAnovaTest {
    private static final List<String> EXACT =
            List.of("SiRstv", "SmLs01", "SmLs02", "SmLs03", "SmLs04", "SmLs05", "SmLs06", "AtmWtAg");
    private static final List<String> CAPPED = List.of("SmLs07", "SmLs08", "SmLs09");
    private static final LreTable TABLE = new LreTable();

    @Test
    void certifiedTables() {
        StringBuilder bad = new StringBuilder();
        for (String name : EXACT) {
            check(bad, name, 9);
        }
        for (String name : CAPPED) {
            check(bad, name, 3);
        }
        assertTrue(bad.isEmpty(), bad.toString());
    }

    private static void check(StringBuilder bad, String name, double bound) {
        Strd.Anova s =
                Strd.anova(name, NistAnovaTest.class.getResourceAsStream("/reference/nist/anova/" + name + ".dat"));
        Anova a = Anova.oneWay(s.groups());
        double[] lre = {
            TABLE.add(name, "MS between", a.msBetween(), s.msBetween()),
            TABLE.add(name, "MS within", a.msWithin(), s.msWithin()),
            TABLE.add(name, "F", a.f(), s.f()),
            TABLE.add(name, "SS between", a.ssBetween(), s.ssBetween()),
            TABLE.add(name, "SS within", a.ssWithin(), s.ssWithin()),
            TABLE.add(name, "R^2", a.rSquared(), s.rSquared()),
            TABLE.add(name, "residual SD", Math.sqrt(a.msWithin()), s.residualSd())
        };
        if (a.dfBetween() != s.dfBetween() || a.dfWithin() != s.dfWithin()) {
            bad.append(name)
                    .append(": df ")
                    .append(a.dfBetween())
                    .append(", ")
                    .append(a.dfWithin())
                    .append('\n');
        }
        for (int i = 0; i < 3; i++) {
            if (!(lre[i] >= bound)) {
                bad.append(name)
                        .append(": LRE ")
                        .append(lre[i])
                        .append(" < ")
                        .append(bound)
                        .append(" (column ")
                        .append(i)
                        .append(")\n");
            }
        }
    }

    @AfterAll
    static void writeTable() {
        TABLE.write(
                "stat-anova",
                "NIST StRD one-way ANOVA (LRE)",
                "LRE against the certified values, capped at 15. Asserted: mean squares and F >= 9 on every set "
                        + "except SmLs07-09, whose data (13 constant leading digits, e.g. 1000000000000.4) are not "
                        + "representable in a double: the rounded data alone move the statistics in the 3rd-4th "
                        + "digit, so they are held to >= 3, the cap any double computation meets.");
    }
}
