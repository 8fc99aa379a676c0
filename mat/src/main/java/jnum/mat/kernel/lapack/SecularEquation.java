package jnum.mat.kernel.lapack;

import jnum.mat.NoConvergenceException;

/**
 * The roots of the secular equation {@code f(x) = 1/rho + sum_j z_j^2 / (d_j - x) = 0} of the
 * rank-one modified diagonal matrix {@code D + rho z z^T} (LAPACK's dlaed4, dlaed5 and dlaed6):
 * d strictly ascending, {@code rho > 0}, every {@code z_j != 0} and {@code ||z|| = 1}. The i-th
 * root lies in {@code (d_i, d_{i+1})}, the last in {@code (d_n, d_n + rho)}.
 *
 * <p>Each root is sought from the nearer pole as origin, so that the differences
 * {@code d_j - lambda} come out with high relative accuracy (they feed the eigenvectors). The
 * iteration is Ren-Cang Li's middle way: a rational model interpolating the two poles next to the
 * root, switched to a three-pole model (solved by {@link #threePoles}, Gragg-Thornton-Warner's
 * cubically convergent scheme) when the root sits against a pole whose neighbours dominate. It
 * stops once {@code |f| <= eps * bound}, bound being a running estimate of the rounding error of
 * f's evaluation (dlaed4's criterion), and after at most {@value #MAX_ITERATIONS} steps.
 */
final class SecularEquation {
    static final int MAX_ITERATIONS = 30;
    private static final int MAX_THREE_POLE_ITERATIONS = 40;
    private static final double EPS = 0x1p-53;
    /** dlaed6's scaling thresholds: safmin^(1/3) and its square. */
    private static final double SMALL1 = 0x1p-340;

    private static final double SMALL2 = SMALL1 * SMALL1;

    private SecularEquation() {}

    /**
     * The i-th root (0-based) of the secular equation of order n >= 3; delta receives
     * {@code d_j - lambda} for every j.
     *
     * @return the root
     * @throws NoConvergenceException if the iteration does not converge (never seen in practice; the
     *     divide-and-conquer driver reports it as a failure)
     */
    static double root(int n, int i, double[] d, double[] z, double[] delta, double rho) {
        return root(n, i, d, z, delta, rho, MAX_ITERATIONS);
    }

    /** {@link #root} with at most {@code maxIterations} steps. */
    static double root(int n, int i, double[] d, double[] z, double[] delta, double rho, int maxIterations) {
        return i == n - 1
                ? lastRoot(n, d, z, delta, rho, maxIterations)
                : innerRoot(n, i, d, z, delta, rho, maxIterations);
    }

    /** The root beyond the last pole: origin {@code d_{n-1}}, root in {@code (0, rho]} from it. */
    private static double lastRoot(int n, double[] d, double[] z, double[] delta, double rho, int maxIterations) {
        int i = n - 1;
        int ii = n - 2;
        double rhoinv = 1 / rho;
        double midpt = rho / 2;
        for (int j = 0; j < n; j++) {
            delta[j] = (d[j] - d[i]) - midpt;
        }
        double psi = 0;
        for (int j = 0; j < n - 2; j++) {
            psi += z[j] * z[j] / delta[j];
        }
        double c = rhoinv + psi;
        double w = c + z[ii] * z[ii] / delta[ii] + z[i] * z[i] / delta[i];
        double tau;
        double lower;
        double upper;
        double del = d[i] - d[ii];
        double a = -c * del + z[ii] * z[ii] + z[i] * z[i];
        double b = z[i] * z[i] * del;
        if (w <= 0) {
            // the root lies beyond the midpoint of (d_n, d_n + rho)
            double temp = z[ii] * z[ii] / (del + rho) + z[i] * z[i] / rho;
            if (c <= temp) {
                tau = rho;
            } else {
                tau = positiveQuadraticRoot(a, b, c);
            }
            lower = midpt;
            upper = rho;
        } else {
            tau = positiveQuadraticRoot(a, b, c);
            lower = 0;
            upper = midpt;
        }
        for (int j = 0; j < n; j++) {
            delta[j] = (d[j] - d[i]) - tau;
        }
        double[] ratio = new double[n];
        double[] sums = new double[3];
        double prevW = 0;
        for (int iter = 1; ; iter++) {
            poleSums(z, delta, ratio, 0, ii + 1, i, sums);
            psi = sums[0];
            double dpsi = sums[1];
            double erretm = Math.abs(sums[2]);
            double t = z[i] / delta[i];
            double phi = z[i] * t;
            double dphi = t * t;
            erretm = 8 * (-phi - psi) + erretm - phi + rhoinv + Math.abs(tau) * (dpsi + dphi);
            w = rhoinv + phi + psi;
            if (Math.abs(w) <= EPS * erretm) {
                return d[i] + tau;
            }
            if (iter > maxIterations) {
                throw notConverged(n, i, maxIterations);
            }
            if (w <= 0) {
                lower = Math.max(lower, tau);
            } else {
                upper = Math.min(upper, tau);
            }
            // the two-pole model through d_{n-2} and d_{n-1}
            double cc = w - delta[ii] * dpsi - delta[i] * dphi;
            double aa = (delta[ii] + delta[i]) * w - delta[ii] * delta[i] * (dpsi + dphi);
            double bb = delta[ii] * delta[i] * w;
            if (cc < 0) {
                cc = Math.abs(cc);
            }
            double eta;
            if (cc == 0) {
                eta = upper - tau;
            } else if (aa >= 0) {
                eta = (aa + Math.sqrt(Math.abs(aa * aa - 4 * bb * cc))) / (2 * cc);
            } else {
                eta = 2 * bb / (aa - Math.sqrt(Math.abs(aa * aa - 4 * bb * cc)));
            }
            // a step must move against the sign of w, and stay inside the bracket
            if (w * eta > 0) {
                eta = -w / (dpsi + dphi);
            }
            tau = step(n, d, d[i], delta, tau, eta, w, prevW, lower, upper);
            prevW = w;
        }
    }

