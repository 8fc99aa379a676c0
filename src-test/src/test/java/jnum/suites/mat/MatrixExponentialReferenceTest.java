package jnum.suites.mat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import jnum.mat.Dense;
import jnum.mat.Norm;
import jnum.testkit.Tolerance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Dense#exp()} against the exact exponential (mpmath at 60 digits) on the cases of
 * {@code reference/matfun/expm_reference.py} (its output, which also holds scipy.linalg.expm of
 * SciPy 1.17.1 for comparison, is next to it): random matrices with 1-norms
 * from 1e-3 to 200 (every Pade degree and the scaling path), symmetric, triangular, and the
 * non-normal examples on which a norm-based choice of scaling over-scales.
 *
 * <p>Tolerance: both results are exponentials of A perturbed by a relative backward error of
 * order {@code n u}; the relative forward error is at most that times the relative condition
 * number {@code kappa} of exp at A (SciPy's expm_cond, stored with each case), so the Frobenius
 * distance between the two is below {@code 30 n u max(1, kappa)} times {@code ||expm(A)||_F}.
 */
class MatrixExponentialReferenceTest {
    record Case(String name, int n, double kappa, double[] a, double[] scipy, double[] exact) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream in = MatrixExponentialReferenceTest.class.getResourceAsStream(
                        "/reference/matfun/expm_reference.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split(";");
                out.add(new Case(
                        f[0],
                        Integer.parseInt(f[1]),
                        Double.parseDouble(f[2]),
                        numbers(f[3]),
                        numbers(f[4]),
                        numbers(f[5])));
            }
        }
        assertTrue(out.size() >= 50, "cases read: " + out.size());
        return out.stream();
    }

    private static double[] numbers(String csv) {
        return Arrays.stream(csv.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    private static double relativeError(Dense x, Dense exact) {
        return x.minus(exact).norm(Norm.FROBENIUS) / exact.norm(Norm.FROBENIUS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void agreesWithScipyWithinTheConditionOfTheProblem(Case c) {
        int n = c.n();
        assertEquals(n * n, c.a().length, c.name());
        Dense a = Dense.of(n, n, c.a());
        Dense exact = Dense.of(n, n, c.exact());
        Dense x = a.exp();
        double rel = relativeError(x, exact);
        double scipy = relativeError(Dense.of(n, n, c.scipy()), exact);
        double tol = 30 * n * Tolerance.U * Math.max(1, c.kappa());
        assertTrue(rel <= tol, c.name() + ": relative error " + rel + " > " + tol + " (kappa " + c.kappa() + ")");
    }
}
