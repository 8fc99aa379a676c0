/**
 * Finite-difference derivatives: gradients, Jacobians, Hessians and Hessian-vector products, with
 * forward or central formulas ({@link jnum.optimize.fd.Formula}) and steps scaled to the point
 * ({@code sqrt(eps) |x_i|} forward, {@code cbrt(eps) |x_i|} central, relative as in MINPACK; 1 in
 * place of {@code |x_i|} at 0). The minimizers
 * of {@code jnum.optimize} call these when a problem lacks a derivative. Destination arrays are the
 * caller's; the point is never modified.
 */
package jnum.optimize.fd;
