package jnum.suites.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.SplittableRandom;
import jnum.mat.io.Decimals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Decimals#parse} gives exactly {@link Double#parseDouble}'s double on random text of every
 * shape (shortest forms, 15 to 25 significant digits, random digit strings, tiny and huge
 * exponents) and on known hard cases: halfway points between adjacent doubles, the subnormal
 * boundary, the overflow threshold, long inputs.
 */
class DecimalsProperties {
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void agreesWithParseDoubleOnRandomText(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int k = 0; k < 20_000; k++) {
            String s = switch (k % 6) {
                case 0 -> Double.toString(Double.longBitsToDouble(rnd.nextLong() & Long.MAX_VALUE));
                case 1 ->
                    String.format(
                            Locale.ROOT,
                            "%." + rnd.nextInt(1, 25) + "e",
                            rnd.nextDouble() * Math.pow(10, rnd.nextInt(-320, 309)));
                case 2 -> randomDigits(rnd);
                case 3 -> Double.toString(rnd.nextDouble());
                case 4 -> halfway(rnd);
                default -> Long.toString(rnd.nextLong()) + (rnd.nextBoolean() ? "" : "e" + rnd.nextInt(-30, 30));
            };
            check(s);
        }
    }

    /** The exact midpoint between a random double and its successor: rounding must go to even. */
    private static String halfway(SplittableRandom rnd) {
        double x = Double.longBitsToDouble(rnd.nextLong(0x7FEFFFFFFFFFFFFFL));
        BigDecimal mid = new BigDecimal(x).add(new BigDecimal(Math.nextUp(x))).divide(BigDecimal.TWO);
        BigDecimal nudge = BigDecimal.ONE.movePointLeft(mid.scale() + 1 + rnd.nextInt(3));
        return switch (rnd.nextInt(3)) {
            case 0 -> mid.toString();
            case 1 -> mid.add(nudge).toString();
            default -> mid.subtract(nudge).toString();
        };
    }

    private static String randomDigits(SplittableRandom rnd) {
        StringBuilder s = new StringBuilder(rnd.nextBoolean() ? "-" : "");
        int n = rnd.nextInt(1, 30);
        int dot = rnd.nextInt(-1, n + 1);
        for (int i = 0; i < n; i++) {
            if (i == dot) {
                s.append('.');
            }
            s.append((char) ('0' + rnd.nextInt(10)));
        }
        if (rnd.nextBoolean()) {
            s.append(rnd.nextBoolean() ? 'e' : 'E').append(rnd.nextInt(-340, 320));
        }
        return s.toString();
    }

    @Test
    void agreesWithParseDoubleOnHardCases() {
        String[] hard = {
            "0",
            "-0",
            "0.0",
            "-0.0e10",
            "1",
            "9007199254740993",
            "9007199254740992.5",
            "4.9e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "2.2250738585072011e-308",
            "2.2250738585072012e-308",
            "2.225073858507201136057409796709131975934819546351645648e-308",
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "1.7976931348623159e308",
            "1e309",
            "1e-400",
            "123456789012345678901234567890",
            "0.000000000000000000000000000000000000001",
            "7.2057594037927933e16",
            "1.00000000000000011102230246251565404236316680908203125",
            "1.00000000000000011102230246251565404236316680908203124",
            "1.00000000000000011102230246251565404236316680908203126",
            "3.0e38",
            "1e23",
            "8.41e21",
            "5e-324",
            ".5",
            "5.",
            "+1.5",
            "1e+5",
            "1E-5",
            "1e22",
            "1e23",
            "9.999999999999999e22",
            "18446744073709551615",
            "18446744073709551616",
            "0.1",
            "0.3",
            "2.675",
            "1e-1000000000000",
            "1e1000000000000",
            "0e999999999999999",
            "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791.9999999999999999999999999999999999999999999999999999999999999999999999",
        };
        for (String s : hard) {
            check(s);
        }
    }

    @Test
    void readsInfinityAndNaNInEitherSpelling() {
        assertEquals(Double.POSITIVE_INFINITY, Decimals.parse("inf"));
        assertEquals(Double.NEGATIVE_INFINITY, Decimals.parse("-Infinity"));
        assertEquals(Double.POSITIVE_INFINITY, Decimals.parse("+INF"));
        assertEquals(Double.NaN, Decimals.parse("nan"));
        assertEquals(Double.NaN, Decimals.parse("NaN"));
    }

    @Test
    void rejectsWhatIsNotANumber() {
        for (String s : new String[] {
            "", "-", ".", "e5", "1e", "1e+", "1.2.3", "1 ", " 1", "0x10", "1d", "1f", "infinit", "nana", "--1", "1_000",
            "١"
        }) {
            assertThrows(NumberFormatException.class, () -> Decimals.parse(s), s);
        }
    }

    private static void check(String s) {
        double expected = Double.parseDouble(s);
        double actual = Decimals.parse(s);
        assertEquals(
                Double.doubleToRawLongBits(expected),
                Double.doubleToRawLongBits(actual),
                () -> s + ": parseDouble " + expected + ", Decimals " + actual);
    }
}
