package jnum.mat.kernel.lapack;

import jnum.mat.kernel.Blas;
import jnum.mat.kernel.Uplo;

/**
 * The singular values of a bidiagonal matrix by implicit QR, LAPACK's dbdsqr (Demmel and Kahan,
 * "Accurate singular values of bidiagonal matrices", 1990): {@code B = Q S P^T}, S non-negative
 * and in decreasing order, optionally with {@code U Q} and {@code P^T VT} accumulated.
 *
 * <p>Zero-shift QR sweeps are taken whenever a shift could spoil the relative accuracy of the small
 * singular values, shifted sweeps otherwise; the sweep direction follows the grading (chasing from
 * the larger end to the smaller). Off-diagonal elements are set to zero by the relative criteria of
 * dbdsqr ({@code |e_j| <= tol mu_j} with the recurrence for a lower bound on the smallest singular
 * value), so every singular value, large or tiny, is found to high relative accuracy: about
 * {@code tol = max(10, min(100, eps^(-1/8))) eps} times the relative spread the data allow.
 *
 * <p>Without vectors the values come from {@link Dqds} (dqds, as in dbdsqr), which is faster and
 * equally accurate in the relative sense; the QR iteration remains for the cases it declines.
 *
 * <p>Iterations are bounded as in LAPACK: at most {@code 6 n^2} inner steps; when the limit is
 * reached the number of off-diagonal elements not yet zero is returned.
 */
final class BidiagonalQr {
    /** dbdsqr's MAXITR: inner steps allowed per squared order. */
    static final int MAX_ITER = 6;

    private static final double EPS = 0x1p-53;
    private static final double UNFL = Double.MIN_NORMAL;

    /**
     * dbdsqr's relative tolerance {@code tolmul eps}, {@code tolmul = max(10, min(100,
     * eps^(-1/8)))}: computed once, a power costing more than a whole iteration at order 3.
     */
    private static final double TOL = Math.max(10, Math.min(100, Math.pow(EPS, -0.125))) * EPS;

    private final Blas blas;

    BidiagonalQr(Blas blas) {
        this.blas = blas;
    }

    /** The bound {@code 6 n^2} on the inner steps of {@link #bdsqr} for order n. */
    static long iterationLimit(int n) {
        return (long) MAX_ITER * n * n;
    }

    /**
     * dbdsqr (without the C operand): the singular values of the n x n bidiagonal B ({@code d} its
     * diagonal, {@code e} its n - 1 off-diagonal elements above ({@code UPPER}) or below it) replace
     * d in decreasing order; VT (n x ncvt) becomes {@code P^T VT} and U (nru x n) becomes {@code U
     * Q}. e is destroyed.
     *
     * @return 0 on convergence, else the number of elements of e that did not converge to zero
     */
    int bdsqr(
            Uplo uplo,
            int n,
            int ncvt,
            int nru,
            double[] d,
            int dOff,
            double[] e,
            int eOff,
            double[] vt,
            int vtOff,
            int ldvt,
            double[] u,
            int uOff,
            int ldu) {
        if (n == 0) {
            return 0;
        }
        // values alone: dqds, as dbdsqr hands them to dlasq1; the QR iteration below when it declines
        if (ncvt == 0 && nru == 0 && Dqds.singularValues(n, d, dOff, e, eOff)) {
            return 0;
        }
        // V = VT^T (ncvt x n): the rotations of rows of VT become rotations of columns of V
        double[] v = ncvt > 0 ? Transposed.of(n, ncvt, vt, vtOff, ldvt) : null;
        int unconverged = bdsqrColumns(uplo, n, ncvt, nru, d, dOff, e, eOff, v, 0, Math.max(1, ncvt), u, uOff, ldu);
        if (v != null) {
            Transposed.back(ncvt, n, v, vt, vtOff, ldvt);
        }
        return unconverged;
    }

