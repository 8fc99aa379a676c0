package jnum.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import jnum.stat.distribution.Beta;
import jnum.stat.distribution.Binomial;
import jnum.stat.distribution.Gamma;
import jnum.stat.distribution.Normal;
import jnum.stat.distribution.Poisson;
import jnum.stat.distribution.StudentT;
import org.hipparchus.distribution.continuous.BetaDistribution;
import org.hipparchus.distribution.continuous.GammaDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.distribution.discrete.BinomialDistribution;
import org.hipparchus.distribution.discrete.PoissonDistribution;
import org.hipparchus.random.RandomDataGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * cdf, quantile and one draw of Normal(0, 1), Gamma(2.5, 1), Beta(2, 5), StudentT(5),
 * Binomial(1000, 0.3) and Poisson(30): jnum against Hipparchus and Commons Math 3 in the same run
 * (average time per call). Arguments rotate through a table of 64 points spread over the body and
 * the tails (cdf) or 64 probabilities in (1e-6, 1 - 1e-6) (quantile), so the JIT cannot fold them.
 * Sampling: jnum draws from a {@link SplittableRandom}, Hipparchus from its {@link
 * RandomDataGenerator} (Well19937c; its dedicated samplers for Normal, Gamma, Beta and Poisson,
 * {@code nextDeviate} (inversion) for t and binomial), Commons Math from the distribution's own
 * generator.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class DistributionBench {
    @Param({"normal", "gamma", "beta", "studentT", "binomial", "poisson"})
    public String dist;

    private jnum.stat.distribution.ContinuousDistribution jc;
    private jnum.stat.distribution.DiscreteDistribution jd;
    private org.hipparchus.distribution.RealDistribution hc;
    private org.hipparchus.distribution.IntegerDistribution hd;
    private org.apache.commons.math3.distribution.RealDistribution cc;
    private org.apache.commons.math3.distribution.IntegerDistribution cd;
    private SplittableRandom rng;
    private RandomDataGenerator hipRng;
    private final double[] xs = new double[64];
    private final int[] ks = new int[64];
    private final double[] ps = new double[64];
    private int i;

    @Setup
    public void setup() {
        rng = new SplittableRandom(42);
        hipRng = new RandomDataGenerator(42);
        switch (dist) {
            case "normal" -> {
                jc = new Normal(0, 1);
                hc = new NormalDistribution(0, 1);
                cc = new org.apache.commons.math3.distribution.NormalDistribution(0, 1);
            }
            case "gamma" -> {
                jc = new Gamma(2.5, 1);
                hc = new GammaDistribution(2.5, 1);
                cc = new org.apache.commons.math3.distribution.GammaDistribution(2.5, 1);
            }
            case "beta" -> {
                jc = new Beta(2, 5);
                hc = new BetaDistribution(2, 5);
                cc = new org.apache.commons.math3.distribution.BetaDistribution(2, 5);
            }
            case "studentT" -> {
                jc = new StudentT(5);
                hc = new TDistribution(5);
                cc = new org.apache.commons.math3.distribution.TDistribution(5);
            }
            case "binomial" -> {
                jd = new Binomial(1000, 0.3);
                hd = new BinomialDistribution(1000, 0.3);
                cd = new org.apache.commons.math3.distribution.BinomialDistribution(1000, 0.3);
            }
            case "poisson" -> {
                jd = new Poisson(30);
                hd = new PoissonDistribution(30);
                cd = new org.apache.commons.math3.distribution.PoissonDistribution(30);
            }
            default -> throw new IllegalArgumentException("dist = " + dist);
        }
        SplittableRandom r = new SplittableRandom(7);
        for (int j = 0; j < xs.length; j++) {
            double p = r.nextDouble(1e-6, 1 - 1e-6);
            ps[j] = p;
            if (jc != null) {
                xs[j] = jc.quantile(r.nextDouble(1e-9, 1 - 1e-9));
            } else {
                ks[j] = (int) jd.quantile(r.nextDouble(1e-9, 1 - 1e-9));
            }
        }
    }

    private int next() {
        return i = (i + 1) & 63;
    }

    @Benchmark
    public double cdfJnum() {
        int j = next();
        return jc != null ? jc.cdf(xs[j]) : jd.cdf(ks[j]);
    }

    @Benchmark
    public double cdfHipparchus() {
        int j = next();
        return hc != null ? hc.cumulativeProbability(xs[j]) : hd.cumulativeProbability(ks[j]);
    }

    @Benchmark
    public double cdfCommonsMath() {
        int j = next();
        return cc != null ? cc.cumulativeProbability(xs[j]) : cd.cumulativeProbability(ks[j]);
    }

    @Benchmark
    public double quantileJnum() {
        int j = next();
        return jc != null ? jc.quantile(ps[j]) : jd.quantile(ps[j]);
    }

    @Benchmark
    public double quantileHipparchus() {
        int j = next();
        return hc != null ? hc.inverseCumulativeProbability(ps[j]) : hd.inverseCumulativeProbability(ps[j]);
    }

    @Benchmark
    public double quantileCommonsMath() {
        int j = next();
        return cc != null ? cc.inverseCumulativeProbability(ps[j]) : cd.inverseCumulativeProbability(ps[j]);
    }

    @Benchmark
    public double sampleJnum() {
        return jc != null ? jc.sample(rng) : jd.sample(rng);
    }

    @Benchmark
    public double sampleHipparchus() {
        return switch (dist) {
            case "normal" -> hipRng.nextNormal(0, 1);
            case "gamma" -> hipRng.nextGamma(2.5, 1);
            case "beta" -> hipRng.nextBeta(2, 5);
            case "studentT" -> hipRng.nextDeviate(hc);
            case "binomial" -> hipRng.nextDeviate(hd);
            default -> hipRng.nextPoisson(30);
        };
    }

    @Benchmark
    public double sampleCommonsMath() {
        return cc != null ? cc.sample() : cd.sample();
    }
}
