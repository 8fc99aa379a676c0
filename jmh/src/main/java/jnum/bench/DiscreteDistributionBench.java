package jnum.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import jnum.stat.distribution.Binomial;
import jnum.stat.distribution.Poisson;
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
 * Binomial and Poisson: one draw, one cdf and one quantile, jnum against Hipparchus, at a moderate
 * and a large parameter (Hipparchus takes int trials, so n stays below 2^31). Arguments rotate
 * through a small table so that the JIT cannot fold them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class DiscreteDistributionBench {
    @Param({"1000", "100000000"})
    public int size;

    private Binomial binomial;
    private Poisson poisson;
    private BinomialDistribution hipBinomial;
    private PoissonDistribution hipPoisson;
    private SplittableRandom rng;
    private RandomDataGenerator hipRng;
    private final long[] ks = new long[64];
    private final double[] ps = new double[64];
    private int i;

    @Setup
    public void setup() {
        binomial = new Binomial(size, 0.3);
        poisson = new Poisson(size * 0.3);
        hipBinomial = new BinomialDistribution(size, 0.3);
        hipPoisson = new PoissonDistribution(size * 0.3);
        rng = new SplittableRandom(42);
        hipRng = new RandomDataGenerator(42);
        SplittableRandom r = new SplittableRandom(7);
        double sd = Math.sqrt(size * 0.21);
        for (int j = 0; j < ks.length; j++) {
            ks[j] = (long) (size * 0.3 + sd * r.nextDouble(-5, 5));
            ps[j] = r.nextDouble(1e-6, 1 - 1e-6);
        }
    }

    private int next() {
        return i = (i + 1) & 63;
    }

    @Benchmark
    public long jnumBinomialSample() {
        return binomial.sample(rng);
    }

    @Benchmark
    public long hipparchusBinomialSample() {
        return hipRng.nextDeviate(hipBinomial);
    }

    @Benchmark
    public double jnumBinomialCdf() {
        return binomial.cdf(ks[next()]);
    }

    @Benchmark
    public double hipparchusBinomialCdf() {
        return hipBinomial.cumulativeProbability((int) ks[next()]);
    }

    @Benchmark
    public long jnumBinomialQuantile() {
        return binomial.quantile(ps[next()]);
    }

    @Benchmark
    public long hipparchusBinomialQuantile() {
        return hipBinomial.inverseCumulativeProbability(ps[next()]);
    }

    @Benchmark
    public long jnumPoissonSample() {
        return poisson.sample(rng);
    }

    @Benchmark
    public long hipparchusPoissonSample() {
        return hipRng.nextPoisson(size * 0.3);
    }

    @Benchmark
    public double jnumPoissonCdf() {
        return poisson.cdf(ks[next()]);
    }

    @Benchmark
    public double hipparchusPoissonCdf() {
        return hipPoisson.cumulativeProbability((int) ks[next()]);
    }

    @Benchmark
    public long jnumPoissonQuantile() {
        return poisson.quantile(ps[next()]);
    }

    @Benchmark
    public long hipparchusPoissonQuantile() {
        return hipPoisson.inverseCumulativeProbability(ps[next()]);
    }
}