    /**
     * For the poles {@code from <= j < to}: into sums the value {@code sum z_j^2 / delta_j}, the
     * derivative {@code sum (z_j / delta_j)^2} and dlaed4's error term, the sum of the partial
     * sums accumulated away from the pole {@code pivot}, that is
     * {@code sum |j - pivot| z_j^2 / delta_j}. The divisions run in a loop of their own (into
     * ratio) and the sums in two interleaved halves, so neither waits on the other.
     */
    private static void poleSums(
            double[] z, double[] delta, double[] ratio, int from, int to, int pivot, double[] sums) {
        for (int j = from; j < to; j++) {
            ratio[j] = z[j] / delta[j];
        }
        double s0 = 0;
        double s1 = 0;
        double d0 = 0;
        double d1 = 0;
        double e0 = 0;
        double e1 = 0;
        int j = from;
        for (; j + 1 < to; j += 2) {
            double r0 = ratio[j];
            double r1 = ratio[j + 1];
            double a0 = z[j] * r0;
            double a1 = z[j + 1] * r1;
            s0 += a0;
            s1 += a1;
            d0 += r0 * r0;
            d1 += r1 * r1;
            e0 += Math.abs(j - pivot) * a0;
            e1 += Math.abs(j + 1 - pivot) * a1;
        }
        if (j < to) {
            double a0 = z[j] * ratio[j];
            s0 += a0;
            d0 += ratio[j] * ratio[j];
            e0 += Math.abs(j - pivot) * a0;
        }
        sums[0] = s0 + s1;
        sums[1] = d0 + d1;
        sums[2] = e0 + e1;
    }

    /**
     * The next tau and the differences {@code delta_j = d_j - origin - tau} for it. The step is
     * {@code tau + eta}, or dlaed4's halving towards the bracket's end when that leaves
     * {@code [lower, upper]}; but when the bracket spans orders of magnitude (both ends of one sign,
     * a ratio above 4) and the step would leave it or the last one cut |f| by less than ten, the
     * bracket's geometric middle. A root 20 or more orders of magnitude below the far end of its
     * interval, as merges of rank-deficient matrices hold, is then reached in a few steps, where
     * halving or the rational models' slow approach from the far side spent the iteration limit.
     * delta is recomputed from the poles rather than updated by the step as dlaed4 updates it:
     * after an excursion far from the root, updated differences keep its rounding errors,
     * absolute errors far above the differences themselves, and f evaluated from them vanishes at
     * a wrong root.
     */
    private static double step(
            int n,
            double[] d,
            double origin,
            double[] delta,
            double tau,
            double eta,
            double w,
            double prevW,
            double lower,
            double upper) {
        double next = tau + eta;
        boolean outside = !(next >= lower && next <= upper);
        boolean slow = w * prevW > 0 && Math.abs(w) > Math.abs(prevW) / 10;
        if ((outside || slow) && spansOrders(lower, upper)) {
            next = lower > 0 ? Math.sqrt(lower) * Math.sqrt(upper) : -Math.sqrt(-lower) * Math.sqrt(-upper);
        } else if (outside) {
            next = tau + (w < 0 ? (upper - tau) / 2 : (lower - tau) / 2);
        }
        for (int j = 0; j < n; j++) {
            delta[j] = (d[j] - origin) - next;
        }
        return next;
    }

