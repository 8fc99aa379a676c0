package jnum.suites.distribution;

import static jnum.testkit.ContinuousDistributionChecks.assertRejectsNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import jnum.stat.distribution.Bernoulli;
import jnum.stat.distribution.Beta;
import jnum.stat.distribution.Binomial;
import jnum.stat.distribution.Categorical;
import jnum.stat.distribution.Cauchy;
import jnum.stat.distribution.Chi;
import jnum.stat.distribution.ChiSquared;
import jnum.stat.distribution.ContinuousDistribution;
import jnum.stat.distribution.Dirichlet;
import jnum.stat.distribution.DiscreteDistribution;
import jnum.stat.distribution.DiscreteUniform;
import jnum.stat.distribution.Exponential;
import jnum.stat.distribution.F;
import jnum.stat.distribution.Gamma;
import jnum.stat.distribution.Geometric;
import jnum.stat.distribution.Gumbel;
import jnum.stat.distribution.Hypergeometric;
import jnum.stat.distribution.InverseGamma;
import jnum.stat.distribution.Laplace;
import jnum.stat.distribution.LogNormal;
import jnum.stat.distribution.Logistic;
import jnum.stat.distribution.Multinomial;
import jnum.stat.distribution.MultivariateDistribution;
import jnum.stat.distribution.MultivariateNormal;
import jnum.stat.distribution.MultivariateStudentT;
import jnum.stat.distribution.NegativeBinomial;
import jnum.stat.distribution.NoncentralChiSquared;
import jnum.stat.distribution.NoncentralT;
import jnum.stat.distribution.Normal;
import jnum.stat.distribution.Pareto;
import jnum.stat.distribution.Poisson;
import jnum.stat.distribution.StudentT;
import jnum.stat.distribution.Triangular;
import jnum.stat.distribution.Uniform;
import jnum.stat.distribution.VonMises;
import jnum.stat.distribution.Weibull;
import jnum.stat.distribution.Wishart;
import jnum.stat.distribution.Zipf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The argument rules of the distribution package, stated once in the interfaces, checked for every
 * distribution: a null argument is a {@link NullPointerException} naming it; a NaN argument of an
 * evaluation function gives NaN; a probability outside [0, 1] gives NaN from a continuous quantile
 * and an {@link IllegalArgumentException} from a discrete one (a {@code long} has no NaN); finite
 * arguments never give NaN. {@link #everyDistributionIsListed} fails when a public distribution of
 * the package has no instance here, so a new distribution cannot skip these checks.
 */
class ArgumentPolicyProperties {
    static final List<ContinuousDistribution> CONTINUOUS = List.of(
            new Beta(0.5, 2),
            new Beta(1e-3, 1e3),
            new Cauchy(1, 2),
            new Chi(3),
            new ChiSquared(0.5),
            new Exponential(2),
            new F(1, 1),
            new F(5, 30),
            new Gamma(1e-3, 1),
            new Gamma(7, 0.5),
            new Gumbel(1, 2),
            new InverseGamma(3, 2),
            new Laplace(0, 1),
            new LogNormal(0, 1),
            new Logistic(0, 3),
            new NoncentralChiSquared(3, 5),
            new NoncentralT(4, 1.5),
            new Normal(0, 1),
            new Pareto(1, 2.5),
            new StudentT(0.7),
            new StudentT(10),
            new Triangular(-1, 0, 3),
            new Uniform(-2, 5),
            new VonMises(0.5, 4),
            new Weibull(0.5, 2));

    static final List<DiscreteDistribution> DISCRETE = List.of(
            new Bernoulli(0.3),
            new Binomial(40, 0.2),
            new Categorical(new double[] {0.2, 0.5, 0.3}),
            new DiscreteUniform(-3, 9),
            new Geometric(0.1),
            new Hypergeometric(50, 20, 10),
            new NegativeBinomial(2.5, 0.4),
            new Poisson(12),
            new Zipf(100, 1.1));

    static final List<MultivariateDistribution> MULTIVARIATE = List.of(
            new Dirichlet(new double[] {1, 2, 3}),
            new Multinomial(10, new double[] {0.2, 0.8}),
            new MultivariateNormal(new double[] {1, 2}, new double[][] {{2, 0.5}, {0.5, 1}}),
            new MultivariateStudentT(new double[] {0, 0}, new double[][] {{1, 0.3}, {0.3, 1}}, 3),
            new Wishart(4, new double[][] {{1, 0.2}, {0.2, 2}}));

    private static final double[] BAD_PROBABILITIES = {
        Double.NaN, -0.5, 1.5, -Double.MIN_VALUE, Math.nextUp(1.0), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY
    };

    static Stream<ContinuousDistribution> continuous() {
        return CONTINUOUS.stream();
    }

    static Stream<DiscreteDistribution> discrete() {
        return DISCRETE.stream();
    }

    static Stream<MultivariateDistribution> multivariate() {
        return MULTIVARIATE.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("continuous")
    void continuousNaNInNaNOut(ContinuousDistribution d) {
        List<DoubleUnaryOperator> fs = List.of(
                d::pdf, d::logPdf, d::cdf, d::logCdf, d::survival, d::logSurvival, d::quantile, d::inverseSurvival);
        for (int i = 0; i < fs.size(); i++) {
            assertTrue(Double.isNaN(fs.get(i).applyAsDouble(Double.NaN)), d + ": function " + i + " of NaN");
        }
        for (double p : BAD_PROBABILITIES) {
            assertTrue(Double.isNaN(d.quantile(p)), d + ".quantile(" + p + ")");
            assertTrue(Double.isNaN(d.inverseSurvival(p)), d + ".inverseSurvival(" + p + ")");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("continuous")
    void continuousNullGenerator(ContinuousDistribution d) {
        assertRejectsNull(d + ".sample(null)", () -> d.sample(null), "rng");
        assertRejectsNull(d + ".sample(null, 3)", () -> d.sample(null, 3), "rng");
    }

    /** Finite arguments and probabilities in [0, 1] give no NaN (seeded, over a wide range). */
    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void continuousFiniteInNoNaN(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (ContinuousDistribution d : CONTINUOUS) {
            for (int i = 0; i < 8; i++) {
                double x = (r.nextBoolean() ? 1 : -1) * Math.exp(r.nextDouble(-30, 30));
                double p = r.nextDouble();
                String at = d + " at x = " + x + ", p = " + p + " (seed " + seed + ")";
                double pdf = d.pdf(x);
                double cdf = d.cdf(x);
                double sf = d.survival(x);
                assertTrue(pdf >= 0, at + ": pdf " + pdf);
                assertFalse(Double.isNaN(d.logPdf(x)), at + ": logPdf");
                assertTrue(cdf >= 0 && cdf <= 1 && sf >= 0 && sf <= 1, at + ": cdf " + cdf + ", survival " + sf);
                assertFalse(Double.isNaN(d.logCdf(x)) || Double.isNaN(d.logSurvival(x)), at + ": log cdf/survival");
                assertFalse(Double.isNaN(d.quantile(p)) || Double.isNaN(d.inverseSurvival(p)), at + ": quantile");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("discrete")
    void discreteProbabilitiesAndNulls(DiscreteDistribution d) {
        for (double p : BAD_PROBABILITIES) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> d.quantile(p), d + ".quantile(" + p + ")");
            assertTrue(e.getMessage().contains("quantile") && e.getMessage().contains("p = "), e.getMessage());
            e = assertThrows(
                    IllegalArgumentException.class, () -> d.inverseSurvival(p), d + ".inverseSurvival(" + p + ")");
            assertTrue(
                    e.getMessage().contains("inverseSurvival") && e.getMessage().contains("q = "), e.getMessage());
        }
        assertRejectsNull(d + ".sample(null)", () -> d.sample(null), "rng");
        assertRejectsNull(d + ".sample(null, 3)", () -> d.sample(null, 3), "rng");
    }

    @ParameterizedTest(name = "seed={0}")
    @MethodSource("jnum.testkit.Seeds#seeds")
    void discreteAnyIntegerNoNaN(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (DiscreteDistribution d : DISCRETE) {
            for (int i = 0; i < 8; i++) {
                long k = i < 2 ? (i == 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : r.nextLong(-1000, 1000);
                String at = d + " at k = " + k + " (seed " + seed + ")";
                double pmf = d.pmf(k);
                double cdf = d.cdf(k);
                double sf = d.survival(k);
                assertTrue(pmf >= 0 && pmf <= 1, at + ": pmf " + pmf);
                assertTrue(cdf >= 0 && cdf <= 1 && sf >= 0 && sf <= 1, at + ": cdf " + cdf + ", survival " + sf);
                assertFalse(
                        Double.isNaN(d.logPmf(k)) || Double.isNaN(d.logCdf(k)) || Double.isNaN(d.logSurvival(k)), at);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("multivariate")
    void multivariateNaNAndNulls(MultivariateDistribution d) {
        int dim = d.dimension();
        assertRejectsNull(d + ".logPdf(null)", () -> d.logPdf((double[]) null), "x");
        assertRejectsNull(d + ".pdf(null)", () -> d.pdf((double[]) null), "x");
        assertRejectsNull(d + ".logPdf((Vec) null)", () -> d.logPdf((jnum.mat.Vec) null), "x");
        assertRejectsNull(d + ".pdf((Vec) null)", () -> d.pdf((jnum.mat.Vec) null), "x");
        assertThrows(IllegalArgumentException.class, () -> d.logPdf(new double[dim + 1]), d + ": wrong length");
        for (int i = 0; i < dim; i++) {
            double[] x = d.mean();
            for (int j = 0; j < dim; j++) {
                x[j] = Double.isFinite(x[j]) ? Math.rint(x[j]) : 1; // a point of a discrete support too
            }
            x[i] = Double.NaN;
            assertTrue(Double.isNaN(d.logPdf(x)), d + ": NaN at entry " + i);
            assertTrue(Double.isNaN(d.pdf(x)), d + ": pdf, NaN at entry " + i);
        }
        assertRejectsNull(d + ".sample(null)", () -> d.sample(null), "rng");
        assertRejectsNull(d + ".sample(null, 3)", () -> d.sample(null, 3), "rng");
    }

    @Test
    void nullParameterArrays() {
        double[][] cov = {{1, 0}, {0, 1}};
        assertRejectsNull("Categorical(null)", () -> new Categorical(null), "probabilities");
        assertRejectsNull("Multinomial(3, null)", () -> new Multinomial(3, null), "probabilities");
        assertRejectsNull("Dirichlet(null)", () -> new Dirichlet(null), "alpha");
        assertRejectsNull("MultivariateNormal(null, .)", () -> new MultivariateNormal(null, cov), "mean");
        assertRejectsNull(
                "MultivariateNormal(., null)", () -> new MultivariateNormal(new double[2], null), "covariance");
        assertRejectsNull(
                "MultivariateNormal, null row",
                () -> new MultivariateNormal(new double[2], new double[][] {{1, 0}, null}),
                "covariance");
        assertRejectsNull("MultivariateStudentT(null, ., .)", () -> new MultivariateStudentT(null, cov, 3), "location");
        assertRejectsNull(
                "MultivariateStudentT(., null)", () -> new MultivariateStudentT(new double[2], null, 3), "scale");
        assertRejectsNull("Wishart(3, null)", () -> new Wishart(3, (double[][]) null), "scale");
        assertRejectsNull("Wishart(3, (Dense) null)", () -> new Wishart(3, (jnum.mat.Dense) null), "scale");
        Wishart w = (Wishart) MULTIVARIATE.get(4);
        assertRejectsNull("Wishart.logPdf(null)", () -> w.logPdf((double[][]) null), "x");
        assertRejectsNull("Wishart.logPdf, null row", () -> w.logPdf(new double[][] {{1, 0}, null}), "x");
    }

    /**
     * Every public static {@code fit} of the package, called with null data: a NullPointerException
     * naming the fit and the null argument (found by reflection, so a new fit is checked too).
     */
    @Test
    void fitsRejectNullData() throws Exception {
        int fits = 0;
        for (Class<?> c : publicDistributionClasses()) {
            for (Method m : c.getMethods()) {
                if (!m.getName().equals("fit") || !Modifier.isStatic(m.getModifiers())) {
                    continue;
                }
                Object[] args = new Object[m.getParameterCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = m.getParameterTypes()[i] == long.class ? 10L : null;
                }
                fits++;
                String where = c.getSimpleName() + "." + m.getName() + List.of(m.getParameterTypes());
                try {
                    m.invoke(null, args);
                    throw new AssertionError(where + " accepted null data");
                } catch (InvocationTargetException e) {
                    Throwable t = e.getCause();
                    assertTrue(t instanceof NullPointerException, where + " threw " + t);
                    assertTrue(
                            t.getMessage().contains(c.getSimpleName() + ".fit")
                                    && t.getMessage().contains("null"),
                            where + ": " + t.getMessage());
                }
            }
        }
        assertTrue(fits >= 12, "fit methods found: " + fits);
    }

    @Test
    void everyDistributionIsListed() throws Exception {
        TreeSet<String> missing = new TreeSet<>();
        List<Object> all = new ArrayList<>();
        all.addAll(CONTINUOUS);
        all.addAll(DISCRETE);
        all.addAll(MULTIVARIATE);
        for (Class<?> c : publicDistributionClasses()) {
            if (all.stream().noneMatch(c::isInstance)) {
                missing.add(c.getSimpleName());
            }
        }
        assertEquals(new TreeSet<>(), missing, "distributions without an instance in this test");
    }

    /** The public, concrete classes of the package that implement one of the three interfaces. */
    static List<Class<?>> publicDistributionClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path location = Path.of(ContinuousDistribution.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        if (Files.isDirectory(location)) {
            return classesIn(location.resolve("jnum/stat/distribution"));
        }
        try (FileSystem jar = FileSystems.newFileSystem(location)) {
            return classesIn(jar.getPath("jnum/stat/distribution"));
        }
    }

    private static List<Class<?>> classesIn(Path dir) throws IOException, ClassNotFoundException {
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                if (!name.endsWith(".class") || name.contains("$")) {
                    continue;
                }
                Class<?> c = Class.forName("jnum.stat.distribution." + name.substring(0, name.length() - 6));
                boolean distribution = ContinuousDistribution.class.isAssignableFrom(c)
                        || DiscreteDistribution.class.isAssignableFrom(c)
                        || MultivariateDistribution.class.isAssignableFrom(c);
                if (distribution && Modifier.isPublic(c.getModifiers()) && !c.isInterface()) {
                    out.add(c);
                }
            }
        }
        assertTrue(out.size() >= 35, "distribution classes found: " + out.size());
        return out;
    }
}
