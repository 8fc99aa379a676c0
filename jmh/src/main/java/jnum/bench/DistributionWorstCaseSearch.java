package jnum.bench;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.DoubleSupplier;
import jnum.stat.distribution.Beta;
import jnum.stat.distribution.NoncentralT;
import jnum.stat.distribution.StudentT;
import jnum.stat.special.Special;

/**
 * A random search for slow distribution calls (not a benchmark: it finds the cases that {@link
 * DistributionWorstCaseBench} then measures). Parameters log-uniform over the documented ranges,
 * probabilities down to 1e-300; every call slower than 0.3 ms is timed five more times and its
 * fastest time kept, and the slowest call per function is printed. Run with {@code java -cp
 * <jmh jar> jnum.bench.DistributionWorstCaseSearch [calls per function] [seed]}.
 */
public final class DistributionWorstCaseSearch {
    private static volatile double sink;
    private final Map<String, Double> worst = new TreeMap<>();
    private final Map<String, String> worstCall = new TreeMap<>();

    private DistributionWorstCaseSearch() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 6000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        DistributionWorstCaseSearch search = new DistributionWorstCaseSearch();
        for (int round = 0; round < 2; round++) { // the first round warms the JIT up
            search.worst.clear();
            search.run(new SplittableRandom(seed + round), n);
        }
        search.worst.forEach((k, v) -> System.out.printf("%10.3f ms  %s%n", v, search.worstCall.get(k)));
    }

    private void run(SplittableRandom r, int n) {
        for (int i = 0; i < n; i++) {
            double a = logUniform(r, 1e-5, 1e5);
            double b = logUniform(r, 1e-5, 1e5);
            double p = Math.exp(r.nextDouble(Math.log(1e-300), 0));
            double x = r.nextDouble();
            time("betainc", "betainc(" + a + ", " + b + ", " + x + ")", () -> Special.betainc(a, b, x));
            time("betaincinv", "betaincinv(" + a + ", " + b + ", " + p + ")", () -> Special.betaincinv(a, b, p));
            time(
                    "Beta.inverseSurvival",
                    new Beta(a, b) + ".inverseSurvival(" + p + ")",
                    () -> new Beta(a, b).inverseSurvival(p));
            time("StudentT.quantile", new StudentT(a) + ".quantile(" + p + ")", () -> new StudentT(a).quantile(p));
            NoncentralT nct = new NoncentralT(logUniform(r, 1e-3, 1e6), r.nextDouble(-50, 50));
            double t = r.nextBoolean() ? r.nextDouble(-100, 100) : Math.scalb(r.nextDouble(-1, 1), r.nextInt(-30, 100));
            time("NoncentralT.cdf", nct + ".cdf(" + t + ")", () -> nct.cdf(t));
            time("NoncentralT.logPdf", nct + ".logPdf(" + t + ")", () -> nct.logPdf(t));
            time("NoncentralT.quantile", nct + ".quantile(" + p + ")", () -> nct.quantile(p));
        }
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
