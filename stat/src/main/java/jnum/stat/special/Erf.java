package jnum.stat.special;

/** SKELETON: error functions (signatures fixed; bodies to be written). */
public final class Erf {
  private Erf() {}

  public static double erf(double x) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public static double erfc(double x) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public static double erfcx(double x) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public static double inverseErf(double p) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public static double inverseErfc(double q) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
