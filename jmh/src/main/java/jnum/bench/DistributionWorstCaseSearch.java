package jnum.bench;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import jnum.stat.distribution.Beta;
import jnum.stat.distribution.Binomial;
import jnum.stat.distribution.Cauchy;
import jnum.stat.distribution.Chi;
import jnum.stat.distribution.ChiSquared;
import jnum.stat.distribution.ContinuousDistribution;
import jnum.stat.distribution.DiscreteDistribution;
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
import jnum.stat.distribution.NegativeBinomial;
import jnum.stat.distribution.NoncentralChiSquared;
import jnum.stat.distribution.NoncentralT;
import jnum.stat.distribution.Normal;
import jnum.stat.distribution.Pareto;
import jnum.stat.distribution.Poisson;
import jnum.stat.distribution.StudentT;
import jnum.stat.distribution.VonMises;
import jnum.stat.distribution.Weibull;
import jnum.stat.distribution.Zipf;
import jnum.stat.special.Special;

/**
 * A random search for slow distribution calls (not a benchmark: it finds the cases that {@link
 * DistributionWorstCaseBench} then measures). Every distribution with a quantile, parameters
 * log-uniform over wide ranges (shapes and degrees of freedom from 1e-5 or 1e-3 up to 1e5-1e7,
 * counts up to 1e12, binomial trials up to 2^52, Poisson means up to 1e15), probabilities
 * log-uniform down to 1e-300; each draw times the quantile, the inverse survival function, the
 * entropy, and cdf, survival, pdf (pmf), their logarithms at a random point (a quantile of a
 * uniform probability, or a huge argument; for the discrete ones also up to 1e4 standard deviations
 * from the mean). Every call slower than 0.3 ms is timed five more times
 * and its fastest time kept, and the slowest call per function is printed. Run with {@code java -cp
 * <jmh jar> jnum.bench.DistributionWorstCaseSearch [draws per family] [seed] [family filter]}.
 */
public final class DistributionWorstCaseSearch {
    private static volatile double sink;
    private final Map<String, Double> worst = new TreeMap<>();
    private final Map<String, String> worstCall = new TreeMap<>();

    private DistributionWorstCaseSearch() {}

    private record Family<D>(String name, Function<SplittableRandom, D> draw) {}

    private static final List<Family<ContinuousDistribution>> CONTINUOUS = List.of(
            new Family<>("Beta", r -> new Beta(logUniform(r, 1e-5, 1e5), logUniform(r, 1e-5, 1e5))),
            new Family<>("Gamma", r -> new Gamma(logUniform(r, 1e-5, 1e5), logUniform(r, 1e-3, 1e3))),
            new Family<>("InverseGamma", r -> new InverseGamma(logUniform(r, 1e-5, 1e5), logUniform(r, 1e-3, 1e3))),
            new Family<>("ChiSquared", r -> new ChiSquared(logUniform(r, 1e-5, 1e7))),
            new Family<>("Chi", r -> new Chi(logUniform(r, 1e-5, 1e7))),
            new Family<>("StudentT", r -> new StudentT(logUniform(r, 1e-5, 1e7))),
            new Family<>("F", r -> new F(logUniform(r, 1e-3, 1e7), logUniform(r, 1e-3, 1e7))),
            new Family<>("NoncentralT", r -> new NoncentralT(logUniform(r, 1e-3, 1e6), r.nextDouble(-50, 50))),
            new Family<>(
                    "NoncentralChiSquared",
                    r -> new NoncentralChiSquared(logUniform(r, 1e-3, 1e4), logUniform(r, 1e-3, 1e5))),
            new Family<>("VonMises", r -> new VonMises(r.nextDouble(-3, 3), logUniform(r, 1e-3, 1e5))),
            new Family<>("Weibull", r -> new Weibull(logUniform(r, 1e-2, 1e2), logUniform(r, 1e-3, 1e3))),
            new Family<>("LogNormal", r -> new LogNormal(r.nextDouble(-10, 10), logUniform(r, 1e-3, 1e2))),
            new Family<>("Pareto", r -> new Pareto(logUniform(r, 1e-3, 1e3), logUniform(r, 1e-3, 1e3))),
            new Family<>("Normal", r -> new Normal(r.nextDouble(-10, 10), logUniform(r, 1e-3, 1e3))),
            new Family<>("Cauchy", r -> new Cauchy(r.nextDouble(-10, 10), logUniform(r, 1e-3, 1e3))),
            new Family<>("Gumbel", r -> new Gumbel(r.nextDouble(-10, 10), logUniform(r, 1e-3, 1e3))),
            new Family<>("Laplace", r -> new Laplace(r.nextDouble(-10, 10), logUniform(r, 1e-3, 1e3))),
            new Family<>("Logistic", r -> new Logistic(r.nextDouble(-10, 10), logUniform(r, 1e-3, 1e3))),
            new Family<>("Exponential", r -> new Exponential(logUniform(r, 1e-3, 1e3))));

