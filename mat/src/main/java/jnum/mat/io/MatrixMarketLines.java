package jnum.mat.io;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * The text of a Matrix Market file after its banner, as both layouts read it: content lines
 * (neither blank nor {@code %} comments) with their 1-based numbers, and the parsing of sizes and
 * entries with errors that name the line and column.
 */
final class MatrixMarketLines {

    private final String source;
    private final BufferedReader in;
    private long line = 1;

    /** Reads {@code in}, whose banner (line 1) has been consumed. */
    MatrixMarketLines(String source, BufferedReader in) {
        this.source = source;
        this.in = in;
    }

    /** The number of the last line read. */
    long line() {
        return line;
    }

    /** The next line that is neither a comment nor blank, or null at the end. */
    String next() throws IOException {
        String l;
        while ((l = in.readLine()) != null) {
            line++;
            if (!l.isBlank() && !l.startsWith("%")) {
                return l;
            }
        }
        return null;
    }

    /** A format error at the current line and {@code column}. */
    FormatException error(long column, String reason) {
        return FormatException.atLine(source, line, column, reason);
    }

    /**
     * A size of the size line: a non-negative integer, capped at {@code 2^31} (larger than any
     * Java array, so that products of two sizes cannot overflow and every cap check still fails).
     */
    long size(String s, String what) {
        try {
            long d = Long.parseLong(s);
            if (d >= 0) {
                return Math.min(d, 1L << 31);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(1, what + " \"" + s + "\" is not a non-negative integer");
    }

    /**
     * An entry's value: a decimal number, which must be integral in an {@code integer} file.
     *
     * @param text the line it stands on, to find its column
     * @param what the entry, for the message (e.g. {@code "entry 7"})
     */
    double value(String s, String text, boolean integer, String what) {
        try {
            double x = Decimals.parse(s);
            if (integer && (x != Math.rint(x) || Double.isInfinite(x))) {
                throw error(column(text, s), what + ": \"" + s + "\" is not an integer in an 'integer' file");
            }
            return x;
        } catch (NumberFormatException e) {
            throw error(column(text, s), what + ": \"" + s + "\" is not a number");
        }
    }

    /** The 1-based column of {@code token} in {@code text} (1 when it cannot be found). */
    static int column(String text, String token) {
        int c = text == null ? -1 : text.indexOf(token);
        return c < 0 ? 1 : c + 1;
    }
}