    /**
     * {@link #bdsqr} with V itself in place of VT: V (nrv x n, its columns the right vectors)
     * becomes {@code V P}, U (nru x n) becomes {@code U Q}. For callers that hold V as columns,
     * which {@link #bdsqr} would otherwise transpose there and back.
     *
     * @return 0 on convergence, else the number of elements of e that did not converge to zero
     */
    int bdsqrColumns(
            Uplo uplo,
            int n,
            int nrv,
            int nru,
            double[] d,
            int dOff,
            double[] e,
            int eOff,
            double[] v,
            int vOff,
            int ldv,
            double[] u,
            int uOff,
            int ldu) {
        if (n == 0) {
            return 0;
        }
        int nm1 = n - 1;
        double[] work = new double[Math.max(1, 4 * nm1)];
        double[] rot = new double[6];
        RotationBatch vBatch = nrv > 0 ? new RotationBatch(blas, v, vOff, ldv, nrv, n) : null;
        RotationBatch uBatch = nru > 0 ? new RotationBatch(blas, u, uOff, ldu, nru, n) : null;
        if (n > 1 && uplo == Uplo.LOWER) {
            // rotate to upper bidiagonal form from the left
            for (int i = 0; i < nm1; i++) {
                PlaneRotations.lartg(d[dOff + i], e[eOff + i], rot);
                d[dOff + i] = rot[2];
                e[eOff + i] = rot[1] * d[dOff + i + 1];
                d[dOff + i + 1] *= rot[0];
                work[i] = rot[0];
                work[nm1 + i] = rot[1];
            }
            if (uBatch != null) {
                uBatch.add(0, n, true, work, 0, work, nm1);
            }
        }
        int unconverged = n > 1 ? iterate(n, d, dOff, e, eOff, vBatch, uBatch, work, rot) : 0;
        if (uBatch != null) {
            uBatch.flush();
        }
        if (vBatch != null) {
            vBatch.flush();
        }
        if (unconverged == 0) {
            sortDescending(n, nrv, nru, d, dOff, v, vOff, ldv, u, uOff, ldu);
        }
        return unconverged;
    }

