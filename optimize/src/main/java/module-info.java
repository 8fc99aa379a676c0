/** Minimizers, line searches, finite differences and nonlinear least squares. */
module jnum.optimize {
    requires transitive jnum.mat;

    exports jnum.optimize;
    exports jnum.optimize.fd;
}
