package jnum.mat.kernel.vector;

import jdk.incubator.vector.DoubleVector;

/** The sum of a vector's lanes in one fixed order. */
final class LaneSums {

    private LaneSums() {}

    /**
     * The lanes of {@code v} added from lane 0 upwards. {@code reduceLanes(ADD)} leaves the order
     * of a floating-point sum to the implementation, and HotSpot's compiled form and the Java
     * fallback that runs before it is compiled associate differently, so one call on the same
     * data could round differently early and late in a run; this order is the same in both. It
     * runs once per reduction, after the vector loop, where its few extra additions do not show.
     */
    static double sum(DoubleVector v) {
        double s = v.lane(0);
        for (int i = 1; i < v.length(); i++) {
            s += v.lane(i);
        }
        return s;
    }
}
