package jnum.mat.io;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Fast, correctly rounded conversion of decimal text to {@code double}: the result is exactly the
 * one of {@link Double#parseDouble} (the nearest double, ties to even), found without allocating
 * in nearly all cases.
 *
 * <p>Grammar (ASCII, no surrounding blanks): {@code [+-]? (digits [. digits?] | . digits)
 * ([eE] [+-]? digits)?}, and, ignoring case, {@code [+-]? (inf | infinity | nan)}.
 *
 * <p>Method: the significant digits (at most 19) go into a 64-bit integer {@code w} and a power of
 * ten {@code q}. When {@code w <= 2^53} and {@code |q| <= 22} both are exact doubles and one
 * IEEE multiplication or division rounds correctly (Clinger's fast path). Otherwise the
 * Eisel-Lemire algorithm multiplies {@code w} by a 128-bit truncation of {@code 10^q} and rounds;
 * it detects the rare inputs where the truncation could change the rounding. Those, numbers with
 * more than 19 significant digits, and results in the subnormal or overflow range are handed to
 * {@link Double#parseDouble}, so every result is correctly rounded. See D. Lemire, "Number
 * Parsing at a Gigabyte per Second", Software: Practice and Experience 51(8), 2021.
 */
public final class Decimals {
    private Decimals() {}

    /**
     * The double nearest to the decimal number {@code s}.
     *
     * @throws NumberFormatException if {@code s} is not a number of the grammar above
     * @throws NullPointerException if {@code s} is null
     */
    public static double parse(CharSequence s) {
        Objects.requireNonNull(s, "parse: s is null");
        byte[] b = new byte[s.length()];
        for (int k = 0; k < b.length; k++) {
            char c = s.charAt(k);
            b[k] = c < 128 ? (byte) c : (byte) '?';
        }
        double x = parse(b, 0, b.length);
        if (Double.doubleToRawLongBits(x) == BAD_BITS) {
            throw new NumberFormatException("not a decimal number: \"" + s + "\"");
        }
        return x;
    }

    /** A NaN distinct from {@link Double#NaN} by its payload, returned for a syntax error. */
    static final long BAD_BITS = 0x7FF8_0000_0000_0BADL;

    /**
     * Parses ASCII bytes {@code [from, to)}; returns the value, or a NaN with bits {@link #BAD_BITS}
     * if they are not a number (a NaN written as text gives {@link Double#NaN}).
     */
    static double parse(byte[] b, int from, int to) {
        int p = from;
        boolean neg = false;
        if (p < to && (b[p] == '-' || b[p] == '+')) {
            neg = b[p] == '-';
            p++;
        }
        if (p < to && (b[p] | 0x20) >= 'a') {
            return special(b, p, to, neg);
        }
        long w = 0;
        int taken = 0; // significant digits in w
        long q = 0; // decimal exponent of w
        boolean lost = false; // nonzero digits beyond the 19 kept
        int digits = 0;
        while (p < to && b[p] >= '0' && b[p] <= '9') {
            int d = b[p] - '0';
            if (taken < 19) {
                if (w != 0 || d != 0) {
                    w = w * 10 + d;
                    taken++;
                }
            } else {
                q++;
                lost |= d != 0;
            }
            digits++;
            p++;
        }
        if (p < to && b[p] == '.') {
            p++;
            while (p < to && b[p] >= '0' && b[p] <= '9') {
                int d = b[p] - '0';
                if (taken < 19) {
                    if (w != 0 || d != 0) {
                        w = w * 10 + d;
                        taken++;
                    }
                    q--;
                } else {
                    lost |= d != 0;
                }
                digits++;
                p++;
            }
        }
        if (digits == 0) {
            return Double.longBitsToDouble(BAD_BITS);
        }
        if (p < to && (b[p] | 0x20) == 'e') {
            p++;
            boolean eneg = false;
            if (p < to && (b[p] == '-' || b[p] == '+')) {
                eneg = b[p] == '-';
                p++;
            }
            if (p == to) {
                return Double.longBitsToDouble(BAD_BITS);
            }
            long e = 0;
            while (p < to && b[p] >= '0' && b[p] <= '9') {
                if (e < 1_000_000_000_000L) {
                    e = e * 10 + (b[p] - '0');
                }
                p++;
            }
            q += eneg ? -e : e;
        }
        if (p != to) {
            return Double.longBitsToDouble(BAD_BITS);
        }
        if (w == 0) {
            return neg ? -0.0 : 0.0;
        }
        if (!lost) {
            if (w >= 0 && w <= (1L << 53) && q >= -22 && q <= 22) {
                double x = (double) w;
                x = q < 0 ? x / POW10[(int) -q] : x * POW10[(int) q];
                return neg ? -x : x;
            }
            if (q >= MIN_Q && q <= MAX_Q) {
                long bits = eiselLemire(w, (int) q);
                if (bits >= 0) {
                    return Double.longBitsToDouble(neg ? bits | Long.MIN_VALUE : bits);
                }
            }
        }
        return Double.parseDouble(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
    }

    private static double special(byte[] b, int p, int to, boolean neg) {
        int n = to - p;
        if (n == 3 && (b[p] | 0x20) == 'n' && (b[p + 1] | 0x20) == 'a' && (b[p + 2] | 0x20) == 'n') {
            return Double.NaN;
        }
        if ((n == 3 || n == 8) && matches(b, p, to, "infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return Double.longBitsToDouble(BAD_BITS);
    }

    private static boolean matches(byte[] b, int p, int to, String lower) {
        for (int k = 0; p + k < to; k++) {
            if ((b[p + k] | 0x20) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22
    };

    static final int MIN_Q = -348;
    static final int MAX_Q = 347;

    /**
     * The bits of the double nearest {@code w * 10^q} ({@code w != 0}), or -1 when the 128-bit
     * product cannot decide the rounding or the result is subnormal or infinite.
     */
    static long eiselLemire(long w, int q) {
        int clz = Long.numberOfLeadingZeros(w);
        w <<= clz;
        long exp2 = ((217706L * q) >> 16) + 64 + 1023 - clz;
        int idx = q - MIN_Q;
        long hi = Math.unsignedMultiplyHigh(w, Powers.HI[idx]);
        long lo = w * Powers.HI[idx];
        if ((hi & 0x1FF) == 0x1FF && Long.compareUnsigned(lo + w, w) < 0) {
            // the truncation of 10^q may matter: bring in its low 64 bits
            long yHi = Math.unsignedMultiplyHigh(w, Powers.LO[idx]);
            long yLo = w * Powers.LO[idx];
            long mergedHi = hi;
            long mergedLo = lo + yHi;
            if (Long.compareUnsigned(mergedLo, lo) < 0) {
                mergedHi++;
            }
            if ((mergedHi & 0x1FF) == 0x1FF && mergedLo + 1 == 0 && Long.compareUnsigned(yLo + w, w) < 0) {
                return -1;
            }
            hi = mergedHi;
            lo = mergedLo;
        }
        long msb = hi >>> 63;
        long mantissa = hi >>> (msb + 9);
        exp2 -= 1 ^ msb;
        if (lo == 0 && (hi & 0x1FF) == 0 && (mantissa & 3) == 1) {
            return -1; // exactly half-way between two doubles: let the exact method decide
        }
        mantissa += mantissa & 1;
        mantissa >>>= 1;
        if ((mantissa >>> 53) > 0) {
            mantissa >>>= 1;
            exp2++;
        }
        if (exp2 <= 0 || exp2 >= 0x7FF) {
            return -1;
        }
        return exp2 << 52 | (mantissa & 0x000F_FFFF_FFFF_FFFFL);
    }

    /**
     * 10^q for q in [MIN_Q, MAX_Q], normalized to 128 bits (top bit set) and truncated (rounded
     * down), as two 64-bit halves; computed once, exactly, with BigInteger.
     */
    static final class Powers {
        static final long[] HI = new long[MAX_Q - MIN_Q + 1];
        static final long[] LO = new long[MAX_Q - MIN_Q + 1];

        static {
            BigInteger ten = BigInteger.TEN;
            for (int q = MIN_Q; q <= MAX_Q; q++) {
                BigInteger v;
                if (q >= 0) {
                    BigInteger p = ten.pow(q);
                    int bl = p.bitLength();
                    v = bl > 128 ? p.shiftRight(bl - 128) : p.shiftLeft(128 - bl);
                } else {
                    BigInteger p = ten.pow(-q);
                    BigInteger quotient =
                            BigInteger.ONE.shiftLeft(p.bitLength() + 129).divide(p);
                    v = quotient.shiftRight(quotient.bitLength() - 128);
                }
                HI[q - MIN_Q] = v.shiftRight(64).longValue();
                LO[q - MIN_Q] = v.longValue();
            }
        }

        private Powers() {}
    }
}