    /** The QR iteration of dbdsqr on an upper bidiagonal matrix; returns the count of nonzero e left. */
    private static int iterate(
            int n,
            double[] d,
            int dOff,
            double[] e,
            int eOff,
            RotationBatch vBatch,
            RotationBatch uBatch,
            double[] work,
            double[] rot) {
        int nm1 = n - 1;
        int nm12 = nm1 + nm1;
        int nm13 = nm12 + nm1;
        double tol = TOL;
        double smax = 0;
        for (int i = 0; i < n; i++) {
            smax = Math.max(smax, Math.abs(d[dOff + i]));
        }
        for (int i = 0; i < nm1; i++) {
            smax = Math.max(smax, Math.abs(e[eOff + i]));
        }
        // a lower bound on the smallest singular value, for the absolute threshold
        double sminoa = Math.abs(d[dOff]);
        if (sminoa != 0) {
            double mu = sminoa;
            for (int i = 1; i < n; i++) {
                mu = Math.abs(d[dOff + i]) * (mu / (mu + Math.abs(e[eOff + i - 1])));
                sminoa = Math.min(sminoa, mu);
                if (sminoa == 0) {
                    break;
                }
            }
        }
        sminoa = sminoa / Math.sqrt(n);
        // matrices small enough to be rotated at once are rotated inside the sweep, step by step:
        // the rotations' arithmetic then overlaps the latency of the next step's square roots and
        // divisions (the same operations in the same order as applying the sweep afterwards)
        boolean inSweep = (vBatch == null || vBatch.immediate()) && (uBatch == null || uBatch.immediate());
        RotationBatch vNow = inSweep ? vBatch : null;
        RotationBatch uNow = inSweep ? uBatch : null;
        RotationBatch vLater = inSweep ? null : vBatch;
        RotationBatch uLater = inSweep ? null : uBatch;
        long maxIt = iterationLimit(n);
        double thresh = Math.max(tol * sminoa, maxIt * UNFL);
        long iter = 0;
        int oldll = -1;
        int oldm = -1;
        int idir = 0;
        double sminl = 0;
        int m = n - 1; // the last index of the unconverged part
        while (m > 0) {
            if (iter > maxIt) {
                int count = 0;
                for (int i = 0; i < nm1; i++) {
                    if (e[eOff + i] != 0) {
                        count++;
                    }
                }
                return count;
            }
            // find the diagonal block to work on: e[ll..m-1] nonzero, e[ll-1] zero
            double smaxBlock = Math.abs(d[dOff + m]);
            int ll = 0;
            boolean split = false;
            for (int lll = 1; lll <= m; lll++) {
                ll = m - lll;
                double abss = Math.abs(d[dOff + ll]);
                double abse = Math.abs(e[eOff + ll]);
                if (abse <= thresh) {
                    split = true;
                    break;
                }
                smaxBlock = Math.max(smaxBlock, Math.max(abss, abse));
            }
            if (split) {
                e[eOff + ll] = 0;
                if (ll == m - 1) {
                    m--; // the bottom singular value converged
                    continue;
                }
                ll++;
            } else {
                ll = 0;
            }
            if (ll == m - 1) {
                // a 2 x 2 block: solve it directly
                PlaneRotations.lasv2(d[dOff + m - 1], e[eOff + m - 1], d[dOff + m], rot);
                d[dOff + m - 1] = rot[1];
                e[eOff + m - 1] = 0;
                d[dOff + m] = rot[0];
                if (vBatch != null) {
                    vBatch.add(m - 1, rot[3], rot[2]);
                }
                if (uBatch != null) {
                    uBatch.add(m - 1, rot[5], rot[4]);
                }
                m -= 2;
                continue;
            }
            // on a new block, chase from the larger end towards the smaller
            if (ll > oldm || m < oldll) {
                idir = Math.abs(d[dOff + ll]) >= Math.abs(d[dOff + m]) ? 1 : 2;
            }
            // convergence tests
            if (idir == 1) {
                if (Math.abs(e[eOff + m - 1]) <= tol * Math.abs(d[dOff + m])) {
                    e[eOff + m - 1] = 0;
                    continue;
                }
                double mu = Math.abs(d[dOff + ll]);
                sminl = mu;
                boolean deflated = false;
                for (int l = ll; l < m; l++) {
                    if (Math.abs(e[eOff + l]) <= tol * mu) {
                        e[eOff + l] = 0;
                        deflated = true;
                        break;
                    }
                    mu = Math.abs(d[dOff + l + 1]) * (mu / (mu + Math.abs(e[eOff + l])));
                    sminl = Math.min(sminl, mu);
                }
                if (deflated) {
                    continue;
                }
            } else {
                if (Math.abs(e[eOff + ll]) <= tol * Math.abs(d[dOff + ll])) {
                    e[eOff + ll] = 0;
                    continue;
                }
                double mu = Math.abs(d[dOff + m]);
                sminl = mu;
                boolean deflated = false;
                for (int l = m - 1; l >= ll; l--) {
                    if (Math.abs(e[eOff + l]) <= tol * mu) {
                        e[eOff + l] = 0;
                        deflated = true;
                        break;
                    }
                    mu = Math.abs(d[dOff + l]) * (mu / (mu + Math.abs(e[eOff + l])));
                    sminl = Math.min(sminl, mu);
                }
                if (deflated) {
                    continue;
                }
            }
            oldll = ll;
            oldm = m;
            // the shift, zero when it would spoil the relative accuracy of the small values
            double shift;
            if (n * tol * (sminl / smaxBlock) <= Math.max(EPS, 0.01 * tol)) {
                shift = 0;
            } else {
                double sll;
                if (idir == 1) {
                    sll = Math.abs(d[dOff + ll]);
                    PlaneRotations.las2(d[dOff + m - 1], e[eOff + m - 1], d[dOff + m], rot);
                } else {
                    sll = Math.abs(d[dOff + m]);
                    PlaneRotations.las2(d[dOff + ll], e[eOff + ll], d[dOff + ll + 1], rot);
                }
                shift = rot[0];
                if (sll > 0 && (shift / sll) * (shift / sll) < EPS) {
                    shift = 0; // negligible
                }
            }
            iter += m - ll;
            int len = m - ll + 1;
            if (shift == 0) {
                if (idir == 1) {
                    zeroShiftDown(ll, m, d, dOff, e, eOff, work, rot, vNow, uNow);
                    applySweep(true, ll, len, vLater, uLater, work, 0, nm1, nm12, nm13);
                    if (Math.abs(e[eOff + m - 1]) <= thresh) {
                        e[eOff + m - 1] = 0;
                    }
                } else {
                    zeroShiftUp(ll, m, d, dOff, e, eOff, work, rot, vNow, uNow);
                    applySweep(false, ll, len, vLater, uLater, work, nm12, nm13, 0, nm1);
                    if (Math.abs(e[eOff + ll]) <= thresh) {
                        e[eOff + ll] = 0;
                    }
                }
            } else if (idir == 1) {
                shiftedDown(ll, m, shift, d, dOff, e, eOff, work, rot, vNow, uNow);
                applySweep(true, ll, len, vLater, uLater, work, 0, nm1, nm12, nm13);
                if (Math.abs(e[eOff + m - 1]) <= thresh) {
                    e[eOff + m - 1] = 0;
                }
            } else {
                shiftedUp(ll, m, shift, d, dOff, e, eOff, work, rot, vNow, uNow);
                applySweep(false, ll, len, vLater, uLater, work, nm12, nm13, 0, nm1);
                if (Math.abs(e[eOff + ll]) <= thresh) {
                    e[eOff + ll] = 0;
                }
            }
        }
        return 0;
    }

