package jnum.mat.kernel.spi;

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
     * @param fallback the always-present Java reference provider ({@code scalar}), for the calls
     *     the new provider cannot serve as the conventions say
     * @return the provider
     * @throws UnsupportedOperationException with the reason, when it is not usable here
     */
    KernelProvider create(KernelProvider fallback);
}
