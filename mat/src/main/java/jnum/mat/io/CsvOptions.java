package jnum.mat.io;

import java.util.Objects;
import java.util.Set;
import java.util.function.DoubleFunction;

/**
 * How {@link Csv} reads and writes delimited text. Immutable; each {@code with...} method returns
 * a changed copy. {@link #DEFAULT}: comma-delimited, {@code "} quotes (RFC 4180), {@code #}
 * comment lines, header row detected ({@link Header#AUTO}), the missing-value markers
 * {@code ""}, {@code NA}, {@code N/A}, {@code NaN} and {@code nan}, blanks around unquoted fields
 * ignored, numbers written as {@link Double#toString(double)} (the shortest text that reads back
 * to the same double).
 *
 * @param delimiter the field separator (not a line break, not the quote)
 * @param quote the quote character of RFC 4180: a quoted field may hold delimiters, line breaks and
 *     doubled quotes
 * @param comment lines whose first character is this one are skipped; {@code '\0'} for none
 * @param header whether the first row holds column names
 * @param missing field texts read as NaN (compared after trimming)
 * @param trim whether spaces and tabs around unquoted fields are ignored (never when the delimiter
 *     is itself a space or tab)
 * @param numberFormat how {@link Csv#write} turns a double into text
 */
public record CsvOptions(
        char delimiter,
        char quote,
        char comment,
        Header header,
        Set<String> missing,
        boolean trim,
        DoubleFunction<String> numberFormat) {

    /** Whether the first row holds column names. */
    public enum Header {
        /**
         * The first row is a header if none of its fields is a number or a missing-value marker,
         * data if all are; a first row mixing both is rejected as ambiguous.
         */
        AUTO,
        /** The first row holds the column names. */
        PRESENT,
        /** Every row is data. */
        ABSENT
    }

    /** The defaults described above. */
    public static final CsvOptions DEFAULT =
            new CsvOptions(',', '"', '#', Header.AUTO, Set.of("", "NA", "N/A", "NaN", "nan"), true, Double::toString);

    /**
     * Checks the options.
     *
     * @throws IllegalArgumentException if the delimiter, quote or comment character is a line break,
     *     or two of them coincide
     * @throws NullPointerException if {@code header}, {@code missing} or {@code numberFormat} is null
     */
    public CsvOptions {
        Objects.requireNonNull(header, "CsvOptions: header is null");
        Objects.requireNonNull(numberFormat, "CsvOptions: numberFormat is null");
        missing = Set.copyOf(Objects.requireNonNull(missing, "CsvOptions: missing is null"));
        for (char c : new char[] {delimiter, quote, comment}) {
            if (c == '\n' || c == '\r') {
                throw new IllegalArgumentException("CsvOptions: a line break cannot be a delimiter, quote or comment");
            }
        }
        if (delimiter == quote || delimiter == comment || (quote == comment && comment != '\0')) {
            throw new IllegalArgumentException("CsvOptions: delimiter '" + delimiter + "', quote '" + quote
                    + "' and comment '" + comment + "' must differ");
        }
        if (delimiter > 127 || quote > 127 || comment > 127) {
            throw new IllegalArgumentException("CsvOptions: delimiter, quote and comment must be ASCII");
        }
    }

    /** These options with another field separator, e.g. {@code '\t'} or {@code ';'}. */
    public CsvOptions withDelimiter(char c) {
        return new CsvOptions(c, quote, comment, header, missing, trim, numberFormat);
    }

    /** These options with another quote character. */
    public CsvOptions withQuote(char c) {
        return new CsvOptions(delimiter, c, comment, header, missing, trim, numberFormat);
    }

    /** These options with another comment character; {@code '\0'} for no comment lines. */
    public CsvOptions withComment(char c) {
        return new CsvOptions(delimiter, quote, c, header, missing, trim, numberFormat);
    }

    /** These options with another header rule. */
    public CsvOptions withHeader(Header h) {
        return new CsvOptions(delimiter, quote, comment, h, missing, trim, numberFormat);
    }

    /** These options with another set of missing-value markers (read as NaN). */
    public CsvOptions withMissing(Set<String> markers) {
        return new CsvOptions(delimiter, quote, comment, header, markers, trim, numberFormat);
    }

    /** These options with blanks around unquoted fields ignored or not. */
    public CsvOptions withTrim(boolean t) {
        return new CsvOptions(delimiter, quote, comment, header, missing, t, numberFormat);
    }

    /** These options with another number format for writing, e.g. {@code x -> String.format("%.6g", x)}. */
    public CsvOptions withNumberFormat(DoubleFunction<String> f) {
        return new CsvOptions(delimiter, quote, comment, header, missing, trim, f);
    }
}
