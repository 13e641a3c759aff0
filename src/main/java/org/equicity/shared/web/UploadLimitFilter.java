package org.equicity.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.net.URI;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An upload above the server's limit ({@code spring.servlet.multipart.max-file-size}) cannot be read at all, not even
 * its CSRF token, and the container would answer with a bare error page of its own. This filter, before the security
 * chain, reads the upload first: one above the limit is answered 413 with a problem detail on the API; a page form
 * that posts to its own page is shown again (asked for as a GET, so nothing is written and no token is needed) with
 * status 413 and the reason beside the file field, which the one form flow puts there ({@link PageForms#errors});
 * a form that posts elsewhere gets the error page with the reason, in the reader's language.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class UploadLimitFilter extends OncePerRequestFilter {

    /**
     * The request attribute holding the limit in megabytes, for the page shown again ({@link PageForms#errors}) or
     * the error page ({@code error.html}, which reads it as a variable: hence a name without dots).
     */
    static final String REFUSED = "uploadRefusedAboveMegabytes";

    private final long megabytes;
    private final MessageSource messages;
    private final LocaleResolver locales;

    UploadLimitFilter(MultipartProperties limits, MessageSource messages, LocaleResolver locales) {
        this.megabytes = limits.getMaxFileSize().toMegabytes();
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var contentType = request.getContentType();
        return !"POST".equals(request.getMethod())
                || contentType == null
                || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!aboveTheLimit(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            var reason = messages.getMessage(
                    "problem.upload-too-large", new Object[] {megabytes}, locales.resolveLocale(request));
            ProblemResponses.write(
                    request, response, ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, reason));
        } else if (postsToItsOwnPage(request)) {
            request.setAttribute(REFUSED, megabytes);
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            chain.doFilter(new PageAskedAgain(request), response);
        } else {
            // A form that posts elsewhere has no page of its own to show again: the error page gives the reason. Not
            // through sendError: the error dispatch would read the upload again, fail again and answer nothing.
            request.setAttribute(REFUSED, megabytes);
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.CONTENT_TOO_LARGE.value());
            request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            request.getRequestDispatcher("/error").forward(new PageAskedAgain(request), response);
        }
    }

    /** Whether the upload is above a limit; one unreadable for another reason is left to the handlers as before. */
    private static boolean aboveTheLimit(HttpServletRequest request) throws IOException, ServletException {
        try {
            request.getParts();
            return false;
        } catch (RuntimeException unreadable) {
            for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
                if (cause instanceof SizeException) {
                    return true;
                }
            }
            return false;
        }
    }

    private static boolean postsToItsOwnPage(HttpServletRequest request) {
        var referer = request.getHeader("Referer");
        try {
            return referer != null
                    && request.getRequestURI().equals(URI.create(referer).getRawPath());
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    /** The page the form was sent from, asked for again: a GET with the query's parameters and no body. */
    private static final class PageAskedAgain extends HttpServletRequestWrapper {

        private final Map<String, List<String>> query;

        PageAskedAgain(HttpServletRequest request) {
            super(request);
            var string = request.getQueryString();
            this.query = string == null
                    ? Map.of()
                    : UriComponentsBuilder.newInstance().query(string).build().getQueryParams();
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public @Nullable String getContentType() {
            return null;
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public @Nullable String getParameter(String name) {
            var values = query.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            var map = new LinkedHashMap<String, String[]>();
            query.forEach((name, values) -> map.put(name, values.toArray(String[]::new)));
            return map;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(query.keySet());
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            var values = query.get(name);
            return values == null ? null : values.toArray(String[]::new);
        }
    }
}
