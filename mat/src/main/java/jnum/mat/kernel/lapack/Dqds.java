package jnum.mat.kernel.lapack;

import java.util.Arrays;

/**
 * The singular values of a bidiagonal matrix by the dqds algorithm, LAPACK's dlasq1 to dlasq6
 * (Fernando and Parlett 1994; Parlett and Marques 2000, "An implementation of the dqds algorithm
 * (positive case)"): the squares {@code q_i = d_i^2, e_i^2} of the entries form a qd array whose
 * differential quotient-difference transforms with shifts converge to the squared singular values,
 * each to high relative accuracy.
 *
 * <p>The entries are first scaled by a power of two (exact) so that the largest is about
 * {@code sqrt(eps / safmin)}, keeping the squares in range. Two qd arrays are stored interleaved
 * (the "ping-pong" layout {@code z[4k-3..4k]}, indexed from 1 as in LAPACK) and each transform reads
 * one and writes the other; the shift comes from the bottom of the array (dlasq4's cases), values
 * deflate one or two at a time from the bottom (dlasq3), a transform that goes negative is retried
 * with a smaller shift and then without one (dlasq6), and the array is flipped when its top is the
 * smaller end.
 *
 * <p>The squares cannot hold the whole exponent range of the entries: when a nonzero entry is below
 * {@code 2^-900} times the largest, or a computed value is so small that its square nears underflow,
 * or the iteration bound of LAPACK ({@code 100 n} transforms per split block, {@code n + 1} blocks)
 * is reached, {@link #singularValues} reports failure and leaves its input untouched, so that the
 * caller can use the QR iteration instead.
 */
final class Dqds {
    /** LAPACK's dlamch('P'). */
    private static final double EPS = 0x1p-52;

    private static final double SAFMIN = Double.MIN_NORMAL;
    private static final double TOL = 100 * EPS;
    private static final double TOL2 = TOL * TOL;
    /** Flip the array when its top is this much smaller than its bottom. */
    private static final double CBIAS = 1.5;
    /** The largest entry is scaled to about 2^485 = sqrt(EPS / SAFMIN): its square about 2^970. */
    private static final int TARGET_EXPONENT = 485;
    /** Entries (and values) below 2^-900 of the largest leave dqds to the QR iteration. */
    private static final int RANGE_EXPONENT = 900;
    /** dlasq4's constants. */
    private static final double CNST1 = 0.563;

    private static final double CNST2 = 1.01;
    private static final double CNST3 = 1.05;
    private static final double THIRD = 0.333;

    /** The qd arrays, z[1..4n] (z[0] unused). */
    private final double[] z;

    private int i0;
    private int n0;
    private int pp;
    private int ttype;
    private int nfail;
    private double dmin;
    private double dmin1;
    private double dmin2;
    private double dn;
    private double dn1;
    private double dn2;
    private double g;
    private double tau;
    private double sigma;
    private double desig;
    private double qmax;

    private Dqds(int n) {
        z = new double[4 * n + 1];
    }

