package jnum.mat.kernel.vector;

import jnum.mat.kernel.Diag;
import jnum.mat.kernel.KernelProvider;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Side;
import jnum.mat.kernel.Transpose;
import jnum.mat.kernel.Uplo;

/** SKELETON: VectorLevel1 routines of the vector provider; until written they delegate to scalar. */
final class VectorLevel1 {
  private static final KernelProvider SCALAR = Kernels.scalar();

  private VectorLevel1() {}

  static double dot(int n, double[] x, int xOff, int incX, double[] y, int yOff, int incY) {
    return SCALAR.dot(n, x, xOff, incX, y, yOff, incY);
  }

  static void axpy(int n, double alpha, double[] x, int xOff, int incX, double[] y, int yOff, int incY) {
    SCALAR.axpy(n, alpha, x, xOff, incX, y, yOff, incY);
  }

  static void scal(int n, double alpha, double[] x, int xOff, int incX) {
    SCALAR.scal(n, alpha, x, xOff, incX);
  }

  static void copy(int n, double[] x, int xOff, int incX, double[] y, int yOff, int incY) {
    SCALAR.copy(n, x, xOff, incX, y, yOff, incY);
  }

  static void swap(int n, double[] x, int xOff, int incX, double[] y, int yOff, int incY) {
    SCALAR.swap(n, x, xOff, incX, y, yOff, incY);
  }

  static double nrm2(int n, double[] x, int xOff, int incX) {
    return SCALAR.nrm2(n, x, xOff, incX);
  }

  static double asum(int n, double[] x, int xOff, int incX) {
    return SCALAR.asum(n, x, xOff, incX);
  }

  static double sum(int n, double[] x, int xOff, int incX) {
    return SCALAR.sum(n, x, xOff, incX);
  }

  static int iamax(int n, double[] x, int xOff, int incX) {
    return SCALAR.iamax(n, x, xOff, incX);
  }

  static void rot(int n, double[] x, int xOff, int incX, double[] y, int yOff, int incY, double c, double s) {
    SCALAR.rot(n, x, xOff, incX, y, yOff, incY, c, s);
  }
}
