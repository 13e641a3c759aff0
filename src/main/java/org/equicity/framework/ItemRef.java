package org.equicity.framework;

import java.util.Objects;

/** An item of a framework version, written {@code id@version:code}; what the crosswalk and other modules store. */
public record ItemRef(FrameworkRef framework, String code) {

    public ItemRef {
        Objects.requireNonNull(framework, "framework");
        if (code == null || !code.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("Not an item code: " + code);
        }
    }

    public static ItemRef parse(String text) {
        var colon = text == null ? -1 : text.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("Not an item reference: " + text);
        }
        return new ItemRef(FrameworkRef.parse(text.substring(0, colon)), text.substring(colon + 1));
    }

    @Override
    public String toString() {
        return framework + ":" + code;
    }
}
