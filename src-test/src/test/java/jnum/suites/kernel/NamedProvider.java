package jnum.suites.kernel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import jnum.mat.kernel.spi.KernelProvider;

/** A provider that answers to another name and forwards every routine to {@code target}. */
final class NamedProvider {
    private NamedProvider() {}

    static KernelProvider of(String name, KernelProvider target) {
        return (KernelProvider) Proxy.newProxyInstance(
                KernelProvider.class.getClassLoader(), new Class<?>[] {KernelProvider.class}, (proxy, method, args) -> {
                    if (method.getName().equals("name") || method.getName().equals("toString")) {
                        return name;
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
