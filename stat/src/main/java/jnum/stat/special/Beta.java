package jnum.stat.special;

/** SKELETON: the beta function family (signatures fixed; bodies to be written). */
public final class Beta {
  private Beta() {}

  public static double logBeta(double a, double b) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public static double beta(double a, double b) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public static double regularized(double x, double a, double b) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public static double regularizedComplement(double x, double a, double b) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public static double inverseRegularized(double p, double a, double b) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public static double inverseRegularizedComplement(double q, double a, double b) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
