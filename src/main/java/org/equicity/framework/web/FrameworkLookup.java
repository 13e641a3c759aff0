package org.equicity.framework.web;

import org.equicity.framework.Framework;
import org.equicity.framework.FrameworkItem;
import org.equicity.framework.FrameworkRef;
import org.equicity.framework.Frameworks;
import org.equicity.shared.NotFoundException;

/** Finds what a URL names; anything malformed or unknown in a path reads as not found, never as a server error. */
final class FrameworkLookup {

    private FrameworkLookup() {}

    static Framework framework(Frameworks frameworks, String id, String version) {
        FrameworkRef ref;
        try {
            ref = new FrameworkRef(id, version);
        } catch (IllegalArgumentException malformed) {
            throw new NotFoundException("Framework", id + "@" + version);
        }
        return frameworks.find(ref).orElseThrow(() -> new NotFoundException("Framework", ref));
    }

    static FrameworkItem item(Framework framework, String code) {
        return framework
                .item(code)
                .orElseThrow(() -> new NotFoundException("Framework item", framework.ref() + ":" + code));
    }
}
