/**
 * Native kernels through dev.ludovic.netlib. In 0.1.0 this module builds but provides no kernel
 * yet; the native provider arrives with its own issue and plugs in through
 * {@link jnum.mat.kernel.KernelProviderFactory} and {@link java.util.ServiceLoader}.
 */
package jnum.linalg.netlib;
