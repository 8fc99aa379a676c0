package jnum.spark;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import org.apache.spark.sql.Row;

/**
 * Named numeric columns of the rows an aggregator reads: resolves the names to positions on the
 * first row (rows of a {@code Dataset<Row>} carry their schema) and reads the values as doubles.
 */
final class RowColumns implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String op;
    private final String[] names;
    /** Positions of the names in the rows, resolved on the first row each task sees. */
    private transient int[] index;

    RowColumns(String op, String... names) {
        Objects.requireNonNull(names, op + ": columns is null");
        if (names.length == 0) {
            throw new IllegalArgumentException(op + ": needs at least one column");
        }
        for (int j = 0; j < names.length; j++) {
            Objects.requireNonNull(names[j], op + ": column " + j + " is null");
        }
        this.op = op;
        this.names = names.clone();
    }

    int size() {
        return names.length;
    }

    String[] names() {
        return names.clone();
    }

    /**
     * Reads the columns of {@code row} into {@code out[off + j * stride]}; false, leaving the row
     * out, when one of them is SQL NULL.
     *
     * @throws IllegalArgumentException if a column is missing or not numeric
     */
    boolean read(Row row, double[] out, int off, int stride) {
        int[] at = positions(row);
        for (int j = 0; j < at.length; j++) {
            if (row.isNullAt(at[j])) {
                return false;
            }
        }
        for (int j = 0; j < at.length; j++) {
            out[off + j * stride] = value(row, at[j], j);
        }
        return true;
    }

    private double value(Row row, int at, int j) {
        Object v = row.get(at);
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException(
                op + ": column " + names[j] + " holds " + v.getClass().getName() + ", not a number");
    }

    private int[] positions(Row row) {
        int[] at = index;
        if (at == null) {
            at = new int[names.length];
            for (int j = 0; j < names.length; j++) {
                try {
                    at[j] = row.fieldIndex(names[j]);
                } catch (IllegalArgumentException | UnsupportedOperationException e) {
                    throw new IllegalArgumentException(
                            op + ": no column " + names[j] + " among " + Arrays.toString(schemaNames(row)), e);
                }
            }
            index = at;
        }
        return at;
    }

    private static String[] schemaNames(Row row) {
        return row.schema() == null ? new String[0] : row.schema().fieldNames();
    }
}
