package org.equicity.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Refuses API request bodies above a limit with a 413 problem detail, before anything parses them: a JSON body is
 * read whole into memory, so an unbounded one is a way to exhaust the server. Uploads (multipart) have their own
 * limits in {@code spring.servlet.multipart}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiBodyLimitFilter extends OncePerRequestFilter {

    @ConfigurationProperties("equicity.api")
    record ApiSettings(@DefaultValue("1MB") DataSize maxBodySize) {}

    private final long limit;
    private final MessageSource messages;
    private final LocaleResolver locales;

    ApiBodyLimitFilter(ApiSettings settings, MessageSource messages, LocaleResolver locales) {
        this.limit = settings.maxBodySize().toBytes();
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // uploads are held to spring.servlet.multipart's limits instead, which are made for files
        var contentType = request.getContentType();
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || (contentType != null
                        && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            refuse(request, response);
            return;
        }
        var limited = new LimitedRequest(request, limit);
        try {
            chain.doFilter(limited, response);
        } catch (Exception ex) {
            // A chunked body that grows past the limit surfaces wrapped in whatever was reading it.
            if (limited.exceeded && !response.isCommitted()) {
                response.reset();
                refuse(request, response);
                return;
            }
            throw ex;
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locales.resolveLocale(request);
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONTENT_TOO_LARGE,
                messages.getMessage("problem.too-large", new Object[] {limit / 1024}, locale));
        ProblemResponses.write(request, response, problem);
    }

    /** Counts what is read, so that a body sent without a length is held to the same limit. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private boolean exceeded;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                var original = super.getInputStream();
                stream = new ServletInputStream() {
                    private long count;

                    @Override
                    public int read() throws IOException {
                        int b = original.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = original.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws IOException {
                        count += n;
                        if (count > limit) {
                            exceeded = true;
                            throw new IOException("Request body larger than " + limit + " bytes");
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return original.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return original.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        original.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