    /** Whether both ends of the bracket have one sign and differ by more than a factor of 4. */
    private static boolean spansOrders(double lower, double upper) {
        return (lower > 0 && upper > 4 * lower) || (upper < 0 && lower < 4 * upper);
    }

    /** {@code x > 0} with {@code c x^2 - a x - b = 0}, computed without cancellation. */
    private static double positiveQuadraticRoot(double a, double b, double c) {
        double s = Math.sqrt(a * a + 4 * b * c);
        return a < 0 ? 2 * b / (s - a) : (a + s) / (2 * c);
    }

    /**
     * Whether the i-th root (i < n - 1) lies in the lower half of {@code (d_i, d_{i+1})}, where
     * {@link #root} then takes {@code d_i} as its origin ({@code d_{i+1}} otherwise): the sign
     * of f at the midpoint, evaluated exactly as the iteration does.
     */
    static boolean inLowerHalf(int n, int i, double[] d, double[] z, double rho) {
        double[] delta = new double[n];
        double c = midpointFarSum(n, i, d, z, delta, rho);
        return c + z[i] * z[i] / delta[i] + z[i + 1] * z[i + 1] / delta[i + 1] > 0;
    }

    /**
     * f at the midpoint of {@code (d_i, d_{i+1})} without its two terms i and i + 1; delta
     * receives {@code d_j - d_i - midpoint}.
     */
    private static double midpointFarSum(int n, int i, double[] d, double[] z, double[] delta, double rho) {
        int ip1 = i + 1;
        double midpt = (d[ip1] - d[i]) / 2;
        for (int j = 0; j < n; j++) {
            delta[j] = (d[j] - d[i]) - midpt;
        }
        double psi = 0;
        for (int j = 0; j < i; j++) {
            psi += z[j] * z[j] / delta[j];
        }
        double phi = 0;
        for (int j = n - 1; j > ip1; j--) {
            phi += z[j] * z[j] / delta[j];
        }
        return 1 / rho + psi + phi;
    }

