package jnum.suites.eigen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jnum.mat.Complex;
import jnum.mat.Dense;
import jnum.mat.Eigen;
import jnum.testkit.CsvResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Eigen} on classic matrices whose eigenvalues were computed in high precision by others
 * (reference/dense/README.md): Hilbert, Pascal, Lehmer, Moler, Frank, Wilkinson W+ and W-, Rosser,
 * Kahan. Each reference eigenvalue must be matched by a computed one within the first-order bound
 * {@code 30 n eps ||A||_F cond(lambda)}, cond from the computed left and right vectors: tight for
 * the well-conditioned values, loose exactly where theory says the value is sensitive (Frank's
 * small eigenvalues, Kahan's clustered ones).
 */
class KnownSpectraTest {

    record Known(String name, int n, Dense a, Complex[] eigenvalues) {
        @Override
        public String toString() {
            return name + " " + n;
        }
    }

    static Stream<Arguments> matrices() {
        Map<String, List<String[]>> byMatrix = new LinkedHashMap<>();
        for (String[] row : CsvResource.rows("/reference/dense/known-spectra.csv")) {
            byMatrix.computeIfAbsent(row[0] + " " + row[1], k -> new ArrayList<>())
                    .add(row);
        }
        List<Arguments> out = new ArrayList<>();
        for (List<String[]> rows : byMatrix.values()) {
            int n = Integer.parseInt(rows.get(0)[1]);
            Dense a = Dense.zeros(n, n);
            List<Complex> eig = new ArrayList<>();
            for (String[] r : rows) {
                int k = Integer.parseInt(r[3]);
                if (r[2].equals("entry")) {
                    a.set(k / n, k % n, Double.parseDouble(r[4]));
                } else {
                    eig.add(new Complex(Double.parseDouble(r[4]), Double.parseDouble(r[5])));
                }
            }
            out.add(Arguments.of(new Known(rows.get(0)[0], n, a, eig.toArray(Complex[]::new))));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrices")
    void eigenvaluesWithinTheirConditionBound(Known m) {
        for (boolean balance : new boolean[] {true, false}) {
            Eigen e = Eigen.of(m.a(), Eigen.Options.defaults().withLeft(true).withBalance(balance));
            String ctx = m + " balance=" + balance;
            // the reference rounds to double: allow that half ulp on top of the bound
            double slack = 0;
            for (Complex z : m.eigenvalues()) {
                slack = Math.max(slack, Math.ulp(z.abs()));
            }
            EigenChecks.assertMatches(m.a(), e, m.eigenvalues(), slack, ctx);
            EigenChecks.assertEigenpairs(m.a(), e, ctx);
        }
    }

    /** Kahan's matrices are upper triangular: their eigenvalues are exactly the diagonal. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("matrices")
    void triangularMatricesGiveTheirDiagonalExactly(Known m) {
        if (!m.name().equals("kahan")) {
            return;
        }
        double[] diag = new double[m.n()];
        for (int i = 0; i < m.n(); i++) {
            diag[i] = m.a().get(i, i);
        }
        Arrays.sort(diag);
        for (boolean balance : new boolean[] {true, false}) {
            Eigen e = Eigen.of(m.a(), Eigen.Options.valuesOnly().withBalance(balance));
            double[] re = e.real();
            Arrays.sort(re);
            assertArrayEquals(diag, re, m + " balance=" + balance);
            assertEquals(0, Arrays.stream(e.imag()).filter(v -> v != 0).count());
        }
    }
}
