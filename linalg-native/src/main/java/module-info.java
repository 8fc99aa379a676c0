/**
 * The native kernel provider: BLAS and LAPACK of the system (OpenBLAS) through dev.ludovic.netlib's
 * JNI bindings. Add this module to the class or module path to let jnum dispatch large work to it.
 */
module jnum.linalg.netlib {
  requires jnum.mat;
  requires dev.ludovic.netlib.blas;
  requires dev.ludovic.netlib.lapack;

}
