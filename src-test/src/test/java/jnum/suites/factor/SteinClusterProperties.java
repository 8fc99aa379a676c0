package jnum.suites.factor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import jnum.mat.Dense;
import jnum.mat.EigenSym;
import jnum.testkit.LapackConformance;
import jnum.testkit.MatrixGen;
import jnum.testkit.SymmetricEigenConformance;
import jnum.testkit.SymmetricEigenConformance.Symmetric;
import jnum.testkit.SymmetricEigenConformance.Tridiagonal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The subset path of {@link EigenSym} (bisection and inverse iteration) where inverse iteration
 * is hardest: clusters of eigenvalues whose gaps are 1e-10 .. 1e-14 relative (Wilkinson W+
 * matrices alone and glued, chosen clustered spectra {@code Q diag(w) Q^T}), graded matrices,
 * and subsets whose ends cut through a cluster. The vectors must meet dsyt21's residual and
 * orthonormality ratios ({@code ||A Z - Z W|| / (n eps ||A||)} and {@code ||Z^T Z - I|| / (n eps)}
 * below 30) whatever part of a cluster was asked for.
 */
class SteinClusterProperties {
    private static final String[] TRIDIAGONAL_FAMILIES = {"wilkinson", "gluedWilkinson", "cluster", "graded", "splits"};

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void tridiagonalRangesThroughClusters(long seed) {
        SplittableRandom rnd = new MatrixGen(seed).random();
        for (String family : TRIDIAGONAL_FAMILIES) {
            // W+ of odd order >= 21 has its top eigenvalues in pairs agreeing to about 1e-14
            int n = family.equals("wilkinson") ? 21 + 2 * rnd.nextInt(30) : 20 + rnd.nextInt(130);
            Tridiagonal t = SymmetricEigenConformance.deflationTridiagonal(rnd, family, n);
            // a range ending inside the top of the spectrum (where the W+ pairs are) or anywhere
            int to = rnd.nextBoolean() ? n - rnd.nextInt(Math.min(n, 6)) : 1 + rnd.nextInt(n);
            int from = Math.max(0, to - 1 - rnd.nextInt(Math.min(to, 12)));
            EigenSym part = EigenSym.ofTridiagonal(t.d(), t.e(), from, to);
            String ctx = family + " n=" + n + " [" + from + ", " + to + ") seed=" + seed;
            assertEquals(to - from, part.count(), ctx);
            SymmetricEigenConformance.assertSubsetEigenpairs(
                    t, part.values().toArray(), LapackConformance.values(part.vectors()), part.count(), ctx);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void denseSubsetsThroughClusters(long seed) {
        MatrixGen g = new MatrixGen(seed);
        SplittableRandom rnd = g.random();
        for (int trial = 0; trial < 3; trial++) {
            int n = 8 + rnd.nextInt(57);
            Symmetric s = trial == 0 ? SymmetricEigenConformance.symmetric(g, "graded", n) : clustered(g, rnd, n);
            Dense a = Dense.wrap(s.a().clone(), 0, n, n, n);
            String ctx = (trial == 0 ? "graded" : "clustered") + " n=" + n + " seed=" + seed;
            int k = 1 + rnd.nextInt(Math.min(n, 16));
            check(s, EigenSym.smallest(a, k), ctx + " smallest " + k);
            check(s, EigenSym.largest(a, k), ctx + " largest " + k);
            // an interval from the middle of one cluster to the middle of another
            double[] full = EigenSym.valuesOf(a).values().toArray();
            int i0 = rnd.nextInt(n);
            int i1 = Math.min(n - 1, i0 + rnd.nextInt(12));
            check(s, EigenSym.inInterval(a, full[i0], full[i1]), ctx + " interval [" + i0 + ", " + i1 + "]");
        }
    }

    /**
     * A spectrum of clusters: a few centres in [-1, 1], each with members spaced 1e-10 .. 1e-14
     * relative apart (one cluster may reach the matrix's whole order).
     */
    private static Symmetric clustered(MatrixGen g, SplittableRandom rnd, int n) {
        double[] w = new double[n];
        int i = 0;
        while (i < n) {
            double centre = 2 * rnd.nextDouble() - 1;
            double gap = Math.abs(centre) * Math.pow(10, -10 - 4 * rnd.nextDouble());
            int size = Math.min(n - i, 2 + rnd.nextInt(n));
            for (int c = 0; c < size; c++) {
                w[i++] = centre + c * gap * (1 + rnd.nextDouble());
            }
        }
        return SymmetricEigenConformance.withSpectrum(g, w);
    }

    private static void check(Symmetric s, EigenSym sub, String ctx) {
        double[] w = sub.values().toArray();
        SymmetricEigenConformance.assertAscending(w, ctx);
        if (w.length > 0) {
            SymmetricEigenConformance.assertDenseEigenpairs(
                    s.a(), s.n(), w, LapackConformance.values(sub.vectors()), w.length, ctx);
        }
    }
}
