package jnum.suites.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code .npy}/{@code .npz} fixtures written by NumPy (src-test resources io/npy, made by
 * make_fixtures.py there) and the values NumPy recorded for them in fixtures.txt.
 */
final class Fixtures {
    /** One line of fixtures.txt: values in C order, parsed from Python's repr. */
    record Row(String file, String descr, boolean fortran, int[] shape, double[] values) {}

    private Fixtures() {}

    static List<Row> rows() {
        List<Row> out = new ArrayList<>();
        for (String line : text("fixtures.txt").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            int[] shape = f[3].isEmpty()
                    ? new int[0]
                    : Arrays.stream(f[3].split(",")).mapToInt(Integer::parseInt).toArray();
            double[] values = f[4].isEmpty()
                    ? new double[0]
                    : Arrays.stream(f[4].split(" "))
                            .mapToDouble(Fixtures::python)
                            .toArray();
            out.add(new Row(f[0], f[1], f[2].equals("F"), shape, values));
        }
        return out;
    }

    /** Python's repr of a float: inf, -inf and nan spelled its way. */
    static double python(String s) {
        return switch (s) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(s);
        };
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String name) {
        return resource("/io/npy/" + name);
    }

    /** A test resource's bytes. */
    static byte[] resource(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a fixture into {@code dir} (the readers take paths). */
    static Path copy(String name, Path dir) {
        try {
            return Files.write(dir.resolve(name), bytes(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
