package jnum.stat.special;

/** Gauss-Legendre rules on [-1, 1]: the nodes by Newton on P_n from Tricomi's estimate. */
final class GaussLegendre {
    private GaussLegendre() {}

    /**
     * The n-point rule: {@code {nodes, weights}}, nodes in descending order (the first n / 2 are the
     * positive ones), weights {@code 2 / ((1 - x^2) P_n'(x)^2)}.
     */
    static double[][] rule(int n) {
        double[] x = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double z = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
            double dp = 0;
            for (int it = 0; it < 100; it++) {
                double p0 = 1;
                double p1 = z;
                for (int k = 2; k <= n; k++) {
                    double p2 = ((2 * k - 1) * z * p1 - (k - 1) * p0) / k;
                    p0 = p1;
                    p1 = p2;
                }
                dp = n * (z * p1 - p0) / (z * z - 1);
                double dz = p1 / dp;
                z -= dz;
                if (Math.abs(dz) <= 1e-17) {
                    break;
                }
            }
            x[i] = z;
            w[i] = 2 / ((1 - z * z) * dp * dp);
        }
        return new double[][] {x, w};
    }
}
