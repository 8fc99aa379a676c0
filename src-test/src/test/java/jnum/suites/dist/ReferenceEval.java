package jnum.suites.dist;

import jnum.stat.dist.ContinuousDistribution;
import jnum.testkit.ReferenceValues;

/** Evaluates a reference row's function with a continuous distribution (shared by the suites). */
final class ReferenceEval {
  private ReferenceEval() {}

  static double eval(ContinuousDistribution d, ReferenceValues.Row r) {
    double x = r.x();
    return switch (r.function()) {
      case "pdf" -> d.pdf(x);
      case "logpdf" -> d.logPdf(x);
      case "cdf" -> d.cdf(x);
      case "sf" -> d.survival(x);
      case "ppf" -> d.quantile(x);
      case "isf" -> d.inverseSurvival(x);
      default -> throw new IllegalArgumentException("unknown function " + r.function());
    };
  }

  /** The issue's bounds: 1e-13 relative in the body, 1e-11 in the tails. */
  static double issueBound(ReferenceValues.Row r) {
    return r.isTail() ? 1e-11 : 1e-13;
  }
}
