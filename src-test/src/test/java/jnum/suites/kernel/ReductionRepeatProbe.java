package jnum.suites.kernel;

import java.util.SplittableRandom;
import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Transpose;

/**
 * Started in a fresh child JVM by {@link ReductionRepeatTest}: computes a few reductions of the
 * vector provider on fixed data first thing (before their code is compiled), then again after
 * enough calls to compile it, and prints the name of each reduction whose bits changed, then
 * {@code done}.
 */
public final class ReductionRepeatProbe {
    private ReductionRepeatProbe() {}

    public static void main(String[] args) {
        Blas blas = Kernels.blas();
        SplittableRandom r = new SplittableRandom(7);
        int n = 1001;
        int cols = 9;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] a = new double[n * cols];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextDouble(-1, 1);
            y[i] = r.nextDouble(-1, 1);
        }
        for (int i = 0; i < a.length; i++) {
            a[i] = r.nextDouble(-1, 1);
        }
        double[] first = reductions(blas, x, y, a, n, cols);
        double[] later = first;
        for (int call = 0; call < 20_000; call++) {
            later = reductions(blas, x, y, a, n, cols);
        }
        String[] names = {"dot", "nrm2", "asum", "gemvT"};
        for (int i = 0; i < first.length; i++) {
            int name = Math.min(i, names.length - 1);
            if (Double.doubleToRawLongBits(first[i]) != Double.doubleToRawLongBits(later[i])) {
                System.out.println(names[name] + " " + first[i] + " then " + later[i]);
            }
        }
        System.out.println("done");
    }

    private static double[] reductions(Blas blas, double[] x, double[] y, double[] a, int n, int cols) {
        double[] out = new double[3 + cols];
        out[0] = blas.dot(n, x, 0, 1, y, 0, 1);
        out[1] = blas.nrm2(n, x, 0, 1);
        out[2] = blas.asum(n, x, 0, 1);
        double[] t = new double[cols];
        blas.gemv(Transpose.YES, n, cols, 1.0, a, 0, n, x, 0, 1, 0.0, t, 0, 1);
        System.arraycopy(t, 0, out, 3, cols);
        return out;
    }
}