    /**
     * Queues a sweep's saved rotations: those at {@code work[vc..], work[vs..]} for the columns
     * ll.. of V (rows of VT), those at {@code work[uc..], work[us..]} for the columns ll.. of U.
     */
    private static void applySweep(
            boolean forward,
            int ll,
            int len,
            RotationBatch vBatch,
            RotationBatch uBatch,
            double[] work,
            int vc,
            int vs,
            int uc,
            int us) {
        if (vBatch != null) {
            vBatch.add(ll, len, forward, work, vc, work, vs);
        }
        if (uBatch != null) {
            uBatch.add(ll, len, forward, work, uc, work, us);
        }
    }

    /**
     * The rotations (cv, sv) on columns (j, j + 1) of V and (cu, su) on those of U, for immediate
     * batches (either may be null).
     */
    private static void rotateNow(RotationBatch v, RotationBatch u, int j, double cv, double sv, double cu, double su) {
        if (v != null && u != null) {
            RotationBatch.rotateBoth(v, u, j, cv, sv, cu, su);
        } else if (v != null) {
            v.add(j, cv, sv);
        } else if (u != null) {
            u.add(j, cu, su);
        }
    }

    /** One zero-shift QR sweep chasing from top to bottom (Demmel and Kahan). */
    private static void zeroShiftDown(
            int ll,
            int m,
            double[] d,
            int dOff,
            double[] e,
            int eOff,
            double[] w,
            double[] r,
            RotationBatch vNow,
            RotationBatch uNow) {
        int nm1 = w.length / 4;
        double cs = 1;
        double oldcs = 1;
        double oldsn = 0;
        for (int i = ll; i < m; i++) {
            PlaneRotations.lartg(d[dOff + i] * cs, e[eOff + i], r);
            cs = r[0];
            double sn = r[1];
            double rr = r[2];
            if (i > ll) {
                e[eOff + i - 1] = oldsn * rr;
            }
            PlaneRotations.lartg(oldcs * rr, d[dOff + i + 1] * sn, r);
            oldcs = r[0];
            oldsn = r[1];
            d[dOff + i] = r[2];
            w[i - ll] = cs;
            w[i - ll + nm1] = sn;
            w[i - ll + 2 * nm1] = oldcs;
            w[i - ll + 3 * nm1] = oldsn;
            rotateNow(vNow, uNow, i, cs, sn, oldcs, oldsn);
        }
        double h = d[dOff + m] * cs;
        d[dOff + m] = h * oldcs;
        e[eOff + m - 1] = h * oldsn;
    }

    /** One zero-shift QR sweep chasing from bottom to top. */
    private static void zeroShiftUp(
            int ll,
            int m,
            double[] d,
            int dOff,
            double[] e,
            int eOff,
            double[] w,
            double[] r,
            RotationBatch vNow,
            RotationBatch uNow) {
        int nm1 = w.length / 4;
        double cs = 1;
        double oldcs = 1;
        double oldsn = 0;
        for (int i = m; i >= ll + 1; i--) {
            PlaneRotations.lartg(d[dOff + i] * cs, e[eOff + i - 1], r);
            cs = r[0];
            double sn = r[1];
            double rr = r[2];
            if (i < m) {
                e[eOff + i] = oldsn * rr;
            }
            PlaneRotations.lartg(oldcs * rr, d[dOff + i - 1] * sn, r);
            oldcs = r[0];
            oldsn = r[1];
            d[dOff + i] = r[2];
            w[i - ll - 1] = cs;
            w[i - ll - 1 + nm1] = -sn;
            w[i - ll - 1 + 2 * nm1] = oldcs;
            w[i - ll - 1 + 3 * nm1] = -oldsn;
            rotateNow(vNow, uNow, i - 1, oldcs, -oldsn, cs, -sn);
        }
        double h = d[dOff + ll] * cs;
        d[dOff + ll] = h * oldcs;
        e[eOff + ll] = h * oldsn;
    }

