package org.tadreeb.testing;

import jakarta.enterprise.inject.spi.CDI;

/**
 * For test methods that run inside the server: the application's beans by type. (Field injection into test
 * instances does not happen with this Arquillian container, so in-container tests look their beans up.)
 */
public final class InContainer {

    private InContainer() {
    }

    public static <T> T bean(Class<T> type) {
        return CDI.current().select(type).get();
    }
}
