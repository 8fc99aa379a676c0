package jnum.optimize;

/**
 * The line search of More and Thuente ("Line search algorithms with guaranteed sufficient decrease",
 * ACM TOMS 20, 1994; MINPACK-2's dcsrch and dcstep): finds a step satisfying the strong Wolfe
 * conditions
 *
 * <pre>
 *   phi(a) &lt;= phi(0) + ftol a phi'(0)        (sufficient decrease)
 *   |phi'(a)| &lt;= gtol |phi'(0)|              (curvature)
 * </pre>
 *
 * <p>by safeguarded cubic and quadratic interpolation in an interval of uncertainty that shrinks
 * geometrically once it brackets a step. While no point satisfies sufficient decrease with a
 * non-negative slope, the interpolation works on the auxiliary function {@code phi(a) - phi(0) - ftol
 * a phi'(0)}, as the paper prescribes. A NaN or infinite value halves the step towards the best
 * point so far and caps the interval there.
 *
 * <p>Quasi-Newton methods use {@code gtol = 0.9}; nonlinear conjugate gradients need a tighter
 * curvature condition, {@code gtol = 0.1}.
 *
 * @param ftol the sufficient decrease constant, in {@code (0, gtol]}
 * @param gtol the curvature constant, in {@code [ftol, 1)}
 * @param xtol the relative width of the interval of uncertainty at which the search gives up
 * @param maxTrials the most evaluations per search
 */
public record MoreThuente(double ftol, double gtol, double xtol, int maxTrials) implements LineSearch {
    private static final double XTRAPL = 1.1;
    private static final double XTRAPU = 4.0;

    /** @throws IllegalArgumentException unless {@code 0 < ftol <= gtol < 1}, xtol >= 0 and maxTrials > 0 */
    public MoreThuente {
        if (!(ftol > 0 && ftol <= gtol && gtol < 1)) {
            throw new IllegalArgumentException("MoreThuente: need 0 < ftol <= gtol < 1, got " + ftol + ", " + gtol);
        }
        if (!(xtol >= 0) || maxTrials <= 0) {
            throw new IllegalArgumentException("MoreThuente: bad xtol " + xtol + " or maxTrials " + maxTrials);
        }
    }

    /** {@code ftol = 1e-4}, {@code gtol = 0.9}, {@code xtol = 1e-14}, 40 trials: for quasi-Newton methods. */
    public MoreThuente() {
        this(1e-4, 0.9, 1e-14, 40);
    }

    /** With the given curvature constant and the other defaults. */
    public static MoreThuente withCurvature(double gtol) {
        return new MoreThuente(1e-4, gtol, 1e-14, 40);
    }

    @Override
    public boolean usesSlope() {
        return true;
    }

    @Override
    public LineSample search(LineFunction phi, double finit, double ginit, double initialStep, double maxStep) {
        if (!(ginit < 0)) {
            throw new IllegalArgumentException(
                    "MoreThuente: the direction is not a descent direction (slope " + ginit + ")");
        }
        double stpmax = maxStep;
        double stp = Math.min(initialStep, stpmax);
        double gtest = ftol * ginit;
        double width = stpmax;
        double width1 = 2 * width;
        Step s = new Step();
        s.stx = 0;
        s.fx = finit;
        s.gx = ginit;
        s.sty = 0;
        s.fy = finit;
        s.gy = ginit;
        double stmin = 0;
        double stmax = stp + XTRAPU * stp;
        boolean stage1 = true;
        LineSample best = null;
        for (int trial = 0; trial < maxTrials; trial++) {
            LineSample p = phi.sample(stp);
            double f = p.value();
            double g = p.slope();
            if (!(f < Double.POSITIVE_INFINITY) || Double.isNaN(g)) {
                // back off towards the best point and never go beyond this step again
                stpmax = stp;
                stp = s.stx + 0.5 * (stp - s.stx);
                stmax = Math.min(stmax, stpmax);
                if (stp <= s.stx || stp == stpmax) {
                    break;
                }
                continue;
            }
            double ftest = finit + stp * gtest;
            if (f <= ftest && (best == null || f < best.value())) {
                best = p;
            }
            if (stage1 && f <= ftest && g >= 0) {
                stage1 = false;
            }
            if (f <= ftest && Math.abs(g) <= -gtol * ginit) {
                return p;
            }
            if (stp == stpmax && f <= ftest && g <= gtest) {
                return p;
            }
            if (s.brackt && (stp <= stmin || stp >= stmax)) {
                break; // rounding errors prevent progress
            }
            if (s.brackt && stmax - stmin <= xtol * stmax) {
                break;
            }
            if (stage1 && f <= s.fx && f > ftest) {
                // the auxiliary function psi(a) = phi(a) - phi(0) - gtest a
                double fm = f - stp * gtest;
                s.fx -= s.stx * gtest;
                s.fy -= s.sty * gtest;
                s.gx -= gtest;
                s.gy -= gtest;
                stp = s.step(stp, fm, g - gtest, stmin, stmax);
                s.fx += s.stx * gtest;
                s.fy += s.sty * gtest;
                s.gx += gtest;
                s.gy += gtest;
            } else {
                stp = s.step(stp, f, g, stmin, stmax);
            }
            if (s.brackt) {
                if (Math.abs(s.sty - s.stx) >= 0.66 * width1) {
                    stp = s.stx + 0.5 * (s.sty - s.stx);
                }
                width1 = width;
                width = Math.abs(s.sty - s.stx);
                stmin = Math.min(s.stx, s.sty);
                stmax = Math.max(s.stx, s.sty);
            } else {
                stmin = stp + XTRAPL * (stp - s.stx);
                stmax = stp + XTRAPU * (stp - s.stx);
            }
            stp = Math.max(stp, 0);
            stp = Math.min(stp, stpmax);
            if (s.brackt && (stp <= stmin || stp >= stmax || stmax - stmin <= xtol * stmax)) {
                stp = s.stx;
            }
        }
        return best;
    }

