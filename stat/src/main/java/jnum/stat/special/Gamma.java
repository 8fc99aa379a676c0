package jnum.stat.special;

/** SKELETON: the gamma function family (signatures fixed; bodies to be written). */
public final class Gamma {
  private Gamma() {}

  public static double logGamma(double x) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public static double gamma(double x) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public static double digamma(double x) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public static double trigamma(double x) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public static double regularizedP(double a, double x) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public static double regularizedQ(double a, double x) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public static double inverseRegularizedP(double a, double p) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public static double inverseRegularizedQ(double a, double q) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
