package jnum.suites.distribution;

import jnum.stat.distribution.DiscreteDistribution;
import jnum.testkit.Tolerance;

/**
 * One reference row of a discrete distribution's tails ({@code cdf}, {@code survival} and their
 * logs at k) checked with the bounds a tail's relative error implies: the smaller tail within
 * {@code C eps (1 + |log tail|)} relative, and its complement {@code 1 - t} within t times that
 * over {@code 1 - t}, for the direct and the log forms.
 */
final class TailReference {

    private TailReference() {}

    static void check(
            DiscreteDistribution d, long k, double cdf, double sf, double logCdf, double logSf, double c, String at) {
        double eps = Tolerance.EPS;
        boolean lowerIsTail = logCdf < logSf;
        double logTail = Math.min(logCdf, logSf);
        double tailBound = c * eps * (1 + Math.abs(logTail));
        // the complement 1 - t carries t times the tail's relative error
        double complementBound = 2 * eps + tailBound * Math.exp(logTail) / Math.max(cdf, sf);
        near(d.cdf(k), cdf, lowerIsTail ? tailBound : complementBound, at + ": cdf");
        near(d.survival(k), sf, lowerIsTail ? complementBound : tailBound, at + ": survival");
        // log(1 - t) moves by t times the tail's relative error over 1 - t
        double logComplementBound = tailBound * Math.exp(logTail) / Math.max(cdf, sf);
        Tolerance.assertWithin(
                d.logCdf(k),
                logCdf,
                lowerIsTail ? tailBound : logComplementBound + 2 * eps * Math.abs(logCdf),
                at + ": logCdf");
        Tolerance.assertWithin(
                d.logSurvival(k),
                logSf,
                lowerIsTail ? logComplementBound + 2 * eps * Math.abs(logSf) : tailBound,
                at + ": logSurvival");
    }

    /** Relative to {@code expected} in the normal range, absolute below it. */
    static void near(double actual, double expected, double relBound, String context) {
        if (expected >= Double.MIN_NORMAL) {
            Tolerance.assertRelative(actual, expected, relBound, context);
        } else {
            Tolerance.assertWithin(actual, expected, 2 * Double.MIN_NORMAL, context);
        }
    }
}
