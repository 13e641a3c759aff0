package org.equicity.people;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Whether an address names a page at all, asked before sending a stranger to sign in: an unknown address is a 404 for
 * everyone, so that signing in is not asked for a page that does not exist.
 */
class KnownAddresses {

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    KnownAddresses(ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    boolean isKnown(HttpServletRequest request) {
        var parsedHere = !ServletRequestPathUtils.hasParsedRequestPath(request);
        if (parsedHere) {
            ServletRequestPathUtils.parseAndCache(request);
        }
        try {
            return mappings.orderedStream().anyMatch(mapping -> handles(mapping, request));
        } finally {
            if (parsedHere) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }

    /** A mapping that refuses the method or media type still names a page: signing in comes first there. */
    private static boolean handles(RequestMappingHandlerMapping mapping, HttpServletRequest request) {
        try {
            return mapping.getHandler(request) != null;
        } catch (Exception refusedButKnown) {
            return true;
        }
    }
}