    private static final List<Family<DiscreteDistribution>> DISCRETE = List.of(
            new Family<>("Binomial", r -> new Binomial((long) logUniform(r, 1, 0x1p52), logUniform(r, 1e-12, 1))),
            new Family<>("Poisson", r -> new Poisson(logUniform(r, 1e-5, 1e15))),
            new Family<>(
                    "NegativeBinomial", r -> new NegativeBinomial(logUniform(r, 1e-3, 1e12), logUniform(r, 1e-6, 1))),
            new Family<>("Geometric", r -> new Geometric(logUniform(r, 1e-12, 1))),
            new Family<>("Hypergeometric", DistributionWorstCaseSearch::hypergeometric),
            new Family<>("Zipf", r -> new Zipf((long) logUniform(r, 1, 0x1p52), logUniform(r, 1e-3, 1e2))));

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        String filter = args.length > 2 ? args[2] : "";
        DistributionWorstCaseSearch search = new DistributionWorstCaseSearch();
        for (int round = 0; round < 2; round++) { // the first round warms the JIT up
            search.worst.clear();
            search.run(new SplittableRandom(seed + round), round == 0 ? Math.min(n, 300) : n, filter);
        }
        search.worst.forEach((k, v) -> System.out.printf("%10.3f ms  %s%n", v, search.worstCall.get(k)));
    }

    private void run(SplittableRandom r, int n, String filter) {
        for (int i = 0; i < n; i++) {
            if ("special".contains(filter)) {
                special(r);
            }
            for (Family<ContinuousDistribution> f : CONTINUOUS) {
                if (f.name().contains(filter)) {
                    continuous(f.name(), f.draw().apply(r), r);
                }
            }
            for (Family<DiscreteDistribution> f : DISCRETE) {
                if (f.name().contains(filter)) {
                    discrete(f.name(), f.draw().apply(r), r);
                }
            }
        }
    }

    private void special(SplittableRandom r) {
        double a = logUniform(r, 1e-5, 1e5);
        double b = logUniform(r, 1e-5, 1e5);
        double p = probability(r);
        double x = r.nextDouble();
        time("betainc", "betainc(" + a + ", " + b + ", " + x + ")", () -> Special.betainc(a, b, x));
        time("betaincinv", "betaincinv(" + a + ", " + b + ", " + p + ")", () -> Special.betaincinv(a, b, p));
    }

    private void continuous(String name, ContinuousDistribution d, SplittableRandom r) {
        double p = probability(r);
        time(name + ".quantile", d + ".quantile(" + p + ")", () -> d.quantile(p));
        time(name + ".inverseSurvival", d + ".inverseSurvival(" + p + ")", () -> d.inverseSurvival(p));
        double x = r.nextInt(8) == 0
                ? Math.scalb(r.nextDouble(-1, 1), r.nextInt(-100, 1024))
                : d.quantile(r.nextBoolean() ? p : r.nextDouble());
        time(name + ".cdf", d + ".cdf(" + x + ")", () -> d.cdf(x));
        time(name + ".survival", d + ".survival(" + x + ")", () -> d.survival(x));
        time(name + ".pdf", d + ".pdf(" + x + ")", () -> d.pdf(x));
        time(name + ".logPdf", d + ".logPdf(" + x + ")", () -> d.logPdf(x));
        time(name + ".logCdf", d + ".logCdf(" + x + ")", () -> d.logCdf(x));
        time(name + ".logSurvival", d + ".logSurvival(" + x + ")", () -> d.logSurvival(x));
        time(name + ".entropy", d + ".entropy()", d::entropy);
    }

    private void discrete(String name, DiscreteDistribution d, SplittableRandom r) {
        double p = probability(r);
        time(name + ".quantile", d + ".quantile(" + p + ")", () -> d.quantile(p));
        time(name + ".inverseSurvival", d + ".inverseSurvival(" + p + ")", () -> d.inverseSurvival(p));
        long k = discretePoint(d, p, r);
        time(name + ".cdf", d + ".cdf(" + k + ")", () -> d.cdf(k));
        time(name + ".survival", d + ".survival(" + k + ")", () -> d.survival(k));
        time(name + ".pmf", d + ".pmf(" + k + ")", () -> d.pmf(k));
        time(name + ".logPmf", d + ".logPmf(" + k + ")", () -> d.logPmf(k));
        time(name + ".logCdf", d + ".logCdf(" + k + ")", () -> d.logCdf(k));
        time(name + ".logSurvival", d + ".logSurvival(" + k + ")", () -> d.logSurvival(k));
        time(name + ".entropy", d + ".entropy()", d::entropy);
        time(name + ".mean", d + ".mean()", d::mean);
    }

    /**
     * A quantile of the drawn or of a uniform probability, or one beyond the doubles' tails: the
     * mean plus up to 1e4 standard deviations (where only the log forms stay finite).
     */
    private static long discretePoint(DiscreteDistribution d, double p, SplittableRandom r) {
        if (r.nextInt(4) > 0) {
            return d.quantile(r.nextBoolean() ? p : r.nextDouble());
        }
        double x = d.mean() + Math.copySign(logUniform(r, 1, 1e4), r.nextDouble(-1, 1)) * d.stdDev();
        long lo = d.support().lower();
        long hi = d.support().upper();
        return Double.isFinite(x) ? (long) Math.max(lo, Math.min(hi, x)) : d.quantile(0.5);
    }

    private static Hypergeometric hypergeometric(SplittableRandom r) {
        long population = (long) logUniform(r, 1, 1e15);
        long successes = r.nextLong(population + 1);
        long draws =
                r.nextBoolean() ? r.nextLong(population + 1) : population - (long) logUniform(r, 1, population + 1);
        return new Hypergeometric(population, successes, Math.max(0, draws));
    }

    private static double probability(SplittableRandom r) {
        return Math.exp(r.nextDouble(Math.log(1e-300), 0));
    }

    private static double logUniform(SplittableRandom r, double lo, double hi) {
        return Math.exp(r.nextDouble(Math.log(lo), Math.log(hi)));
    }

    private void time(String function, String call, DoubleSupplier f) {
        long best = once(f);
        if (best > 300_000) {
            for (int i = 0; i < 5; i++) {
                best = Math.min(best, once(f));
            }
        }
        double ms = best / 1e6;
        if (ms > worst.getOrDefault(function, 0.0)) {
            worst.put(function, ms);
            worstCall.put(function, call);
        }
    }

    private static long once(DoubleSupplier f) {
        long t0 = System.nanoTime();
        sink = f.getAsDouble(); // a volatile write keeps the call from being removed
        return System.nanoTime() - t0;
    }
}