    /** The root in {@code (d_i, d_{i+1})}, i < n - 1. */
    private static double innerRoot(
            int n, int i, double[] d, double[] z, double[] delta, double rho, int maxIterations) {
        int ip1 = i + 1;
        double rhoinv = 1 / rho;
        double del = d[ip1] - d[i];
        double midpt = del / 2;
        double c = midpointFarSum(n, i, d, z, delta, rho);
        double w = c + z[i] * z[i] / delta[i] + z[ip1] * z[ip1] / delta[ip1];
        double psi;
        double phi;
        // f at the midpoint decides which half holds the root, hence the origin
        boolean orgati = w > 0;
        double tau;
        double lower;
        double upper;
        if (orgati) {
            double a = c * del + z[i] * z[i] + z[ip1] * z[ip1];
            double b = z[i] * z[i] * del;
            double s = Math.sqrt(Math.abs(a * a - 4 * b * c));
            tau = a > 0 ? 2 * b / (a + s) : (a - s) / (2 * c);
            lower = 0;
            upper = midpt;
        } else {
            double a = c * del - z[i] * z[i] - z[ip1] * z[ip1];
            double b = z[ip1] * z[ip1] * del;
            double s = Math.sqrt(Math.abs(a * a + 4 * b * c));
            tau = a < 0 ? 2 * b / (a - s) : -(a + s) / (2 * c);
            lower = -midpt;
            upper = 0;
        }
        double origin = orgati ? d[i] : d[ip1];
        for (int j = 0; j < n; j++) {
            delta[j] = (d[j] - origin) - tau;
        }
        int ii = orgati ? i : ip1;
        int iim1 = ii - 1;
        int iip1 = ii + 1;
        boolean threePole = false;
        boolean swtch = false;
        double prew = 0;
        double[] dd = new double[3];
        double[] zz = new double[3];
        double[] ratio = new double[n];
        double[] sums = new double[3];
        for (int iter = 1; ; iter++) {
            poleSums(z, delta, ratio, 0, ii, ii, sums);
            psi = sums[0];
            double dpsi = sums[1];
            double erretm = Math.abs(sums[2]);
            poleSums(z, delta, ratio, ii + 1, n, ii, sums);
            phi = sums[0];
            double dphi = sums[1];
            erretm += sums[2];
            if (iter == 1) {
                // the three-pole model (needing a pole on either side of ii) serves when f
                // without its ii-th term has, at the first guess, the sign that leaves the
                // root to be pinned between ii and its far neighbour
                double reduced = rhoinv + phi + psi;
                threePole = ii != 0 && ii != n - 1 && (orgati ? reduced < 0 : reduced > 0);
            }
            double t = z[ii] / delta[ii];
            double dw = dpsi + dphi + t * t;
            t = z[ii] * t;
            w = rhoinv + phi + psi + t;
            erretm = 8 * (phi - psi) + erretm + 2 * rhoinv + 3 * Math.abs(t) + Math.abs(tau) * dw;
            if (Math.abs(w) <= EPS * erretm) {
                return origin + tau;
            }
            if (iter > maxIterations) {
                throw notConverged(n, i, maxIterations);
            }
            if (iter > 1) {
                // Li's switch: a step that did not cut |f| by ten changes the interpolated pole
                if (iter == 2) {
                    swtch = orgati ? -w > Math.abs(prew) / 10 : w > Math.abs(prew) / 10;
                } else if (w * prew > 0 && Math.abs(w) > Math.abs(prew) / 10) {
                    swtch = !swtch;
                }
            }
            if (w <= 0) {
                lower = Math.max(lower, tau);
            } else {
                upper = Math.min(upper, tau);
            }
            double eta;
            if (!threePole) {
                double cc;
                if (!swtch) {
                    cc = orgati
                            ? w - delta[ip1] * dw - (d[i] - d[ip1]) * sq(z[i] / delta[i])
                            : w - delta[i] * dw - (d[ip1] - d[i]) * sq(z[ip1] / delta[ip1]);
                } else {
                    double tz = sq(z[ii] / delta[ii]);
                    if (orgati) {
                        dpsi += tz;
                    } else {
                        dphi += tz;
                    }
                    cc = w - delta[i] * dpsi - delta[ip1] * dphi;
                }
                double aa = (delta[i] + delta[ip1]) * w - delta[i] * delta[ip1] * dw;
                double bb = delta[i] * delta[ip1] * w;
                if (cc == 0) {
                    if (aa == 0) {
                        if (!swtch) {
                            aa = orgati
                                    ? z[i] * z[i] + delta[ip1] * delta[ip1] * (dpsi + dphi)
                                    : z[ip1] * z[ip1] + delta[i] * delta[i] * (dpsi + dphi);
                        } else {
                            aa = delta[i] * delta[i] * dpsi + delta[ip1] * delta[ip1] * dphi;
                        }
                    }
                    eta = bb / aa;
                } else if (aa <= 0) {
                    eta = (aa - Math.sqrt(Math.abs(aa * aa - 4 * bb * cc))) / (2 * cc);
                } else {
                    eta = 2 * bb / (aa + Math.sqrt(Math.abs(aa * aa - 4 * bb * cc)));
                }
            } else {
                double temp = rhoinv + psi + phi;
                double cc;
                if (swtch) {
                    cc = temp - delta[iim1] * dpsi - delta[iip1] * dphi;
                    zz[0] = delta[iim1] * delta[iim1] * dpsi;
                    zz[2] = delta[iip1] * delta[iip1] * dphi;
                } else if (orgati) {
                    double t1 = sq(z[iim1] / delta[iim1]);
                    cc = temp - delta[iip1] * (dpsi + dphi) - (d[iim1] - d[iip1]) * t1;
                    zz[0] = z[iim1] * z[iim1];
                    zz[2] = dpsi < t1
                            ? delta[iip1] * delta[iip1] * dphi
                            : delta[iip1] * delta[iip1] * ((dpsi - t1) + dphi);
                } else {
                    double t1 = sq(z[iip1] / delta[iip1]);
                    cc = temp - delta[iim1] * (dpsi + dphi) - (d[iip1] - d[iim1]) * t1;
                    zz[0] = dphi < t1
                            ? delta[iim1] * delta[iim1] * dpsi
                            : delta[iim1] * delta[iim1] * (dpsi + (dphi - t1));
                    zz[2] = z[iip1] * z[iip1];
                }
                zz[1] = z[ii] * z[ii];
                dd[0] = delta[iim1];
                dd[1] = delta[ii];
                dd[2] = delta[iip1];
                eta = threePoles(iter + 1, orgati, cc, dd, zz, w);
                if (Double.isNaN(eta)) {
                    throw notConverged(n, i, maxIterations);
                }
            }
            if (w * eta >= 0) {
                eta = -w / dw;
            }
            tau = step(n, d, origin, delta, tau, eta, w, prew, lower, upper);
            prew = w;
        }
    }