    /**
     * dcstep: the interval of uncertainty {@code [stx, sty]} with values and slopes at both ends, and
     * the safeguarded trial step computed from it and a new point.
     */
    private static final class Step {
        double stx;
        double fx;
        double gx;
        double sty;
        double fy;
        double gy;
        boolean brackt;

        /** Updates the interval with the point {@code (stp, fp, dp)} and returns the next trial step. */
        double step(double stp, double fp, double dp, double stpmin, double stpmax) {
            double sgnd = dp * Math.signum(gx);
            double stpf;
            if (fp > fx) {
                // higher value: the minimum is bracketed; cubic or the mean of cubic and quadratic
                double theta = 3 * (fx - fp) / (stp - stx) + gx + dp;
                double sc = Math.max(Math.abs(theta), Math.max(Math.abs(gx), Math.abs(dp)));
                double gamma = sc * Math.sqrt(Math.max(0, (theta / sc) * (theta / sc) - (gx / sc) * (dp / sc)));
                if (stp < stx) {
                    gamma = -gamma;
                }
                double p = (gamma - gx) + theta;
                double q = ((gamma - gx) + gamma) + dp;
                double stpc = stx + (p / q) * (stp - stx);
                double stpq = stx + ((gx / ((fx - fp) / (stp - stx) + gx)) / 2) * (stp - stx);
                stpf = Math.abs(stpc - stx) < Math.abs(stpq - stx) ? stpc : stpc + (stpq - stpc) / 2;
                brackt = true;
            } else if (sgnd < 0) {
                // slopes of opposite sign: bracketed; cubic or secant, whichever is farther from stp
                double theta = 3 * (fx - fp) / (stp - stx) + gx + dp;
                double sc = Math.max(Math.abs(theta), Math.max(Math.abs(gx), Math.abs(dp)));
                double gamma = sc * Math.sqrt(Math.max(0, (theta / sc) * (theta / sc) - (gx / sc) * (dp / sc)));
                if (stp > stx) {
                    gamma = -gamma;
                }
                double p = (gamma - dp) + theta;
                double q = ((gamma - dp) + gamma) + gx;
                double stpc = stp + (p / q) * (stx - stp);
                double stpq = stp + (dp / (dp - gx)) * (stx - stp);
                stpf = Math.abs(stpc - stp) > Math.abs(stpq - stp) ? stpc : stpq;
                brackt = true;
            } else if (Math.abs(dp) < Math.abs(gx)) {
                // same sign, slope decreasing in magnitude
                double theta = 3 * (fx - fp) / (stp - stx) + gx + dp;
                double sc = Math.max(Math.abs(theta), Math.max(Math.abs(gx), Math.abs(dp)));
                double gamma = sc * Math.sqrt(Math.max(0, (theta / sc) * (theta / sc) - (gx / sc) * (dp / sc)));
                if (stp > stx) {
                    gamma = -gamma;
                }
                double p = (gamma - dp) + theta;
                double q = (gamma + (gx - dp)) + gamma;
                double r = p / q;
                double stpc;
                if (r < 0 && gamma != 0) {
                    stpc = stp + r * (stx - stp);
                } else {
                    stpc = stp > stx ? stpmax : stpmin;
                }
                double stpq = stp + (dp / (dp - gx)) * (stx - stp);
                if (brackt) {
                    stpf = Math.abs(stpc - stp) < Math.abs(stpq - stp) ? stpc : stpq;
                    stpf = stp > stx
                            ? Math.min(stp + 0.66 * (sty - stp), stpf)
                            : Math.max(stp + 0.66 * (sty - stp), stpf);
                } else {
                    stpf = Math.abs(stpc - stp) > Math.abs(stpq - stp) ? stpc : stpq;
                    stpf = Math.max(stpmin, Math.min(stpmax, stpf));
                }
            } else {
                // same sign, slope not decreasing: step to the end of the interval or use the cubic on [stp, sty]
                if (brackt) {
                    double theta = 3 * (fp - fy) / (sty - stp) + gy + dp;
                    double sc = Math.max(Math.abs(theta), Math.max(Math.abs(gy), Math.abs(dp)));
                    double gamma = sc * Math.sqrt(Math.max(0, (theta / sc) * (theta / sc) - (gy / sc) * (dp / sc)));
                    if (stp > sty) {
                        gamma = -gamma;
                    }
                    double p = (gamma - dp) + theta;
                    double q = ((gamma - dp) + gamma) + gy;
                    stpf = stp + (p / q) * (sty - stp);
                } else {
                    stpf = stp > stx ? stpmax : stpmin;
                }
            }
            if (fp > fx) {
                sty = stp;
                fy = fp;
                gy = dp;
            } else {
                if (sgnd < 0) {
                    sty = stx;
                    fy = fx;
                    gy = gx;
                }
                stx = stp;
                fx = fp;
                gx = dp;
            }
            return stpf;
        }
    }
}
