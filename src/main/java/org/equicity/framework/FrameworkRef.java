package org.equicity.framework;

import java.util.Objects;

/** One version of one framework, written {@code id@version} (for example {@code eccar-commitments@2023}). */
public record FrameworkRef(String id, String version) {

    private static final String ID = "[a-z0-9][a-z0-9-]*";
    private static final String VERSION = "[A-Za-z0-9][A-Za-z0-9.-]*";

    public FrameworkRef {
        Objects.requireNonNull(id, "framework id");
        Objects.requireNonNull(version, "framework version");
        if (!id.matches(ID) || !version.matches(VERSION)) {
            throw new IllegalArgumentException("Not a framework reference: " + id + "@" + version);
        }
    }

    public static FrameworkRef parse(String text) {
        var at = text == null ? -1 : text.indexOf('@');
        if (at < 0) {
            throw new IllegalArgumentException("Not a framework reference: " + text);
        }
        return new FrameworkRef(text.substring(0, at), text.substring(at + 1));
    }

    @Override
    public String toString() {
        return id + "@" + version;
    }
}
