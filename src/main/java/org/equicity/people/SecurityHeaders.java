package org.equicity.people;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Headers every answer carries, pages and API alike. The pages run no script of their own and style only through
 * the stylesheet, so the policy allows scripts and styles from this site alone: an injected {@code <script>},
 * {@code on…=} handler, {@code style=} attribute or {@code javascript:} link does nothing. The Swagger UI at
 * {@code /api-docs} loads its scripts and stylesheet from this site too and draws its icons from {@code data:}
 * images, but its bundle sets inline styles as it renders: on its own pages ({@code /swagger-ui/…}, which show no
 * user content) inline styles are allowed, scripts still only from this site. Invitation and password-reset addresses carry secrets, so no other site is told which page linked to it.
 */
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    static final String SWAGGER_UI_POLICY =
            CONTENT_SECURITY_POLICY.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';");

    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(),"
            + " geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()";

    private SecurityHeaders() {}

    static void apply(HeadersConfigurer<HttpSecurity> headers) {
        RequestMatcher swaggerUi =
                request -> request.getRequestURI().startsWith(request.getContextPath() + "/swagger-ui/");
        headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        swaggerUi, new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(swaggerUi),
                        new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
    }
}
