package jnum.mat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The readable text of {@link Dense#toString()} and {@link Vec#toString()}.
 *
 * <p>Numbers: at most {@value #DIGITS} significant digits, trailing zeros dropped, plain notation
 * when the decimal exponent is in {@code [-4, 6)} and {@code d.ddddde+XX} otherwise (C's
 * {@code %g} without its trailing zeros): {@code 1}, {@code 0.5}, {@code 0.333333},
 * {@code 1.23457e+07}, {@code 1e-300}, {@code -0}, {@code NaN}, {@code Inf}, {@code -Inf}. A number
 * with at most six significant digits thus prints exactly as written.
 *
 * <p>Layout: the shape on the first line; then one line per row, indented by two spaces, every
 * cell right-aligned to one common width and separated by two spaces. At most {@value #MAX_SHOWN}
 * rows (columns) are shown in full; beyond that the first and last {@value #EDGE} are shown and an
 * ASCII marker {@code ...} stands for the rest: a {@code ...} cell in each row for elided
 * columns, and a line of {@code ...} cells for elided rows. ASCII keeps the output intact in any
 * terminal encoding.
 */
final class Text {
    static final int DIGITS = 6;
    static final int MAX_SHOWN = 8;
    static final int EDGE = 4;
    static final String MARK = "...";

    private static final MathContext ROUND = new MathContext(DIGITS, RoundingMode.HALF_EVEN);

    private Text() {}

    /** {@code %g}-like short text of {@code x} (see the class comment). */
    static String number(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Inf" : "-Inf";
        }
        if (x == 0) {
            return Double.doubleToRawLongBits(x) < 0 ? "-0" : "0";
        }
        BigDecimal d = new BigDecimal(x).round(ROUND);
        int exp = d.precision() - d.scale() - 1;
        if (exp >= -4 && exp < DIGITS) {
            return d.stripTrailingZeros().toPlainString();
        }
        String mantissa = d.movePointLeft(exp).stripTrailingZeros().toPlainString();
        int e = Math.abs(exp);
        return mantissa + "e" + (exp < 0 ? "-" : "+") + (e < 10 ? "0" : "") + e;
    }

    /** Indices to show out of {@code n}: all, or the first and last EDGE with -1 for the marker. */
    static int[] shown(int n) {
        if (n <= MAX_SHOWN) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] idx = new int[2 * EDGE + 1];
        for (int i = 0; i < EDGE; i++) {
            idx[i] = i;
            idx[EDGE + 1 + i] = n - EDGE + i;
        }
        idx[EDGE] = -1;
        return idx;
    }

    /** Element source for {@link #grid}. */
    interface Cells {
        double get(int i, int j);
    }

    /** The header line followed by the aligned, elided grid of a {@code rows x cols} table. */
    static String grid(String header, int rows, int cols, Cells cells) {
        StringBuilder out = new StringBuilder(header);
        if (rows == 0 || cols == 0) {
            return out.toString();
        }
        int[] ri = shown(rows);
        int[] ci = shown(cols);
        String[][] text = new String[ri.length][ci.length];
        int width = 1;
        for (int r = 0; r < ri.length; r++) {
            for (int c = 0; c < ci.length; c++) {
                text[r][c] = ri[r] < 0 || ci[c] < 0 ? MARK : number(cells.get(ri[r], ci[c]));
                width = Math.max(width, text[r][c].length());
            }
        }
        for (String[] line : text) {
            out.append('\n');
            for (String cell : line) {
                out.append(" ".repeat(width - cell.length() + 2)).append(cell);
            }
        }
        return out.toString();
    }

    /** {@code "RxC"}. */
    static String shape(int rows, int cols) {
        return rows + "x" + cols;
    }
}
