package jnum.mat.io;

import java.util.Locale;

/**
 * The banner of a Matrix Market file, {@code %%MatrixMarket matrix <format> <field> <symmetry>}:
 * what a reader needs to pick the right layout (dense {@code array} or sparse {@code coordinate})
 * and how to fill it.
 *
 * @param format {@code "array"} (dense, column-major) or {@code "coordinate"} (sparse triplets)
 * @param field {@code "real"}, {@code "integer"}, {@code "complex"} or {@code "pattern"}
 * @param symmetry {@code "general"}, {@code "symmetric"}, {@code "skew-symmetric"} or
 *     {@code "hermitian"}
 */
public record MatrixMarketHeader(String format, String field, String symmetry) {
    /**
     * Parses a banner line (case-insensitive, as the format allows).
     *
     * @throws FormatException if the line is not a Matrix Market banner of a matrix
     */
    static MatrixMarketHeader parse(String source, String line) {
        String[] t = line.strip().split("\\s+");
        if (t.length != 5 || !t[0].equals("%%MatrixMarket")) {
            throw FormatException.atLine(
                    source,
                    1,
                    1,
                    "not a Matrix Market banner: expected '%%MatrixMarket matrix <format> <field> <symmetry>'");
        }
        String object = t[1].toLowerCase(Locale.ROOT);
        String format = t[2].toLowerCase(Locale.ROOT);
        String field = t[3].toLowerCase(Locale.ROOT);
        String symmetry = t[4].toLowerCase(Locale.ROOT);
        if (!object.equals("matrix")) {
            throw FormatException.atLine(source, 1, 1, "object '" + t[1] + "': only 'matrix' is defined");
        }
        if (!format.equals("array") && !format.equals("coordinate")) {
            throw FormatException.atLine(source, 1, 1, "format '" + t[2] + "': 'array' or 'coordinate'");
        }
        if (!field.matches("real|integer|complex|pattern")) {
            throw FormatException.atLine(source, 1, 1, "field '" + t[3] + "': real, integer, complex or pattern");
        }
        if (!symmetry.matches("general|symmetric|skew-symmetric|hermitian")) {
            throw FormatException.atLine(
                    source, 1, 1, "symmetry '" + t[4] + "': general, symmetric, skew-symmetric or hermitian");
        }
        return new MatrixMarketHeader(format, field, symmetry);
    }
}
