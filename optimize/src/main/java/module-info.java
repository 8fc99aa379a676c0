/** Minimizers, line searches and nonlinear least squares (arriving after 0.1.0). */
module jnum.optimize {
    requires transitive jnum.mat;
}
