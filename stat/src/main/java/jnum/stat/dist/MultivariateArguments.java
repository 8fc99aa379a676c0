package jnum.stat.dist;

/** Argument checks and defensive copies shared by the multivariate distributions. */
final class MultivariateArguments {
  private MultivariateArguments() {}

  static double[] checkVector(String op, String name, double[] v) {
    if (v == null || v.length == 0) {
      throw new IllegalArgumentException(op + ": " + name + " must be a non-empty vector");
    }
    for (int i = 0; i < v.length; i++) {
      if (!Double.isFinite(v[i])) {
        throw new IllegalArgumentException(
            op + ": " + name + "[" + i + "] = " + v[i] + " is not finite");
      }
    }
    return v.clone();
  }

  /** Throws unless {@code x} is non-null and of length {@code d}. */
  static void checkLength(String op, double[] x, int d) {
    if (x == null) {
      throw new IllegalArgumentException(op + ": x is null");
    }
    if (x.length != d) {
      throw new IllegalArgumentException(
          op + ": x has length " + x.length + ", the dimension is " + d);
    }
  }

  static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }
}
