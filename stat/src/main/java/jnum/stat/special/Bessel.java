package jnum.stat.special;

/** SKELETON: modified Bessel functions of the first kind (signatures fixed). */
public final class Bessel {
  private Bessel() {}

  public static double i0(double x) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public static double i1(double x) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public static double i0e(double x) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public static double i1e(double x) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
