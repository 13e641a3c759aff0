package testidp;

import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID Connect provider for tests, standing in for a city's identity provider: Spring Authorization
 * Server with two users whose email addresses are verified. It lives outside {@code org.equicity} so that the
 * application's component scan never picks it up, and reads no application.yml of Equicity.
 */
@SpringBootApplication(proxyBeanMethods = false)
public class TestIdentityProvider {

    public static final String CLIENT_ID = "equicity";
    public static final String CLIENT_SECRET = "equicity-secret";
    public static final String PASSWORD = "idp-password";

    public static ConfigurableApplicationContext start(int port, String redirectUri, String... emails) {
        return new SpringApplicationBuilder(TestIdentityProvider.class)
                .properties(Map.of(
                        "spring.config.name", "test-identity-provider",
                        "server.port", String.valueOf(port),
                        "spring.flyway.enabled", "false",
                        "spring.main.banner-mode", "off",
                        "spring.datasource.url", "jdbc:h2:mem:test-identity-provider",
                        // the provider is another party's server: its sessions stay in its memory
                        "spring.autoconfigure.exclude",
                                "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration",
                        "idp.users", String.join(",", emails)))
                .properties(Map.of(
                        "spring.security.oauth2.authorizationserver.client.equicity.registration.client-id", CLIENT_ID,
                        "spring.security.oauth2.authorizationserver.client.equicity.registration.client-secret",
                                "{noop}" + CLIENT_SECRET,
                        "spring.security.oauth2.authorizationserver.client.equicity.registration.client-authentication-methods",
                                "client_secret_basic",
                        "spring.security.oauth2.authorizationserver.client.equicity.registration.authorization-grant-types",
                                "authorization_code",
                        "spring.security.oauth2.authorizationserver.client.equicity.registration.redirect-uris",
                                redirectUri,
                        "spring.security.oauth2.authorizationserver.client.equicity.registration.scopes",
                                "openid,email,profile",
                        "spring.security.oauth2.authorizationserver.client.equicity.require-authorization-consent",
                                "false"))
                .run();
    }

    @Bean
    UserDetailsService users(org.springframework.core.env.Environment environment) {
        var manager = new InMemoryUserDetailsManager();
        for (var email : environment.getRequiredProperty("idp.users").split(",")) {
            manager.createUser(User.withUsername(email)
                    .password("{noop}" + PASSWORD)
                    .roles("USER")
                    .build());
        }
        return manager;
    }

    /** The ID token names the user's address and says it is verified, as a city's directory would. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> emailClaims() {
        return context -> {
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                context.getClaims()
                        .claim("email", context.getPrincipal().getName())
                        .claim("email_verified", true);
            }
        };
    }
}