    /**
     * dlasq1: the singular values of the n x n bidiagonal with diagonal d and off-diagonal e (n - 1
     * elements, above or below: the values are the same) replace d in decreasing order.
     *
     * @return true on success; false, with d and e unchanged, when the values are left to the QR
     *     iteration (entries out of the range of the squares, a non-finite entry, or no convergence)
     */
    static boolean singularValues(int n, double[] d, int dOff, double[] e, int eOff) {
        if (n == 0) {
            return true;
        }
        if (n == 1) {
            d[dOff] = Math.abs(d[dOff]);
            return true;
        }
        if (n == 2) {
            double[] out = new double[2];
            PlaneRotations.las2(d[dOff], e[eOff], d[dOff + 1], out);
            d[dOff] = out[1];
            d[dOff + 1] = out[0];
            return true;
        }
        double emax = 0;
        for (int i = 0; i < n - 1; i++) {
            emax = Math.max(emax, Math.abs(e[eOff + i]));
        }
        double sigmx = emax;
        int zerosOnDiagonal = 0;
        for (int i = 0; i < n; i++) {
            double di = Math.abs(d[dOff + i]);
            sigmx = Math.max(sigmx, di);
            if (di == 0) {
                zerosOnDiagonal++;
            }
        }
        if (!Double.isFinite(sigmx)) {
            return false;
        }
        if (emax == 0) {
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = Math.abs(d[dOff + i]);
            }
            storeDescending(values, n, d, dOff);
            return true;
        }
        int scale = TARGET_EXPONENT - 1 - exponent(sigmx);
        double floor = Math.scalb(sigmx, -RANGE_EXPONENT);
        Dqds qd = new Dqds(n);
        double[] z = qd.z;
        for (int i = 0; i < n; i++) {
            double di = Math.abs(d[dOff + i]);
            if (di != 0 && di < floor) {
                return false;
            }
            double s = Math.scalb(di, scale);
            z[2 * i + 1] = s * s;
            if (i < n - 1) {
                double ei = Math.abs(e[eOff + i]);
                if (ei != 0 && ei < floor) {
                    return false;
                }
                s = Math.scalb(ei, scale);
                z[2 * i + 2] = s * s;
            }
        }
        if (!qd.run(n)) {
            return false;
        }
        // squares this close to underflow have lost their relative accuracy; exact zeros are
        // trusted only up to the nullity's bound, the number of zeros on the diagonal
        double smallest = Math.scalb(1.0, TARGET_EXPONENT * 2 - 2 * RANGE_EXPONENT);
        int zeros = 0;
        for (int i = 1; i <= n; i++) {
            double q = z[i];
            if (q == 0) {
                zeros++;
            }
            if (!(q >= smallest) && !(q == 0 && zeros <= zerosOnDiagonal)) {
                return false;
            }
        }
        for (int i = 0; i < n; i++) {
            d[dOff + i] = Math.scalb(Math.sqrt(z[i + 1]), -scale);
        }
        return true;
    }

    /** The binary exponent of a positive finite x, subnormals included. */
    private static int exponent(double x) {
        return x >= Double.MIN_NORMAL ? Math.getExponent(x) : Math.getExponent(x * 0x1p100) - 100;
    }

    /** The first n of values, sorted in decreasing order, into d. */
    private static void storeDescending(double[] values, int n, double[] d, int dOff) {
        Arrays.sort(values, 0, n);
        for (int i = 0; i < n; i++) {
            d[dOff + i] = values[n - 1 - i];
        }
    }

    /**
     * dlasq2 on z[1..2n-1] = q_1, e_1, ..., q_n (non-negative, some e nonzero): the eigenvalues of
     * the qd array (the squared singular values) into z[1..n] in decreasing order.
     *
     * @return false if the iteration did not converge
     */
    private boolean run(int n) {
        z[2 * n] = 0;
        // the two qd arrays interleaved: q at 4k-3 (and 4k-2), e at 4k-1 (and 4k)
        for (int k = 2 * n; k >= 2; k -= 2) {
            z[2 * k] = 0;
            z[2 * k - 1] = z[k];
            z[2 * k - 2] = 0;
            z[2 * k - 3] = z[k - 1];
        }
        i0 = 1;
        n0 = n;
        if (CBIAS * z[1] < z[4 * n0 - 3]) {
            flip(i0, n0);
        }
        initialSplit();
        ttype = 0;
        dmin1 = 0;
        dmin2 = 0;
        dn = 0;
        dn1 = 0;
        dn2 = 0;
        g = 0;
        tau = 0;
        nfail = 0;
        for (int block = 0; block <= n; block++) {
            if (n0 < 1) {
                break;
            }
            if (!solveBlock(n)) {
                return false;
            }
        }
        if (n0 >= 1) {
            return false;
        }
        double[] values = new double[n];
        for (int k = 1; k <= n; k++) {
            values[k - 1] = z[4 * k - 3];
        }
        storeDescending(values, n, z, 1);
        return true;
    }

    /**
     * Two unshifted dqd passes (one in each array) that set negligible e to -0, marking splits,
     * and leave the transformed array in the pp = 0 position.
     */
    private void initialSplit() {
        pp = 0;
        for (int k = 0; k < 2; k++) {
            // backward pass: the smallest d, to find negligible e relative to it
            double d = z[4 * n0 + pp - 3];
            for (int i4 = 4 * (n0 - 1) + pp; i4 >= 4 * i0 + pp; i4 -= 4) {
                if (z[i4 - 1] <= TOL2 * d) {
                    z[i4 - 1] = -0.0;
                    d = z[i4 - 3];
                } else {
                    d = z[i4 - 3] * (d / (d + z[i4 - 1]));
                }
            }
            // forward dqd pass into the other array
            d = z[4 * i0 + pp - 3];
            for (int i4 = 4 * i0 + pp; i4 <= 4 * (n0 - 1) + pp; i4 += 4) {
                int qo = i4 - 2 * pp - 2;
                int eo = i4 - 2 * pp;
                z[qo] = d + z[i4 - 1];
                if (z[i4 - 1] <= TOL2 * d) {
                    z[i4 - 1] = -0.0;
                    z[qo] = d;
                    z[eo] = 0;
                    d = z[i4 + 1];
                } else if (SAFMIN * z[i4 + 1] < z[qo] && SAFMIN * z[qo] < z[i4 + 1]) {
                    double temp = z[i4 + 1] / z[qo];
                    z[eo] = z[i4 - 1] * temp;
                    d *= temp;
                } else {
                    z[eo] = z[i4 + 1] * (z[i4 - 1] / z[qo]);
                    d = z[i4 + 1] * (d / z[qo]);
                }
            }
            z[4 * n0 - pp - 2] = d;
            pp = 1 - pp;
        }
    }

    /**
     * One pass of dlasq2's outer loop: find the bottom unreduced block (its top i0), flip it if
     * that brings the smaller values down, and run dlasq3 on it until it is reduced, splitting
     * off its top part when an e becomes negligible.
     *
     * @return false if the block did not converge in {@code 100 (n0 - i0 + 1)} transforms
     */
    private boolean solveBlock(int n) {
        desig = 0;
        sigma = n0 == n ? 0 : -z[4 * n0 - 1];
        if (sigma < 0) {
            return false;
        }
        double emax = 0;
        double qmin = z[4 * n0 - 3];
        qmax = qmin;
        int i4 = 4 * n0;
        for (; i4 >= 8; i4 -= 4) {
            if (z[i4 - 5] <= 0) {
                break;
            }
            if (qmin >= 4 * emax) {
                qmin = Math.min(qmin, z[i4 - 3]);
                emax = Math.max(emax, z[i4 - 5]);
            }
            qmax = Math.max(qmax, z[i4 - 7] + z[i4 - 5]);
        }
        i0 = i4 / 4;
        pp = 0;
        if (n0 - i0 > 1) {
            // flip when the smallest d of the block sits near its top
            double dee = z[4 * i0 - 3];
            double deemin = dee;
            int kmin = i0;
            for (int j = 4 * i0 + 1; j <= 4 * n0 - 3; j += 4) {
                dee = z[j] * (dee / (dee + z[j - 2]));
                if (dee <= deemin) {
                    deemin = dee;
                    kmin = (j + 3) / 4;
                }
            }
            if ((kmin - i0) * 2 < n0 - kmin && deemin <= 0.5 * z[4 * n0 - 3]) {
                flip(i0, n0);
                pp = 2;
            }
        }
        // a lower bound on the smallest eigenvalue of the block, as the initial dmin
        dmin = -Math.max(0, qmin - 2 * Math.sqrt(qmin) * Math.sqrt(emax));
        int nbig = 100 * (n0 - i0 + 1);
        for (int it = 0; it < nbig; it++) {
            if (i0 > n0) {
                return true;
            }
            step();
            pp = 1 - pp;
            if (pp == 0 && n0 - i0 >= 3 && (z[4 * n0] <= TOL2 * qmax || z[4 * n0 - 1] <= TOL2 * sigma)) {
                splitTop();
            }
        }
        return i0 > n0;
    }

    /** Marks negligible e inside the block as splits (-sigma) and moves i0 below the last one. */
    private void splitTop() {
        int splt = i0 - 1;
        qmax = z[4 * i0 - 3];
        double emin = z[4 * i0 - 1];
        double oldemn = z[4 * i0];
        for (int i4 = 4 * i0; i4 <= 4 * (n0 - 3); i4 += 4) {
            if (z[i4] <= TOL2 * z[i4 - 3] || z[i4 - 1] <= TOL2 * sigma) {
                z[i4 - 1] = -sigma;
                splt = i4 / 4;
                qmax = 0;
                emin = z[i4 + 3];
                oldemn = z[i4 + 4];
            } else {
                qmax = Math.max(qmax, z[i4 + 1]);
                emin = Math.min(emin, z[i4 - 1]);
                oldemn = Math.min(oldemn, z[i4]);
            }
        }
        z[4 * n0 - 1] = emin;
        z[4 * n0] = oldemn;
        i0 = splt + 1;
    }

    /** Reverses the block i0..n0 of both qd arrays. */
    private void flip(int top, int bottom) {
        int ipn4 = 4 * (top + bottom);
        for (int j4 = 4 * top; j4 <= 2 * (top + bottom - 1); j4 += 4) {
            swap(j4 - 3, ipn4 - j4 - 3);
            swap(j4 - 2, ipn4 - j4 - 2);
            swap(j4 - 1, ipn4 - j4 - 5);
            swap(j4, ipn4 - j4 - 4);
        }
    }

    private void swap(int i, int j) {
        double t = z[i];
        z[i] = z[j];
        z[j] = t;
    }

    /**
     * dlasq3: deflates converged values at the bottom of the block, then takes one dqds transform
     * with a shift, retrying with smaller shifts (then none) while it fails, and adds the shift
     * to sigma with compensated summation.
     */
    private void step() {
        int n0in = n0;
        // deflation of one or two values at the bottom
        while (true) {
            if (n0 < i0) {
                return;
            }
            if (n0 == i0) {
                deflateOne();
                continue;
            }
            int nn = 4 * n0 + pp;
            if (n0 == i0 + 1) {
                deflateTwo(nn);
                continue;
            }
            if (!(z[nn - 5] > TOL2 * (sigma + z[nn - 3]) && z[nn - 2 * pp - 4] > TOL2 * z[nn - 7])) {
                deflateOne();
                continue;
            }
            if (!(z[nn - 9] > TOL2 * sigma && z[nn - 2 * pp - 8] > TOL2 * z[nn - 11])) {
                deflateTwo(nn);
                continue;
            }
            break;
        }
        if (pp == 2) {
            pp = 0;
        }
        // after a failure or a deflation, flip if the top is the smaller end
        if ((dmin <= 0 || n0 < n0in) && CBIAS * z[4 * i0 + pp - 3] < z[4 * n0 + pp - 3]) {
            flip(i0, n0);
            if (n0 - i0 <= 4) {
                z[4 * n0 + pp - 1] = z[4 * i0 + pp - 1];
                z[4 * n0 - pp] = z[4 * i0 - pp];
            }
            dmin2 = Math.min(dmin2, z[4 * n0 + pp - 1]);
            z[4 * n0 + pp - 1] = Math.min(z[4 * n0 + pp - 1], Math.min(z[4 * i0 + pp - 1], z[4 * i0 + pp + 3]));
            z[4 * n0 - pp] = Math.min(z[4 * n0 - pp], Math.min(z[4 * i0 - pp], z[4 * i0 - pp + 4]));
            qmax = Math.max(qmax, Math.max(z[4 * i0 + pp - 3], z[4 * i0 + pp + 1]));
            dmin = -0.0;
        }
        chooseShift(n0in);
        // ttype falls by at least 11 per failure, so at most three retries precede tau = 0, with
        // which the transform cannot go negative
        boolean shifted = false;
        while (true) {
            transform();
            if (dmin >= 0 && dmin1 >= 0) {
                shifted = true;
                break;
            }
            if (dmin < 0 && dmin1 > 0 && z[4 * (n0 - 1) - pp] < TOL * (sigma + dn1) && Math.abs(dn) < TOL * sigma) {
                // convergence hidden by a negative d at the bottom
                z[4 * (n0 - 1) - pp + 2] = 0;
                dmin = 0;
                shifted = true;
                break;
            }
            if (dmin < 0) {
                nfail++;
                if (ttype < -22) {
                    tau = 0;
                } else if (dmin1 > 0) {
                    tau = (tau + dmin) * (1 - 2 * EPS);
                    ttype -= 11;
                } else {
                    tau *= 0.25;
                    ttype -= 12;
                }
                continue;
            }
            if (Double.isNaN(dmin) && tau != 0) {
                tau = 0;
                continue;
            }
            break;
        }
        if (!shifted) {
            transformWithoutShift();
            tau = 0;
        }
        if (tau < sigma) {
            desig += tau;
            double t = sigma + desig;
            desig -= t - sigma;
            sigma = t;
        } else {
            double t = sigma + tau;
            desig = sigma - (t - tau) + desig;
            sigma = t;
        }
    }

    private void deflateOne() {
        z[4 * n0 - 3] = z[4 * n0 + pp - 3] + sigma;
        n0--;
    }

    /** The two eigenvalues of the bottom 2 x 2 block, accurately. */
    private void deflateTwo(int nn) {
        if (z[nn - 3] > z[nn - 7]) {
            swap(nn - 3, nn - 7);
        }
        double t = 0.5 * ((z[nn - 7] - z[nn - 3]) + z[nn - 5]);
        if (z[nn - 5] > z[nn - 3] * TOL2 && t != 0) {
            double s = z[nn - 3] * (z[nn - 5] / t);
            if (s <= t) {
                s = z[nn - 3] * (z[nn - 5] / (t * (1 + Math.sqrt(1 + s / t))));
            } else {
                s = z[nn - 3] * (z[nn - 5] / (t + Math.sqrt(t) * Math.sqrt(t + s)));
            }
            t = z[nn - 7] + (s + z[nn - 5]);
            z[nn - 3] *= z[nn - 7] / t;
            z[nn - 7] = t;
        }
        z[4 * n0 - 7] = z[nn - 7] + sigma;
        z[4 * n0 - 3] = z[nn - 3] + sigma;
        n0 -= 2;
    }

    /**
     * dlasq4: the shift tau, an approximation from below to the smallest eigenvalue of the block,
     * from the last transform's d values (dn, dn1, dn2, their minima) and, after a deflation, from
     * the bottom of the array. Where dlasq4 returns early the previous tau is kept.
     */
    private void chooseShift(int n0in) {
        if (dmin <= 0) {
            tau = -dmin;
            ttype = -1;
            return;
        }
        int nn = 4 * n0 + pp;
        double s = 0;
        if (n0in == n0) {
            if (dmin == dn || dmin == dn1) {
                double b1 = Math.sqrt(z[nn - 3]) * Math.sqrt(z[nn - 5]);
                double b2 = Math.sqrt(z[nn - 7]) * Math.sqrt(z[nn - 9]);
                double a2 = z[nn - 7] + z[nn - 5];
                if (dmin == dn && dmin1 == dn1) {
                    // cases 2 and 3: the two smallest from a Gerschgorin-like gap estimate
                    double gap2 = dmin2 - a2 - dmin2 * 0.25;
                    double gap1 = gap2 > 0 && gap2 > b2 ? a2 - dn - (b2 / gap2) * b2 : a2 - dn - (b1 + b2);
                    if (gap1 > 0 && gap1 > b1) {
                        s = Math.max(dn - (b1 / gap1) * b1, 0.5 * dmin);
                        ttype = -2;
                    } else {
                        s = 0;
                        if (dn > b1) {
                            s = dn - b1;
                        }
                        if (a2 > b1 + b2) {
                            s = Math.min(s, a2 - (b1 + b2));
                        }
                        s = Math.max(s, THIRD * dmin);
                        ttype = -3;
                    }
                } else {
                    // case 4
                    ttype = -4;
                    s = 0.25 * dmin;
                    double gam;
                    int np;
                    if (dmin == dn) {
                        gam = dn;
                        a2 = 0;
                        if (z[nn - 5] > z[nn - 7]) {
                            return;
                        }
                        b2 = z[nn - 5] / z[nn - 7];
                        np = nn - 9;
                    } else {
                        np = nn - 2 * pp;
                        gam = dn1;
                        if (z[np - 4] > z[np - 2]) {
                            return;
                        }
                        a2 = z[np - 4] / z[np - 2];
                        if (z[nn - 9] > z[nn - 11]) {
                            return;
                        }
                        b2 = z[nn - 9] / z[nn - 11];
                        np = nn - 13;
                    }
                    a2 += b2;
                    a2 = ratioSum(z, np, 4 * i0 - 1 + pp, b2, a2);
                    if (Double.isNaN(a2)) {
                        return;
                    }
                    a2 *= CNST3;
                    if (a2 < CNST1) {
                        s = gam * (1 - Math.sqrt(a2)) / (1 + a2);
                    }
                }
            } else if (dmin == dn2) {
                // case 5
                ttype = -5;
                s = 0.25 * dmin;
                int np = nn - 2 * pp;
                double b1 = z[np - 2];
                double b2 = z[np - 6];
                double gam = dn2;
                if (z[np - 8] > b2 || z[np - 4] > b1) {
                    return;
                }
                double a2 = (z[np - 8] / b2) * (1 + z[np - 4] / b1);
                if (n0 - i0 > 2) {
                    b2 = z[nn - 13] / z[nn - 15];
                    a2 += b2;
                    a2 = ratioSum(z, nn - 17, 4 * i0 - 1 + pp, b2, a2);
                    if (Double.isNaN(a2)) {
                        return;
                    }
                    a2 *= CNST3;
                }
                if (a2 < CNST1) {
                    s = gam * (1 - Math.sqrt(a2)) / (1 + a2);
                }
            } else {
                // case 6: no information, a growing fraction of dmin
                if (ttype == -6) {
                    g += THIRD * (1 - g);
                } else if (ttype == -18) {
                    g = 0.25 * THIRD;
                } else {
                    g = 0.25;
                }
                s = g * dmin;
                ttype = -6;
            }
        } else if (n0in == n0 + 1) {
            // one value just deflated
            if (dmin1 == dn1 && dmin2 == dn2) {
                ttype = -7;
                s = THIRD * dmin1;
                if (z[nn - 5] > z[nn - 7]) {
                    return;
                }
                double b1 = z[nn - 5] / z[nn - 7];
                double b2 = b1;
                if (b2 != 0) {
                    for (int i4 = 4 * n0 - 9 + pp; i4 >= 4 * i0 - 1 + pp; i4 -= 4) {
                        double a2 = b1;
                        if (z[i4] > z[i4 - 2]) {
                            return;
                        }
                        b1 *= z[i4] / z[i4 - 2];
                        b2 += b1;
                        if (100 * Math.max(b1, a2) < b2) {
                            break;
                        }
                    }
                }
                b2 = Math.sqrt(CNST3 * b2);
                double a2 = dmin1 / (1 + b2 * b2);
                double gap2 = 0.5 * dmin2 - a2;
                if (gap2 > 0 && gap2 > b2 * a2) {
                    s = Math.max(s, a2 * (1 - CNST2 * a2 * (b2 / gap2) * b2));
                } else {
                    s = Math.max(s, a2 * (1 - CNST2 * b2));
                    ttype = -8;
                }
            } else {
                s = dmin1 == dn1 ? 0.5 * dmin1 : 0.25 * dmin1;
                ttype = -9;
            }
        } else if (n0in == n0 + 2) {
            // two values just deflated
            if (dmin2 == dn2 && 2 * z[nn - 5] < z[nn - 7]) {
                ttype = -10;
                s = THIRD * dmin2;
                if (z[nn - 5] > z[nn - 7]) {
                    return;
                }
                double b1 = z[nn - 5] / z[nn - 7];
                double b2 = b1;
                if (b2 != 0) {
                    for (int i4 = 4 * n0 - 9 + pp; i4 >= 4 * i0 - 1 + pp; i4 -= 4) {
                        if (z[i4] > z[i4 - 2]) {
                            return;
                        }
                        b1 *= z[i4] / z[i4 - 2];
                        b2 += b1;
                        if (100 * b1 < b2) {
                            break;
                        }
                    }
                }
                b2 = Math.sqrt(CNST3 * b2);
                double a2 = dmin2 / (1 + b2 * b2);
                double gap2 = z[nn - 7] + z[nn - 9] - Math.sqrt(z[nn - 11]) * Math.sqrt(z[nn - 9]) - a2;
                if (gap2 > 0 && gap2 > b2 * a2) {
                    s = Math.max(s, a2 * (1 - CNST2 * a2 * (b2 / gap2) * b2));
                } else {
                    s = Math.max(s, a2 * (1 - CNST2 * b2));
                }
            } else {
                s = 0.25 * dmin2;
                ttype = -11;
            }
        } else {
            // more than two deflated: no shift
            s = 0;
            ttype = -12;
        }
        tau = s;
    }

    /**
     * dlasq5 (IEEE arithmetic): one dqds transform with shift tau from the pp array into the other;
     * a negative d or a NaN shows in dmin. Without a shift, d below {@code eps sigma} is set to 0.
     */
    private void transform() {
        if (n0 - i0 - 1 <= 0) {
            return;
        }
        double[] z = this.z;
        int p = pp;
        double dthresh = EPS * (sigma + tau);
        if (tau < dthresh * 0.5) {
            tau = 0;
        }
        double t = tau;
        boolean clamp = t == 0;
        int j0 = 4 * i0 + p - 3;
        double emin = z[j0 + 4];
        double d = z[j0] - t;
        double mn = d;
        dmin1 = -z[j0];
        int last = 4 * (n0 - 3);
        // the loops run in the d chain's latency; the minima use plain comparisons off that chain
        // (a NaN in d stays in d, reaches dn and so dmin below)
        if (clamp) {
            for (int j4 = 4 * i0; j4 <= last; j4 += 4) {
                double sum = d + z[j4 - 1 + p];
                z[j4 - 2 - p] = sum;
                double temp = z[j4 + 1 + p] / sum;
                d = d * temp;
                if (d < dthresh) {
                    d = 0;
                }
                mn = d < mn ? d : mn;
                double eo = z[j4 - 1 + p] * temp;
                z[j4 - p] = eo;
                emin = eo < emin ? eo : emin;
            }
        } else if (p == 0) {
            for (int j4 = 4 * i0; j4 <= last; j4 += 4) {
                double ei = z[j4 - 1];
                double sum = d + ei;
                z[j4 - 2] = sum;
                double temp = z[j4 + 1] / sum;
                d = d * temp - t;
                mn = d < mn ? d : mn;
                double eo = ei * temp;
                z[j4] = eo;
                emin = eo < emin ? eo : emin;
            }
        } else {
            for (int j4 = 4 * i0; j4 <= last; j4 += 4) {
                double ei = z[j4];
                double sum = d + ei;
                z[j4 - 3] = sum;
                double temp = z[j4 + 2] / sum;
                d = d * temp - t;
                mn = d < mn ? d : mn;
                double eo = ei * temp;
                z[j4 - 1] = eo;
                emin = eo < emin ? eo : emin;
            }
        }
        dn2 = d;
        dmin2 = mn;
        int j4 = 4 * (n0 - 2) - p;
        int j4p2 = j4 + 2 * p - 1;
        z[j4 - 2] = dn2 + z[j4p2];
        z[j4] = z[j4p2 + 2] * (z[j4p2] / z[j4 - 2]);
        dn1 = z[j4p2 + 2] * (dn2 / z[j4 - 2]) - t;
        mn = Math.min(mn, dn1);
        dmin1 = mn;
        j4 += 4;
        j4p2 = j4 + 2 * p - 1;
        z[j4 - 2] = dn1 + z[j4p2];
        z[j4] = z[j4p2 + 2] * (z[j4p2] / z[j4 - 2]);
        dn = z[j4p2 + 2] * (dn1 / z[j4 - 2]) - t;
        dmin = Math.min(mn, dn);
        z[j4 + 2] = dn;
        z[4 * n0 - p] = emin;
    }

    /**
     * dlasq6: one dqd transform (no shift) from the pp array into the other, guarding against
     * underflow and overflow in the ratios and restarting the d recurrence at a zero.
     */
    private void transformWithoutShift() {
        if (n0 - i0 - 1 <= 0) {
            return;
        }
        int p = pp;
        int j0 = 4 * i0 + p - 3;
        double emin = z[j0 + 4];
        double d = z[j0];
        double mn = d;
        for (int j4 = 4 * i0; j4 <= 4 * (n0 - 1); j4 += 4) {
            if (j4 == 4 * (n0 - 2)) {
                dn2 = d;
                dmin2 = mn;
            } else if (j4 == 4 * (n0 - 1)) {
                dn1 = d;
                dmin1 = mn;
            }
            int qo = j4 - 2 - p;
            int eo = j4 - p;
            int ei = j4 - 1 + p;
            int qn = j4 + 1 + p;
            z[qo] = d + z[ei];
            if (z[qo] == 0) {
                z[eo] = 0;
                d = z[qn];
                mn = d;
                emin = 0;
            } else if (SAFMIN * z[qn] < z[qo] && SAFMIN * z[qo] < z[qn]) {
                double temp = z[qn] / z[qo];
                z[eo] = z[ei] * temp;
                d *= temp;
            } else {
                z[eo] = z[qn] * (z[ei] / z[qo]);
                d = z[qn] * (d / z[qo]);
            }
            mn = Math.min(mn, d);
            emin = Math.min(emin, z[eo]);
        }
        dn = d;
        dmin = mn;
        z[4 * (n0 - 1) - p + 2] = dn;
        z[4 * n0 - p] = emin;
    }

    /**
     * dlasq4's sum of the ratios {@code b2 *= z[i4] / z[i4 - 2]} down the array from {@code from} to
     * {@code to} (steps of 4), added to {@code a2} until they stop mattering; NaN where the array is
     * not decreasing, which leaves the shift as it was.
     */
    private static double ratioSum(double[] z, int from, int to, double b2, double a2) {
        for (int i4 = from; i4 >= to; i4 -= 4) {
            if (b2 == 0) {
                break;
            }
            double b1 = b2;
            if (z[i4] > z[i4 - 2]) {
                return Double.NaN;
            }
            b2 *= z[i4] / z[i4 - 2];
            a2 += b2;
            if (100 * Math.max(b2, b1) < a2 || CNST1 < a2) {
                break;
            }
        }
        return a2;
    }
}