    private static double sq(double x) {
        return x * x;
    }

    /**
     * dlaed6: the root nearest 0 of {@code rho + sum_{k<3} z_k / (d_k - x)} in
     * {@code (d_1, d_2)} (orgati) or {@code (d_0, d_1)} (not orgati), where {@code finit} is its
     * value at 0; NaN if 40 steps do not reach it. On dlaed4's first step ({@code kniter == 2})
     * the iteration starts from the root of a quadratic model.
     */
    static double threePoles(int kniter, boolean orgati, double rho, double[] d, double[] z, double finit) {
        double lbd = orgati ? d[1] : d[0];
        double ubd = orgati ? d[2] : d[1];
        if (finit < 0) {
            lbd = 0;
        } else {
            ubd = 0;
        }
        double tau = 0;
        if (kniter == 2) {
            double a;
            double b;
            double c;
            if (orgati) {
                double temp = (d[2] - d[1]) / 2;
                c = rho + z[0] / ((d[0] - d[1]) - temp);
                a = c * (d[1] + d[2]) + z[1] + z[2];
                b = c * d[1] * d[2] + z[1] * d[2] + z[2] * d[1];
            } else {
                double temp = (d[0] - d[1]) / 2;
                c = rho + z[2] / ((d[2] - d[1]) - temp);
                a = c * (d[0] + d[1]) + z[0] + z[1];
                b = c * d[0] * d[1] + z[0] * d[1] + z[1] * d[0];
            }
            double temp = Math.max(Math.abs(a), Math.max(Math.abs(b), Math.abs(c)));
            a /= temp;
            b /= temp;
            c /= temp;
            tau = quadraticStep(a, b, c);
            if (tau < lbd || tau > ubd) {
                tau = (lbd + ubd) / 2;
            }
            if (d[0] == tau || d[1] == tau || d[2] == tau) {
                tau = 0;
            } else {
                double f = finit
                        + tau * z[0] / (d[0] * (d[0] - tau))
                        + tau * z[1] / (d[1] * (d[1] - tau))
                        + tau * z[2] / (d[2] * (d[2] - tau));
                if (f <= 0) {
                    lbd = tau;
                } else {
                    ubd = tau;
                }
                if (Math.abs(finit) <= Math.abs(f)) {
                    tau = 0;
                }
            }
        }
        // scale poles that lie within safmin^(1/3) of the start, so that cubes do not underflow
        double gap = orgati
                ? Math.min(Math.abs(d[1] - tau), Math.abs(d[2] - tau))
                : Math.min(Math.abs(d[0] - tau), Math.abs(d[1] - tau));
        double sclfac = 1;
        double sclinv = 1;
        if (gap <= SMALL1) {
            sclfac = gap <= SMALL2 ? 1 / SMALL2 : 1 / SMALL1;
            sclinv = gap <= SMALL2 ? SMALL2 : SMALL1;
            tau *= sclfac;
            lbd *= sclfac;
            ubd *= sclfac;
        }
        double[] ds = {d[0] * sclfac, d[1] * sclfac, d[2] * sclfac};
        double[] zs = {z[0] * sclfac, z[1] * sclfac, z[2] * sclfac};
        double fc = 0;
        double df = 0;
        double ddf = 0;
        for (int k = 0; k < 3; k++) {
            double t = 1 / (ds[k] - tau);
            double t1 = zs[k] * t;
            double t2 = t1 * t;
            fc += t1 / ds[k];
            df += t2;
            ddf += t2 * t;
        }
        double f = finit + tau * fc;
        if (Math.abs(f) <= 0) {
            return tau * sclinv;
        }
        if (f <= 0) {
            lbd = tau;
        } else {
            ubd = tau;
        }
        for (int iter = 0; iter < MAX_THREE_POLE_ITERATIONS; iter++) {
            double t1 = orgati ? ds[1] - tau : ds[0] - tau;
            double t2 = orgati ? ds[2] - tau : ds[1] - tau;
            double a = (t1 + t2) * f - t1 * t2 * df;
            double b = t1 * t2 * f;
            double c = f - (t1 + t2) * df + t1 * t2 * ddf;
            double temp = Math.max(Math.abs(a), Math.max(Math.abs(b), Math.abs(c)));
            a /= temp;
            b /= temp;
            c /= temp;
            double eta = quadraticStep(a, b, c);
            if (f * eta >= 0) {
                eta = -f / df;
            }
            tau += eta;
            if (tau < lbd || tau > ubd) {
                tau = (lbd + ubd) / 2;
            }
            fc = 0;
            double erretm = 0;
            df = 0;
            ddf = 0;
            for (int k = 0; k < 3; k++) {
                double dk = ds[k] - tau;
                if (dk == 0) {
                    return tau * sclinv;
                }
                double t = 1 / dk;
                double u1 = zs[k] * t;
                double u2 = u1 * t;
                double u4 = u1 / ds[k];
                fc += u4;
                erretm += Math.abs(u4);
                df += u2;
                ddf += u2 * t;
            }
            f = finit + tau * fc;
            erretm = 8 * (Math.abs(finit) + Math.abs(tau) * erretm) + Math.abs(tau) * df;
            if (Math.abs(f) <= 4 * EPS * erretm || (ubd - lbd) <= 4 * EPS * Math.abs(tau)) {
                return tau * sclinv;
            }
            if (f <= 0) {
                lbd = tau;
            } else {
                ubd = tau;
            }
        }
        return Double.NaN;
    }

