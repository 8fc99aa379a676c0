package jnum.mat.kernel;

/**
 * Found with {@link java.util.ServiceLoader}: how an optional module (such as {@code linalg-native})
 * contributes a {@link KernelProvider}.
 */
public interface KernelProviderFactory {

    /** The provider's short name, as accepted by {@code -Djnum.kernel=NAME}. */
    String name();

    /**
     * Creates the provider, probing that what it needs (a native library, say) is usable.
     *
     * @throws UnsupportedOperationException with the reason, when it is not usable here
     */
    KernelProvider create();
}
