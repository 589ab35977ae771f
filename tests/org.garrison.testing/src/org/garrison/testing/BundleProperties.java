package org.garrison.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Properties;

import org.osgi.framework.Bundle;

/** A properties file of an installed bundle, as the language tests compare Chinese and English files. */
public final class BundleProperties {

    private BundleProperties() {
    }

    /** The file at {@code path} in the bundle; an AssertionError names it when the bundle has none. */
    public static Properties load(Bundle bundle, String path) throws IOException {
        URL entry = bundle.getEntry(path);
        if (entry == null) {
            throw new AssertionError(bundle.getSymbolicName() + " has no " + path);
        }
        Properties properties = new Properties();
        try (InputStream in = entry.openStream()) {
            properties.load(in);
        }
        return properties;
    }
}