    /** The root of {@code c x^2 - a x + b = 0} that the rational models step by. */
    private static double quadraticStep(double a, double b, double c) {
        if (c == 0) {
            return b / a;
        }
        double s = Math.sqrt(Math.abs(a * a - 4 * b * c));
        return a <= 0 ? (a - s) / (2 * c) : 2 * b / (a + s);
    }

    /**
     * The eigenvalue i (0 or 1) of the 2 x 2 problem {@code diag(d) + rho z z^T} (dlaed5), its
     * unit eigenvector into v.
     */
    static double twoByTwo(int i, double[] d, double[] z, double[] v, double rho) {
        double del = d[1] - d[0];
        double z0 = z[0] * z[0];
        double z1 = z[1] * z[1];
        double lambda;
        if (i == 0) {
            double w = 1 + 2 * rho * (z1 - z0) / del;
            if (w > 0) {
                double b = del + rho * (z0 + z1);
                double c = rho * z0 * del;
                // tau = lambda - d_0
                double tau = 2 * c / (b + Math.sqrt(Math.abs(b * b - 4 * c)));
                lambda = d[0] + tau;
                v[0] = -z[0] / tau;
                v[1] = z[1] / (del - tau);
            } else {
                double b = -del + rho * (z0 + z1);
                double c = rho * z1 * del;
                // tau = lambda - d_1
                double tau = b > 0 ? -2 * c / (b + Math.sqrt(b * b + 4 * c)) : (b - Math.sqrt(b * b + 4 * c)) / 2;
                lambda = d[1] + tau;
                v[0] = -z[0] / (del + tau);
                v[1] = -z[1] / tau;
            }
        } else {
            double b = -del + rho * (z0 + z1);
            double c = rho * z1 * del;
            double tau = b > 0 ? (b + Math.sqrt(b * b + 4 * c)) / 2 : 2 * c / (-b + Math.sqrt(b * b + 4 * c));
            lambda = d[1] + tau;
            v[0] = -z[0] / (del + tau);
            v[1] = -z[1] / tau;
        }
        double norm = Math.hypot(v[0], v[1]);
        v[0] /= norm;
        v[1] /= norm;
        return lambda;
    }

    private static NoConvergenceException notConverged(int n, int i, int maxIterations) {
        return new NoConvergenceException(
                "secular equation of order " + n + ": root " + i + " did not converge within " + maxIterations
                        + " iterations",
                maxIterations);
    }
}
