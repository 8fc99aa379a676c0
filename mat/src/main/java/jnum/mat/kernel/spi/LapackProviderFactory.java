package jnum.mat.kernel.spi;

/**
 * Found with {@link java.util.ServiceLoader}: how an optional module (such as {@code linalg-native})
 * contributes a {@link LapackProvider}.
 */
public interface LapackProviderFactory {

    /** The provider's short name, as accepted by {@code -Djnum.kernel=NAME}. */
    String name();

    /**
     * Creates the provider, probing that what it needs (a native library, say) is usable.
     *
     * @param fallback jnum's Java implementation, for what the new provider prefers not to do itself
     * @throws UnsupportedOperationException with the reason, when it is not usable here
     */
    LapackProvider create(LapackProvider fallback);
}
