/**
 * Optimization: gradient-based minimizers, line searches and nonlinear least squares, in Gonum's
 * shape ({@code Problem}, {@code Settings}, {@code Result}). This package is a placeholder in
 * 0.1.0: the methods arrive in a later version.
 */
package jnum.optimize;
