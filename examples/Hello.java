import jnum.mat.Dense;
import jnum.mat.Vec;
import jnum.mat.kernel.Kernels;
import jnum.stat.distribution.Normal;

/**
 * A first program with jnum outside Maven (see the README, "Using the jars without Maven"):
 *
 * <pre>
 * javac -cp "$(bin/jnum-classpath)" --add-modules jdk.incubator.vector -d target/hello examples/Hello.java
 * java -cp "$(bin/jnum-classpath):target/hello" --add-modules jdk.incubator.vector \
 *      --enable-native-access=ALL-UNNAMED Hello
 * </pre>
 */
public class Hello {
    public static void main(String[] args) {
        Dense a = Dense.of(new double[][] {{4, 1}, {1, 3}});
        System.out.println("a x = " + a.times(Vec.of(1, 2)));
        System.out.println("P(Z > 3) = " + Normal.standard().survival(3));
        System.out.println(Kernels.describe());
    }
}
