package jnum.optimize;

/**
 * The objective along a ray, {@code phi(a) = f(x + a d)}, as a line search sees it. Values that are
 * NaN or infinite come back as {@code +inf} (and the slope as NaN): a line search treats such a step
 * as too long and backs off.
 */
public interface LineFunction {
    /** {@code phi(step)} only (no gradient evaluation). */
    double value(double step);

    /** {@code phi(step)} and {@code phi'(step) = grad f(x + step d) . d}. */
    LineSample sample(double step);
}
