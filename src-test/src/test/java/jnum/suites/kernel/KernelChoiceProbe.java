package jnum.suites.kernel;

import jnum.mat.kernel.Kernels;
import jnum.mat.kernel.Routine;

/**
 * Started in a child JVM by {@link KernelForcingTest}: prints which provider serves a large dot
 * product, and {@link Kernels#describe()}, one per line.
 */
public final class KernelChoiceProbe {
    private KernelChoiceProbe() {}

    public static void main(String[] args) {
        System.out.println(Kernels.providerFor(Routine.DOT, 1_000_000));
        System.out.println(Kernels.describe());
    }
}
