package jnum.suites.eigen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** Condition numbers of Frank's eigenvalues by ascending value, from SciPy 1.17 (dgeev vectors). */
    static final Map<Integer, double[]> FRANK_KAPPA = Map.of(
            6,
            new double[] {
                43.52124194431799,
                56.695353993326975,
                15.32552609333448,
                2.0411571303326768,
                1.356050932567912,
                1.3058900160280777
            },
            12,
            new double[] {
                18283401.9050097, 38773747.26279258, 26645721.01133444, 6701422.281979117, 560310.151463219,
                14466.783914455178, 216.1433413931765, 6.92199409260456, 1.7109413997751288, 3.1424208558544677,
                4.980319343431817, 3.2868697923852737
            });

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

    /**
     * The condition numbers. For a symmetric matrix x_j = y_j exactly, so kappa_j = 1; the computed
     * vectors are off by angles {@code theta <= 30 n eps ||A||_F / gap_j}, which makes
     * {@code kappa_j - 1} at most about {@code 4 theta^2} (plus rounding). For Frank's matrix they
     * match those of SciPy 1.17 ({@code scipy.linalg.eig(F, left=True, right=True)}, LAPACK's dgeev;
     * {@link #FRANK_KAPPA}, by ascending eigenvalue) to within their own first-order error
     * {@code 30 n eps ||F||_F kappa_j} (relative): the small eigenvalues are the sensitive ones.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("matrices")
    void conditionNumbersFollowTheory(Known m) {
        Eigen e = Eigen.of(m.a(), Eigen.Options.defaults().withLeft(true).withBalance(false));
        double[] kappa = e.conditionNumbers();
        double[] re = e.real();
        int n = m.n();
        boolean symmetric = m.a().equals(m.a().t());
        double fro = EigenChecks.frobenius(m.a());
        for (int j = 0; j < n; j++) {
            assertEquals(EigenChecks.condition(e, j), kappa[j], 1e-12 * kappa[j], m + " kappa " + j);
            if (symmetric) {
                double gap = Double.POSITIVE_INFINITY;
                for (int k = 0; k < n; k++) {
                    gap = k == j ? gap : Math.min(gap, Math.abs(re[k] - re[j]));
                }
                double theta = 30 * n * EigenChecks.EPS * fro / gap;
                if (theta < 0.1) {
                    assertTrue(
                            Math.abs(kappa[j] - 1) <= 4 * theta * theta + 30 * n * EigenChecks.EPS,
                            m + " kappa " + j + " = " + kappa[j] + ", theta " + theta);
                }
            }
        }
        if (m.name().equals("frank")) {
            double[] ref = FRANK_KAPPA.get(n);
            Integer[] order = new Integer[n];
            for (int j = 0; j < n; j++) {
                order[j] = j;
            }
            Arrays.sort(order, (p, q) -> Double.compare(re[p], re[q]));
            for (int k = 0; k < n; k++) {
                double got = kappa[order[k]];
                double tol = 30 * n * EigenChecks.EPS * fro * ref[k];
                assertEquals(ref[k], got, tol * ref[k], m + " kappa of eigenvalue " + re[order[k]]);
            }
        }
    }
}
