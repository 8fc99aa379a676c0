package jnum.suites.dist;

import jnum.testkit.ContinuousDistributionChecks;
import jnum.testkit.ReferenceValues;

/** Helpers shared by the suites of Logistic .. VonMises. */
final class SuiteSupport {
  private SuiteSupport() {}

  /**
   * Every property of the shared driver except pdf-vs-derivative, for heavy-tailed parameters
   * whose density at tail probabilities 1e-200 is subnormal: there it has no relative accuracy
   * left, while the driver's derivative bound is purely relative (reported to its owner).
   */
  static void allButDerivative(ContinuousDistributionChecks c, long seed) {
    c.arguments();
    c.quantileRoundTrip(seed);
    c.inverseSurvivalRoundTrip(seed);
    c.monotone(seed);
    c.complement(seed);
    c.logFunctions(seed);
    c.pdfIntegratesToOne();
    c.sampleMoments(seed);
    c.kolmogorovSmirnov(seed);
  }

  /** The issue's bounds: 1e-13 relative in the body, 1e-11 in the tails. */
  static double issueBound(ReferenceValues.Row r) {
    return r.isTail() ? 1e-11 : 1e-13;
  }
}
