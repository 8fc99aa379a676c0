package jnum.optimize;

/**
 * The trust-region iteration shared by the Newton methods (Nocedal and Wright, Algorithm 4.1): a
 * {@link Subproblem} proposes a step for the quadratic model within the radius; the step is
 * accepted when the ratio of actual to predicted reduction exceeds 0.15; the radius is quartered
 * when the ratio is below 0.25 (or the trial value is NaN or infinite) and doubled, up to the
 * maximal radius, when it exceeds 0.75 with the step on the boundary. Rejected steps count as
 * iterations. The run stops with {@link Status#NO_PROGRESS} when the radius falls below {@code eps
 * max(1, ||x||)}, and with {@link Status#NOT_FINITE} when the model itself is not finite.
 */
final class TrustRegion {
    private static final double ACCEPT = 0.15;

    /** A solver of {@code min g.p + p.H p / 2, ||p|| <= radius} at one iterate. */
    interface Subproblem {
        /**
         * Computes a step for the model at {@code x} (gradient {@code g}) within {@code radius};
         * {@code newPoint} is false when only the radius changed since the last call.
         *
         * @return false if the model is not finite (a NaN or infinite Hessian)
         */
        boolean solve(Evaluator ev, double[] x, double[] g, double radius, boolean newPoint);

        /** The step of the last solve. */
        double[] step();

        /** {@code H step}. */
        double[] hessianTimesStep();

        /** Whether the last step reached the boundary of the region. */
        boolean onBoundary();
    }

    private TrustRegion() {}

    static Status run(Evaluator ev, double[] x0, Subproblem sub, double initialRadius, double maxRadius) {
        int n = ev.n;
        double[] x = x0.clone();
        double[] g = new double[n];
        double f = ev.valueAndGradient(x, g);
        ev.start(x, f, g);
        Status s = ev.startStatus(Evaluator.normInf(g));
        if (s != null) {
            return s;
        }
        double[] xt = new double[n];
        double[] gt = new double[n];
        double radius = initialRadius;
        double eps = Math.ulp(1.0);
        boolean newPoint = true;
        while (true) {
            if (!sub.solve(ev, x, g, radius, newPoint)) {
                return Status.NOT_FINITE;
            }
            newPoint = false;
            double[] p = sub.step();
            for (int i = 0; i < n; i++) {
                xt[i] = x[i] + p[i];
            }
            double ft = ev.value(xt);
            double predicted = -(Evaluator.dot(g, p) + 0.5 * Evaluator.dot(p, sub.hessianTimesStep()));
            double rho = Double.isFinite(ft) && predicted > 0 ? (f - ft) / predicted : Double.NEGATIVE_INFINITY;
            if (f - ft == 0 && predicted == 0) {
                rho = 0;
            }
            double pNorm = Math.sqrt(Evaluator.dot(p, p));
            if (rho < 0.25) {
                radius = 0.25 * Math.min(radius, pNorm);
            } else if (rho > 0.75 && sub.onBoundary()) {
                radius = Math.min(2 * radius, maxRadius);
            }
            if (rho > ACCEPT) {
                ev.gradient(xt, ft, gt);
                if (Evaluator.allFinite(gt)) {
                    System.arraycopy(xt, 0, x, 0, n);
                    System.arraycopy(gt, 0, g, 0, n);
                    f = ft;
                    newPoint = true;
                    s = ev.accept(x, f, g, Evaluator.normInf(g));
                    if (s != null) {
                        return s;
                    }
                    continue;
                }
                radius = 0.25 * Math.min(radius, pNorm);
            }
            if (radius <= eps * Math.max(1, Evaluator.normInf(x))) {
                return Double.isFinite(ft) ? Status.NO_PROGRESS : Status.NOT_FINITE;
            }
            s = ev.iterate(null, x, f, g, Evaluator.normInf(g));
            if (s != null) {
                return s;
            }
        }
    }
}
