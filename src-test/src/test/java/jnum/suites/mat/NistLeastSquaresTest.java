package jnum.suites.mat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jnum.mat.Dense;
import jnum.mat.QR;
import jnum.mat.Vec;
import jnum.testkit.Tolerance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Least squares by {@link QR#solve(Vec)} (and {@link jnum.mat.PivotedQR#solve(Vec)}) against NIST's
 * certified coefficients for its linear regression reference data sets (test resources
 * {@code reference/nist-linear}).
 *
 * <p>Bound (Higham, <i>Accuracy and Stability</i>, Thm 20.1, with Householder QR's columnwise
 * backward error {@code e = 30 max(m, n) u} per column): with D the column 2-norms of A and {@code
 * k = cond_2(A D^-1)} (NumPy, stored beside the data), {@code ||D (x - x*)|| / ||D x*|| <= k e (2 +
 * (k + 1) ||r|| / (||A D^-1|| ||D x*||)) / (1 - k e)}.
 */
class NistLeastSquaresTest {
    private static final Pattern CERTIFIED = Pattern.compile("^\\s+B(\\d+)\\s+(\\S+)\\s+\\S+\\s*$");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Norris, true, 1",
        "Pontius, true, 2",
        "NoInt1, false, 1",
        "NoInt2, false, 1",
        "Longley, true, 0",
        "Wampler1, true, 5",
        "Wampler2, true, 5",
        "Wampler3, true, 5"
    })
    void qrMatchesTheCertifiedCoefficients(String name, boolean intercept, int degree) throws IOException {
        List<String> lines = read(name + ".dat");
        List<Double> certified = new ArrayList<>();
        int dataStart = -1;
        for (int i = 0; i < lines.size(); i++) {
            Matcher mt = CERTIFIED.matcher(lines.get(i));
            if (mt.matches() && certified.size() == Integer.parseInt(mt.group(1)) - (intercept ? 0 : 1)) {
                certified.add(Double.parseDouble(mt.group(2)));
            }
            if (lines.get(i).startsWith("Data:")) {
                dataStart = i + 1;
            }
        }
        List<double[]> rows = new ArrayList<>();
        for (String l : lines.subList(dataStart, lines.size())) {
            if (!l.isBlank()) {
                String[] f = l.trim().split("\\s+");
                double[] r = new double[f.length];
                for (int k = 0; k < f.length; k++) {
                    r[k] = Double.parseDouble(f[k]);
                }
                rows.add(r);
            }
        }
        int m = rows.size();
        int p = certified.size();
        Dense a = Dense.zeros(m, p);
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            double[] r = rows.get(i);
            y[i] = r[0];
            int c = 0;
            if (intercept) {
                a.set(i, c++, 1);
            }
            if (degree > 0) {
                for (int d = 1; d <= degree; d++) {
                    a.set(i, c++, Math.pow(r[1], d));
                }
            } else {
                for (int k = 1; k < r.length; k++) {
                    a.set(i, c++, r[k]);
                }
            }
            assertEquals(p, c, name + ": model columns");
        }
        Vec b = Vec.of(y);
        double[] xStar = certified.stream().mapToDouble(Double::doubleValue).toArray();
        double[] cond = condition(name);
        check(name + " QR", a, b, xStar, QR.of(a).solve(b), cond);
        check(name + " pivoted QR", a, b, xStar, QR.pivoted(a).solve(b), cond);
    }

    private static void check(String what, Dense a, Vec b, double[] xStar, Vec x, double[] cond) {
        int m = a.rows();
        int p = a.cols();
        double kappa = cond[0];
        double normScaled = cond[1];
        double e = 30 * Math.max(m, p) * Tolerance.U;
        double err = 0;
        double ref = 0;
        for (int j = 0; j < p; j++) {
            double d = a.column(j).norm2();
            err += Math.pow(d * (x.get(j) - xStar[j]), 2);
            ref += Math.pow(d * xStar[j], 2);
        }
        double residual = b.minus(a.times(Vec.of(xStar))).norm2();
        double rel = Math.sqrt(err) / Math.sqrt(ref);
        assertTrue(kappa * e < 0.5, what + ": the bound needs k e < 1");
        double bound = kappa * e * (2 + (kappa + 1) * residual / (normScaled * Math.sqrt(ref))) / (1 - kappa * e);
        assertTrue(rel <= bound, what + ": ||D (x - x*)|| / ||D x*|| = " + rel + " > " + bound);
    }

    private static double[] condition(String name) throws IOException {
        for (String l : read("condition.csv")) {
            String[] f = l.split(",");
            if (f[0].equals(name)) {
                return new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])};
            }
        }
        throw new AssertionError("no condition number for " + name);
    }

    private static List<String> read(String file) throws IOException {
        InputStream in = NistLeastSquaresTest.class.getResourceAsStream("/reference/nist-linear/" + file);
        assertNotNull(in, file);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            return r.lines().toList();
        }
    }
}