    /** One shifted QR sweep chasing the bulge from top to bottom. */
    private static void shiftedDown(
            int ll,
            int m,
            double shift,
            double[] d,
            int dOff,
            double[] e,
            int eOff,
            double[] w,
            double[] r,
            RotationBatch vNow,
            RotationBatch uNow) {
        int nm1 = w.length / 4;
        double dl = d[dOff + ll];
        double f = (Math.abs(dl) - shift) * (Math.copySign(1, dl) + shift / dl);
        double g = e[eOff + ll];
        for (int i = ll; i < m; i++) {
            PlaneRotations.lartg(f, g, r);
            double cosr = r[0];
            double sinr = r[1];
            if (i > ll) {
                e[eOff + i - 1] = r[2];
            }
            f = cosr * d[dOff + i] + sinr * e[eOff + i];
            e[eOff + i] = cosr * e[eOff + i] - sinr * d[dOff + i];
            g = sinr * d[dOff + i + 1];
            d[dOff + i + 1] *= cosr;
            PlaneRotations.lartg(f, g, r);
            double cosl = r[0];
            double sinl = r[1];
            d[dOff + i] = r[2];
            f = cosl * e[eOff + i] + sinl * d[dOff + i + 1];
            d[dOff + i + 1] = cosl * d[dOff + i + 1] - sinl * e[eOff + i];
            if (i < m - 1) {
                g = sinl * e[eOff + i + 1];
                e[eOff + i + 1] *= cosl;
            }
            w[i - ll] = cosr;
            w[i - ll + nm1] = sinr;
            w[i - ll + 2 * nm1] = cosl;
            w[i - ll + 3 * nm1] = sinl;
            rotateNow(vNow, uNow, i, cosr, sinr, cosl, sinl);
        }
        e[eOff + m - 1] = f;
    }

    /** One shifted QR sweep chasing the bulge from bottom to top. */
    private static void shiftedUp(
            int ll,
            int m,
            double shift,
            double[] d,
            int dOff,
            double[] e,
            int eOff,
            double[] w,
            double[] r,
            RotationBatch vNow,
            RotationBatch uNow) {
        int nm1 = w.length / 4;
        double dm = d[dOff + m];
        double f = (Math.abs(dm) - shift) * (Math.copySign(1, dm) + shift / dm);
        double g = e[eOff + m - 1];
        for (int i = m; i > ll; i--) {
            PlaneRotations.lartg(f, g, r);
            double cosr = r[0];
            double sinr = r[1];
            if (i < m) {
                e[eOff + i] = r[2];
            }
            f = cosr * d[dOff + i] + sinr * e[eOff + i - 1];
            e[eOff + i - 1] = cosr * e[eOff + i - 1] - sinr * d[dOff + i];
            g = sinr * d[dOff + i - 1];
            d[dOff + i - 1] *= cosr;
            PlaneRotations.lartg(f, g, r);
            double cosl = r[0];
            double sinl = r[1];
            d[dOff + i] = r[2];
            f = cosl * e[eOff + i - 1] + sinl * d[dOff + i - 1];
            d[dOff + i - 1] = cosl * d[dOff + i - 1] - sinl * e[eOff + i - 1];
            if (i > ll + 1) {
                g = sinl * e[eOff + i - 2];
                e[eOff + i - 2] *= cosl;
            }
            w[i - ll - 1] = cosr;
            w[i - ll - 1 + nm1] = -sinr;
            w[i - ll - 1 + 2 * nm1] = cosl;
            w[i - ll - 1 + 3 * nm1] = -sinl;
            rotateNow(vNow, uNow, i - 1, cosl, -sinl, cosr, -sinr);
        }
        e[eOff + ll] = f;
    }

    /** Exchanges the len elements at x and y of a (none when len is 0). */
    private static void swap(double[] a, int x, int y, int len) {
        for (int k = 0; k < len; k++) {
            double t = a[x + k];
            a[x + k] = a[y + k];
            a[y + k] = t;
        }
    }

    /**
     * Makes the values non-negative (negating columns of V, the rows of VT) and sorts them in
     * decreasing order with their vectors; V is nrv x n with leading dimension ldv. Plain loops:
     * at most n - 1 swaps and n negations, exact, where the kernel calls' checks and dispatch
     * would cost more than the moves at small orders.
     */
    private static void sortDescending(
            int n,
            int nrv,
            int nru,
            double[] d,
            int dOff,
            double[] v,
            int vOff,
            int ldv,
            double[] u,
            int uOff,
            int ldu) {
        for (int i = 0; i < n; i++) {
            if (d[dOff + i] < 0) {
                d[dOff + i] = -d[dOff + i];
                for (int k = vOff + i * ldv, end = k + nrv; k < end; k++) {
                    v[k] = -v[k];
                }
            }
        }
        // selection sort: at most n - 1 swaps of vectors
        for (int i = 0; i < n - 1; i++) {
            int isub = i;
            double best = d[dOff + i];
            for (int j = i + 1; j < n; j++) {
                if (d[dOff + j] > best) {
                    isub = j;
                    best = d[dOff + j];
                }
            }
            if (isub != i) {
                d[dOff + isub] = d[dOff + i];
                d[dOff + i] = best;
                swap(v, vOff + isub * ldv, vOff + i * ldv, nrv);
                swap(u, uOff + isub * ldu, uOff + i * ldu, nru);
            }
        }
    }
}
