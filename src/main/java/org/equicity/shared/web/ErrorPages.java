package org.equicity.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Whether the page being rendered is an error page (the container's error dispatch, or a page error a handler turned
 * into a page). The layout frames error pages too, and what it shows there must ask nothing of the database, since the
 * database may be what failed (the page asking to send a form again when every connection is taken).
 */
public final class ErrorPages {

    private static final String ATTRIBUTE = ErrorPages.class.getName() + ".rendering";

    private ErrorPages() {}

    /** True while an error page is being rendered for the current request. */
    public static boolean rendering() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return false;
        }
        var request = attributes.getRequest();
        return request.getDispatcherType() == DispatcherType.ERROR || request.getAttribute(ATTRIBUTE) != null;
    }

    static void mark(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, Boolean.TRUE);
    }
}
