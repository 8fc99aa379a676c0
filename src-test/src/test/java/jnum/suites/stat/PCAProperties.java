package jnum.suites.stat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import jnum.mat.Dense;
import jnum.mat.Norm;
import jnum.mat.Vec;
import jnum.stat.Correlation;
import jnum.stat.PCA;
import jnum.stat.Stats;
import jnum.testkit.Tolerance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of {@link PCA} over seeded random data (n from p + 2 to 80 rows, p from 2 to 8
 * columns of units 1e-2 to 1e2 and offsets up to 1e3): the axes are orthonormal eigenvectors of the
 * sample covariance with the explained variances as eigenvalues, which sum to its trace; the scores
 * are the centred data times the axes; transform and inverse transform; unit weights, integer
 * weights against repeated rows, invariance of the standardized analysis to column units; the sign
 * rule.
 *
 * <p>Bounds from the backward error of the SVD: the computed factors are exact for {@code Z + E} with
 * {@code ||E|| <= c N u ||Z||}, {@code N = max(n, p)}, c = 30 as in LAPACK's tests; fits of the same
 * data computed differently also differ in the rounding of the centring (see {@link #perturbation}).
 * A perturbation of norm e moves a variance {@code s_j^2 / (W - 1)} by at most {@code (2 s_0 e +
 * e^2) / (W - 1)}, and axis j (Wedin's theorem) by an angle of at most {@code e / gap_j}, gap_j the
 * distance from s_j to the other singular values.
 */
class PCAProperties {
    static final double C = 30;

    /** Seeded data: Gaussian columns mixed by a random matrix, then scaled and offset per column. */
    static Dense data(SplittableRandom r, int n, int p) {
        Dense mix = Dense.zeros(p, p);
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                mix.set(i, j, r.nextGaussian() * (i == j ? 3 : 1));
            }
        }
        Dense g = Dense.zeros(n, p);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                g.set(i, j, r.nextGaussian());
            }
        }
        Dense x = g.times(mix);
        for (int j = 0; j < p; j++) {
            double unit = Math.pow(10, r.nextDouble(-2, 2));
            double offset = r.nextDouble(-1e3, 1e3);
            for (int i = 0; i < n; i++) {
                x.set(i, j, unit * x.get(i, j) + offset);
            }
        }
        return x;
    }

    static Dense data(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int p = 2 + r.nextInt(7);
        return data(r, p + 2 + r.nextInt(80 - p - 1), p);
    }

    /** The data centred by {@link Stats#means} (and divided by the given column scales). */
    static Dense centred(Dense x, Vec scale) {
        Vec m = Stats.means(x);
        Dense z = Dense.zeros(x.rows(), x.cols());
        for (int i = 0; i < x.rows(); i++) {
            for (int j = 0; j < x.cols(); j++) {
                z.set(i, j, (x.get(i, j) - m.get(j)) / scale.get(j));
            }
        }
        return z;
    }

    /** Distance from s_j to the nearest other singular value. */
    static double gap(Vec s, int j) {
        double g = Double.POSITIVE_INFINITY;
        for (int i = 0; i < s.length(); i++) {
            if (i != j) {
                g = Math.min(g, Math.abs(s.get(i) - s.get(j)));
            }
        }
        return g;
    }

    /**
     * The bound on the backward perturbation of {@code W^1/2 Z} that separates two fits of the same
     * data computed differently: {@code 2 c N u (||W^1/2 Z||_F + sqrt(W) ||m D^-1||_2)}. The first
     * term is the SVD's; the second the centring's, since a rounding of the data or of the mean
     * moves {@code z_ij} by {@code u |x_ij| / d_j}, which is large beside the variance when the
     * offset is large (the conditioning of a variance, {@code |m| / sd}).
     */
    static double perturbation(PCA f, double weightTotal, int bigN) {
        double offset = 0;
        for (int j = 0; j < f.variables(); j++) {
            double r = f.mean().get(j) / f.scale().get(j);
            offset += r * r;
        }
        double z = Math.sqrt(f.totalVariance() * (weightTotal - 1));
        return 2 * C * bigN * Tolerance.EPS * (z + Math.sqrt(weightTotal * offset));
    }

    /**
     * Asserts that the first {@code k} columns of a and b are the same axes up to sign: a perturbation
     * e of norm {@code e} turns axis j by at most {@code e / gap_j} (Wedin), a chord of at most twice
     * that.
     */
    static void assertSameAxes(Dense a, Dense b, Vec s, int k, double e, String what) {
        for (int j = 0; j < k; j++) {
            double dot = 0;
            for (int i = 0; i < a.rows(); i++) {
                dot += a.get(i, j) * b.get(i, j);
            }
            double sign = dot < 0 ? -1 : 1;
            double bound = 2 * e / gap(s, j);
            for (int i = 0; i < a.rows(); i++) {
                Tolerance.assertWithin(a.get(i, j), sign * b.get(i, j), bound, what + " axis " + j + " entry " + i);
            }
        }
    }

    /**
     * Asserts equal variances: a perturbation of norm e moves each singular value by at most e, so
     * {@code s_j^2 / (W - 1)} by at most {@code (2 s_j e + e^2) / (W - 1)}: relative to itself, not
     * to the largest variance.
     */
    static void assertSameVariances(Vec a, Vec b, Vec s, double e, String what) {
        double perUnit = b.get(0) / (s.get(0) * s.get(0)); // 1 / (W - 1)
        for (int j = 0; j < b.length(); j++) {
            double bound = (2 * s.get(j) * e + e * e) * perUnit;
            Tolerance.assertWithin(a.get(j), b.get(j), bound, what + " variance " + j);
        }
    }

    static double maxAbsDiff(Dense a, Dense b) {
        return a.minus(b).norm(Norm.MAX);
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void axesAreOrthonormalEigenvectorsOfTheCovariance(long seed) {
        Dense x = data(seed);
        int n = x.rows();
        int p = x.cols();
        int bigN = Math.max(n, p);
        PCA pca = PCA.fit(x);
        Dense v = pca.components();
        assertEquals(p, v.rows());
        assertEquals(Math.min(n, p), v.cols());
        double orth = maxAbsDiff(v.t().times(v), Dense.identity(v.cols()));
        assertTrue(orth <= C * bigN * Tolerance.EPS, "||V^T V - I|| = " + orth);
        Dense cov = Correlation.covariance(x);
        double trace = cov.trace();
        Vec ev = pca.explainedVariance();
        for (int j = 0; j < v.cols(); j++) {
            Vec vj = v.column(j);
            double res = cov.times(vj).minus(vj.scale(ev.get(j))).norm2();
            assertTrue(res <= C * bigN * Tolerance.EPS * trace, "||C v - lambda v|| = " + res + " axis " + j);
            if (j > 0) {
                assertTrue(ev.get(j) <= ev.get(j - 1), "variances descend");
            }
        }
        double sum = 0;
        for (int j = 0; j < ev.length(); j++) {
            sum += ev.get(j);
        }
        Tolerance.assertWithin(sum, trace, C * bigN * Tolerance.EPS * trace, "sum of variances vs trace");
        Tolerance.assertWithin(pca.totalVariance(), trace, C * bigN * Tolerance.EPS * trace, "total variance");
        Vec ratio = pca.explainedVarianceRatio();
        for (int j = 0; j < ev.length(); j++) {
            Tolerance.assertWithin(ratio.get(j), ev.get(j) / trace, C * bigN * Tolerance.EPS, "ratio " + j);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void scoresAreCentredDataTimesAxesAndTransformInverts(long seed) {
        Dense x = data(seed);
        int bigN = Math.max(x.rows(), x.cols());
        boolean standardize = seed % 2 == 0;
        PCA pca = PCA.fit(x, PCA.Options.defaults().withStandardize(standardize));
        Vec scale = standardize ? Stats.stdDevs(x) : pca.scale();
        if (!standardize) {
            for (int j = 0; j < x.cols(); j++) {
                assertEquals(1.0, scale.get(j), "scale without standardizing");
            }
        }
        Dense z = centred(x, scale);
        double zNorm = z.norm(Norm.FROBENIUS);
        double tol = C * bigN * Tolerance.EPS * zNorm;
        Dense scores = pca.scores();
        double d = maxAbsDiff(scores, z.times(pca.components()));
        assertTrue(d <= tol, "scores vs Z V: " + d + " > " + tol);
        d = maxAbsDiff(pca.transform(x), scores);
        assertTrue(d <= tol, "transform(data) vs scores: " + d + " > " + tol);
        Dense back = pca.inverseTransform(scores);
        double meanMax = pca.mean().normInf();
        double scaleMax = pca.scale().normInf();
        double tolBack = C * bigN * Tolerance.EPS * (meanMax + scaleMax * zNorm);
        d = maxAbsDiff(back, x);
        assertTrue(d <= tolBack, "inverseTransform(scores) vs data: " + d + " > " + tolBack);
        PCA rowMajor = PCA.fit(x.toArray(), PCA.Options.defaults().withStandardize(standardize));
        assertEquals(pca.explainedVariance(), rowMajor.explainedVariance(), "fit of the row-major array");
        PCA two = PCA.fit(x, PCA.Options.defaults().withStandardize(standardize).withComponents(2));
        assertEquals(2, two.componentCount());
        assertEquals(2, two.transform(x.slice(0, 3, 0, x.cols())).cols());
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void signRuleMakesTheLargestEntryPositive(long seed) {
        Dense v = PCA.fit(data(seed), PCA.Options.defaults().withStandardize(seed % 3 == 0))
                .components();
        for (int j = 0; j < v.cols(); j++) {
            int at = 0;
            for (int i = 1; i < v.rows(); i++) {
                if (Math.abs(v.get(i, j)) > Math.abs(v.get(at, j))) {
                    at = i;
                }
            }
            assertTrue(v.get(at, j) > 0, "axis " + j + " has its largest entry " + v.get(at, j));
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void unitWeightsEqualNoWeights(long seed) {
        Dense x = data(seed);
        int bigN = Math.max(x.rows(), x.cols());
        boolean standardize = seed % 2 == 1;
        PCA plain = PCA.fit(x, PCA.Options.defaults().withStandardize(standardize));
        double[] ones = new double[x.rows()];
        java.util.Arrays.fill(ones, 1);
        PCA unit =
                PCA.fit(x, PCA.Options.defaults().withStandardize(standardize).withWeights(Vec.of(ones)));
        double e = perturbation(plain, x.rows(), bigN);
        Vec s = plain.singularValues();
        assertSameVariances(unit.explainedVariance(), plain.explainedVariance(), s, e, "unit weights");
        int rank = Math.min(x.rows() - 1, x.cols());
        assertSameAxes(unit.components(), plain.components(), s, rank, e, "unit weights");
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void integerWeightsEqualRepeatedRows(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int p = 2 + r.nextInt(5);
        int n = p + 2 + r.nextInt(30);
        Dense x = data(r, n, p);
        double[] w = new double[n];
        int total = 0;
        for (int i = 0; i < n; i++) {
            w[i] = r.nextInt(4);
            total += (int) w[i];
        }
        w[0] = w[0] == 0 ? 1 : w[0]; // at least p + 2 repeated rows
        w[1] = 3;
        total = 0;
        for (double wi : w) {
            total += (int) wi;
        }
        Dense rep = Dense.zeros(total, p);
        int row = 0;
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < w[i]; c++, row++) {
                for (int j = 0; j < p; j++) {
                    rep.set(row, j, x.get(i, j));
                }
            }
        }
        boolean standardize = r.nextBoolean();
        int k = Math.min(Math.min(n, total), p);
        PCA.Options o = PCA.Options.defaults().withStandardize(standardize).withComponents(k);
        PCA weighted = PCA.fit(x, o.withWeights(Vec.of(w)));
        PCA repeated = PCA.fit(rep, o);
        int bigN = Math.max(total, Math.max(n, p));
        double e = perturbation(repeated, total, bigN);
        Vec s = repeated.singularValues();
        assertSameVariances(weighted.explainedVariance(), repeated.explainedVariance(), s, e, "integer weights");
        int distinct = 0;
        for (double wi : w) {
            distinct += wi > 0 ? 1 : 0;
        }
        int rank = Math.min(Math.min(distinct - 1, p), k);
        assertSameAxes(weighted.components(), repeated.components(), s, rank, e, "integer weights");
        for (int j = 0; j < p; j++) {
            // a mean is accurate to c N u max |x|, a standard deviation to c N u kappa relative
            double mTol = C * bigN * Tolerance.EPS * rep.column(j).normInf();
            Tolerance.assertWithin(weighted.mean().get(j), repeated.mean().get(j), mTol, "mean " + j);
            double kappa = rep.column(j).norm2()
                    / (Math.sqrt(total - 1.0) * repeated.scale().get(j));
            Tolerance.assertRelative(
                    weighted.scale().get(j), repeated.scale().get(j), C * bigN * Tolerance.EPS * kappa, "scale " + j);
        }
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void standardizedAnalysisIgnoresColumnUnits(long seed) {
        Dense x = data(seed);
        int n = x.rows();
        int p = x.cols();
        int bigN = Math.max(n, p);
        SplittableRandom r = new SplittableRandom(seed ^ 0x5A5A);
        double[] d = new double[p];
        Dense y = x.copy();
        for (int j = 0; j < p; j++) {
            d[j] = Math.pow(10, r.nextDouble(-3, 3));
            for (int i = 0; i < n; i++) {
                y.set(i, j, x.get(i, j) * d[j]);
            }
        }
        PCA.Options o = PCA.Options.defaults().withStandardize(true);
        PCA a = PCA.fit(x, o);
        PCA b = PCA.fit(y, o);
        for (int j = 0; j < p; j++) {
            // the condition number of a standard deviation under relative changes of the data
            double kappa = x.column(j).norm2() / (Math.sqrt(n - 1.0) * a.scale().get(j));
            Tolerance.assertRelative(
                    b.scale().get(j), a.scale().get(j) * d[j], C * bigN * Tolerance.EPS * kappa, "scale " + j);
        }
        Tolerance.assertWithin(
                a.totalVariance(), p, C * bigN * Tolerance.EPS * p, "total variance of standardized data");
        double e = perturbation(a, n, bigN);
        Vec s = a.singularValues();
        assertSameVariances(b.explainedVariance(), a.explainedVariance(), s, e, "rescaled columns");
        int rank = Math.min(n - 1, p);
        assertSameAxes(b.components(), a.components(), s, rank, e, "rescaled columns");
    }
}
