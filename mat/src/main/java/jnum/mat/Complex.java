package jnum.mat;

/**
 * A complex number {@code re + i im}, as eigenvalues and eigenvector components of real
 * nonsymmetric matrices come ({@link Eigen}). Arithmetic follows IEEE 754 component-wise; division
 * uses Smith's algorithm, which avoids overflow in the intermediate products.
 *
 * @param re the real part
 * @param im the imaginary part
 */
public record Complex(double re, double im) {

    /** Zero. */
    public static final Complex ZERO = new Complex(0, 0);

    /** The imaginary unit. */
    public static final Complex I = new Complex(0, 1);

    /** {@code re + i im}. */
    public static Complex of(double re, double im) {
        return new Complex(re, im);
    }

    /** The real number {@code re}. */
    public static Complex real(double re) {
        return new Complex(re, 0);
    }

    /** The modulus {@code |z| = hypot(re, im)}, without undue overflow or underflow. */
    public double abs() {
        return Math.hypot(re, im);
    }

    /** The argument {@code atan2(im, re)} in {@code [-pi, pi]}. */
    public double arg() {
        return Math.atan2(im, re);
    }

    /** The complex conjugate {@code re - i im}. */
    public Complex conj() {
        return new Complex(re, -im);
    }

    /** Whether the imaginary part is exactly zero. */
    public boolean isReal() {
        return im == 0;
    }

    /** {@code this + z}. */
    public Complex plus(Complex z) {
        return new Complex(re + z.re, im + z.im);
    }

    /** {@code this - z}. */
    public Complex minus(Complex z) {
        return new Complex(re - z.re, im - z.im);
    }

    /** {@code this * z}. */
    public Complex times(Complex z) {
        return new Complex(re * z.re - im * z.im, re * z.im + im * z.re);
    }

    /** {@code this * s} for a real s. */
    public Complex times(double s) {
        return new Complex(re * s, im * s);
    }

    /** {@code this / z} (Smith's algorithm); division by zero gives infinities or NaN per IEEE 754. */
    public Complex divide(Complex z) {
        double c = z.re;
        double d = z.im;
        if (Math.abs(d) <= Math.abs(c)) {
            double e = d / c;
            double f = c + d * e;
            return new Complex((re + im * e) / f, (im - re * e) / f);
        }
        double e = c / d;
        double f = d + c * e;
        return new Complex((re * e + im) / f, (im * e - re) / f);
    }

    /** {@code -this}. */
    public Complex negate() {
        return new Complex(-re, -im);
    }

    /** {@code "1.5 + 2.0i"}, {@code "1.5 - 2.0i"}, {@code "3.0"} for a real number (Java's shortest digits). */
    @Override
    public String toString() {
        if (im == 0) {
            return Double.toString(re);
        }
        String sign = im < 0 ? " - " : " + ";
        return re + sign + Math.abs(im) + "i";
    }
}
