/** Minimizers, line searches and nonlinear least squares (arrive with their own issues). */
module jnum.optimize {
    requires transitive jnum.mat;
}
