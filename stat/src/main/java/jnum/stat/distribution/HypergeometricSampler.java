package jnum.stat.distribution;

import java.util.random.RandomGenerator;

/**
 * Exact hypergeometric variates.
 *
 * <p>Small variances (below {@value #RATIO_OF_UNIFORMS_FROM}): inversion from the mode, with the
 * mass and the cdf at the mode computed once; a uniform U below {@code cdf(mode)} is inverted by
 * walking down from the mode, otherwise by walking up, one ratio of the mass recurrence per step
 * (expected steps of the order of the standard deviation).
 *
 * <p>Larger variances: HRUA, the ratio-of-uniforms method of E. Stadlober, "The ratio of uniforms
 * approach for generating discrete random variates", J. Comput. Appl. Math. 31 (1990) 181-189,
 * on the reduced problem (successes and draws both at most half the population, undone by
 * symmetry at the end): a candidate {@code K = floor(a + h (V - 1/2) / U)} with
 * {@code a = mean + 1/2}, {@code h = 2 sqrt(2/e) sqrt(var + 1/2) + 3 - 2 sqrt(3/e)}, accepted when
 * {@code 2 log U <= log P(K) - log P(mode)} (with Stadlober's squeezes first). The log-mass ratio
 * is Loader's saddle-point form, exact to a few ulps for populations of 1e9 where log-gamma
 * differences would lose seven digits. Candidates beyond {@code mean + 16 sd} (a mass below
 * 1e-50) are rejected, as in the paper. O(1) expected uniforms per draw.
 */
final class HypergeometricSampler {
    private static final double RATIO_OF_UNIFORMS_FROM = 100;
    private static final double D1 = 1.7155277699214135; // 2 sqrt(2/e)
    private static final double D2 = 0.8989161620588988; // 3 - 2 sqrt(3/e)

    private final Hypergeometric dist;
    private final long mode;
    private final long lo;
    private final long hi;
    private final double pmfMode;
    private final double cdfMode;
    // HRUA on the reduced problem
    private final boolean hrua;
    private final Hypergeometric reduced;
    private final boolean swapSuccesses;
    private final boolean swapDraws;
    private final double a;
    private final double h;
    private final double bound;
    private final double logPmfMode;
    private final long reducedMode;

    HypergeometricSampler(Hypergeometric dist) {
        this.dist = dist;
        this.mode = dist.mode();
        this.lo = dist.lowest();
        this.hi = dist.highest();
        long n = dist.population();
        long k = dist.successes();
        long draws = dist.draws();
        this.hrua = dist.variance() >= RATIO_OF_UNIFORMS_FROM;
        this.swapSuccesses = k > n - k;
        this.swapDraws = draws > n - draws;
        this.reduced = new Hypergeometric(n, swapSuccesses ? n - k : k, swapDraws ? n - draws : draws);
        if (hrua) {
            double var = reduced.variance();
            this.a = reduced.mean() + 0.5;
            double c = Math.sqrt(var + 0.5);
            this.h = D1 * c + D2;
            this.bound = Math.min(reduced.highest() + 1.0, Math.floor(a + 16 * c));
            this.reducedMode = reduced.mode();
            this.logPmfMode = reduced.logPmf(reducedMode);
            this.pmfMode = 0;
            this.cdfMode = 0;
        } else {
            this.a = 0;
            this.h = 0;
            this.bound = 0;
            this.reducedMode = 0;
            this.logPmfMode = 0;
            this.pmfMode = dist.pmf(mode);
            this.cdfMode = dist.cdf(mode);
        }
    }

    long next(RandomGenerator rng) {
        return hrua ? ratioOfUniforms(rng) : inversion(rng);
    }

    private long ratioOfUniforms(RandomGenerator rng) {
        long k;
        while (true) {
            double u = 1 - rng.nextDouble(); // (0, 1]
            double v = rng.nextDouble();
            double x = a + h * (v - 0.5) / u;
            if (!(x >= 0) || x >= bound) {
                continue;
            }
            k = (long) x;
            double t = reduced.logPmf(k) - logPmfMode;
            if (u * (4 - u) - 3 <= t) {
                break; // squeeze: log u <= u - 1 and the bound 2 log u <= u (4 - u) - 3
            }
            if (u * (u - t) >= 1) {
                continue; // squeeze: 2 log u > t is implied
            }
            if (2 * Math.log(u) <= t) {
                break;
            }
        }
        // undo the reductions: successes <-> failures, then draws <-> the items left behind
        if (swapSuccesses) {
            k = reduced.draws() - k;
        }
        if (swapDraws) {
            k = dist.successes() - k;
        }
        return k;
    }

    private long inversion(RandomGenerator rng) {
        double u = rng.nextDouble();
        long k = mode;
        double t = pmfMode;
        if (u <= cdfMode) {
            double f = cdfMode; // cdf(k)
            while (k > lo) {
                double below = f - t; // cdf(k - 1)
                if (u > below) {
                    return k;
                }
                f = below;
                t *= dist.ratioDown(k);
                k--;
            }
            return k;
        }
        double f = cdfMode;
        while (k < hi) {
            t *= dist.ratioUp(k);
            k++;
            f += t;
            if (u <= f) {
                return k;
            }
        }
        return k;
    }
}
