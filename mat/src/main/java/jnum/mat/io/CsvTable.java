package jnum.mat.io;

import java.util.List;
import java.util.Objects;
import jnum.mat.Dense;

/**
 * A numeric table read from delimited text: the values and the column names of its header row.
 *
 * @param columnNames the names of the header row, or an empty list if the text has none
 * @param data the values, one matrix row per text row
 */
public record CsvTable(List<String> columnNames, Dense data) {
    /**
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if there are names but not one per column
     */
    public CsvTable {
        columnNames = List.copyOf(Objects.requireNonNull(columnNames, "CsvTable: columnNames is null"));
        Objects.requireNonNull(data, "CsvTable: data is null");
        if (!columnNames.isEmpty() && columnNames.size() != data.cols()) {
            throw new IllegalArgumentException(
                    "CsvTable: " + columnNames.size() + " names for " + data.cols() + " columns");
        }
    }

    /**
     * The column of the given name, as a copy.
     *
     * @throws IllegalArgumentException if no column has that name
     */
    public double[] column(String name) {
        int j = columnNames.indexOf(name);
        if (j < 0) {
            throw new IllegalArgumentException("column: no column named \"" + name + "\" in " + columnNames);
        }
        return data.column(j).toArray();
    }
}
