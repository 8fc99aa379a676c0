package jnum.optimize;

/**
 * One point of a line search: the step {@code a}, {@code phi(a)} and {@code phi'(a)} (NaN when only
 * the value was computed).
 */
public record LineSample(double step, double value, double slope) {}
