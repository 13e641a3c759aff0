package org.equicity.search;

/** A framework item's label in one language, as a search document keeps it: {@code de:Wohnen}. */
record FrameworkLabel(String language, String text) {

    String line() {
        return language + ":" + Texts.label(text);
    }

    static FrameworkLabel parse(String line) {
        int colon = line.indexOf(':');
        return new FrameworkLabel(line.substring(0, colon), line.substring(colon + 1));
    }
}
