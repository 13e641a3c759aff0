package org.equicity.people;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <personal API token>}, for that request only,
 * in the stateless filter chain of such requests (see {@link SecurityConfiguration}): a session cookie sent along is
 * never read. A token that is unknown, expired or revoked is refused with a 401 problem: the caller asked to be
 * that token.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    static final String PREFIX = "Bearer ";

    private final AccountsFacade accounts;
    private final ApiProblems problems;

    ApiTokenFilter(AccountsFacade accounts, ApiProblems problems) {
        this.accounts = accounts;
        this.problems = problems;
    }

    static boolean hasBearer(HttpServletRequest request) {
        var header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/") || !hasBearer(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var token = request.getHeader(HttpHeaders.AUTHORIZATION)
                .substring(PREFIX.length())
                .strip();
        var principal = accounts.authenticateToken(token);
        if (principal.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthenticated");
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal.get(), null, principal.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(new WithoutSession(request), response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * The request as the rest of the application sees it: without the session its cookie may name, so that nothing
     * downstream (flash maps, say) reads or refreshes another person's session, or creates one.
     */
    private static final class WithoutSession extends HttpServletRequestWrapper {

        WithoutSession(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession(boolean create) {
            if (create) {
                throw new IllegalStateException("API token requests have no session");
            }
            return null;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public String getRequestedSessionId() {
            return null;
        }

        @Override
        public boolean isRequestedSessionIdValid() {
            return false;
        }
    }
}
