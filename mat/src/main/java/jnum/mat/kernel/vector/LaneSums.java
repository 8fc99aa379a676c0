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
     * runs once per reduction, after the vector loop. The common lane counts are written out with
     * constant lane indices, which C2 turns into plain lane extractions (about half the time of
     * the loop, whose variable index goes through a lane switch); the order is the same.
     */
    static double sum(DoubleVector v) {
        return switch (v.length()) {
            case 8 -> v.lane(0) + v.lane(1) + v.lane(2) + v.lane(3) + v.lane(4) + v.lane(5) + v.lane(6) + v.lane(7);
            case 4 -> v.lane(0) + v.lane(1) + v.lane(2) + v.lane(3);
            case 2 -> v.lane(0) + v.lane(1);
            default -> {
                double s = v.lane(0);
                for (int i = 1; i < v.length(); i++) {
                    s += v.lane(i);
                }
                yield s;
            }
        };
    }
}
