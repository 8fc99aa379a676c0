package jnum.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a comma-separated reference file from the class path (plain fields, no quoting). */
public final class CsvResource {
    private CsvResource() {}

    /**
     * The rows of {@code resource} after its header line, each split at commas.
     *
     * @param resource an absolute class-path name, e.g. {@code "/reference/special/special.csv"}
     * @return the rows, in file order
     * @throws IllegalStateException if the resource is not on the class path
     */
    public static List<String[]> rows(String resource) {
        InputStream in = CsvResource.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("not on the class path: " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split(","));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
