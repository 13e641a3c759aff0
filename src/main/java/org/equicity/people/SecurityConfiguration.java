package org.equicity.people;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.ExceptionHandlingConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Who may reach which address. Pages sign in with a password or a configured OpenID Connect provider; the API
 * ({@code /api/**}, and only the API) also accepts personal tokens ({@code Authorization: Bearer}) and answers
 * 401/403 as problem details. What a
 * signed-in person may do is decided by {@link Access} in the facades, not here.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    static final String LOGIN = "/login";

    private static final AuthenticationTrustResolver ANONYMOUS = new AuthenticationTrustResolverImpl();

    /**
     * Delegating: stored hashes name their algorithm ({bcrypt}...), so the default can move on without a reset. The
     * work factor ({@code equicity.passwords.bcrypt-strength}, bcrypt's own default 10) is a setting because the tests
     * hash and check hundreds of passwords: they use bcrypt's lowest, 4. A hash keeps the factor it was made with.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${equicity.passwords.bcrypt-strength:10}") int strength) {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
    }

    /**
     * The only {@code AuthenticationProvider} bean, so Spring Security makes it the shared one behind every filter
     * chain (and Spring Boot creates no default user). It must not be added to the chain a second time: a failure
     * would then be tried, and counted, twice.
     */
    @Bean
    PasswordLogin passwordLogin(PersonRepository people, PasswordEncoder encoder, LoginThrottle throttle) {
        return new PasswordLogin(people, encoder, throttle);
    }

    /**
     * API requests that carry a personal token: the token alone says who is asking. No session is read or created,
     * whatever cookies the request also carries, so there is no ambient credential a foreign site could ride on and
     * CSRF tokens have nothing to protect here. Everything else, including page forms with a bearer header, goes to
     * the {@link #web session chain}, where CSRF is always checked.
     */
    @Bean
    @Order(1)
    SecurityFilterChain bearerApi(
            HttpSecurity http, AccountsFacade accounts, MessageSource messages, LocaleResolver locales)
            throws Exception {
        var problems = new ApiProblems(messages, locales);
        http.securityMatcher(request -> isApi(request) && ApiTokenFilter.hasBearer(request))
                .authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(contexts -> contexts.securityContextRepository(new NullSecurityContextRepository()))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityHeaders::apply)
                .addFilterBefore(new ApiTokenFilter(accounts, problems), AnonymousAuthenticationFilter.class)
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    /** What everyone may read (GET) without signing in. */
    private static final String[] PUBLIC_READS = {
        "/",
        "/css/**",
        "/js/**",
        "/favicon.ico",
        "/error",
        "/frameworks/**",
        "/networks/**",
        "/cities/**",
        "/api/v1/frameworks/**",
        "/api/v1/crosswalk",
        "/api/v1/plans/**",
        "/search",
        "/api/v1/search",
        "/api/v1/networks/**",
        "/api/v1/cities/**",
        "/practices/**",
        "/practices.csv",
        "/practices.json",
        "/api/v1/practices/**",
        "/schemas/**",
        "/v3/api-docs/**",
        "/api-docs/**",
        "/swagger-ui/**",
        "/actuator/health"
    };

    @Bean
    @Order(2)
    SecurityFilterChain web(
            HttpSecurity http,
            PersonRepository people,
            TransactionTemplate transactions,
            MessageSource messages,
            LocaleResolver locales,
            ObjectProvider<ClientRegistrationRepository> registrations,
            ObjectProvider<RequestMappingHandlerMapping> mappings)
            throws Exception {
        var problems = new ApiProblems(messages, locales);
        var signInSuccess = new SignInSuccess(locales);
        http.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers(
                                LOGIN,
                                "/invitation/**",
                                "/password-reset",
                                "/password-reset/**",
                                "/notices/unsubscribe")
                        .permitAll()
                        // the anonymous staff survey: its link is the only key, and carries no identity
                        .requestMatchers("/survey/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, PUBLIC_READS)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(login -> login.loginPage(LOGIN)
                        .usernameParameter("email")
                        .successHandler(signInSuccess)
                        .failureHandler(loginFailure("password")))
                .logout(logout -> logout.logoutSuccessUrl(LOGIN + "?signed-out"))
                .headers(SecurityHeaders::apply)
                .exceptionHandling(exceptions -> refusals(exceptions, problems, new KnownAddresses(mappings)));
        if (registrations.getIfAvailable() != null) {
            http.oauth2Login(oidc -> oidc.loginPage(LOGIN)
                    .authorizedClientRepository(new UnkeptAuthorizedClients())
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new OidcPeople(people, transactions)))
                    .successHandler(signInSuccess)
                    .failureHandler(loginFailure("oidc")));
        }
        return http.build();
    }

    /**
     * Who is refused what: the API answers with problem details, pages send strangers to the login page (or, for an
     * address that names no page, to the not-found page) and show the signed-in the error page.
     */
    private static void refusals(
            ExceptionHandlingConfigurer<HttpSecurity> exceptions, ApiProblems problems, KnownAddresses known) {
        var loginPage = new LoginUrlAuthenticationEntryPoint(LOGIN);
        var pageDenied = new AccessDeniedHandlerImpl();
        exceptions
                .authenticationEntryPoint((request, response, ex) -> {
                    if (isApi(request)) {
                        problems.commence(request, response, ex);
                    } else if (!known.isKnown(request)) {
                        response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    } else {
                        loginPage.commence(request, response, ex);
                    }
                })
                .accessDeniedHandler((request, response, ex) -> {
                    if (isApi(request) && ex instanceof CsrfException && isAnonymous()) {
                        // Who is asking comes first: without a session or token, a write is a 401.
                        problems.commence(request, response, new InsufficientAuthenticationException(ex.getMessage()));
                    } else if (isApi(request)) {
                        problems.handle(request, response, ex);
                    } else {
                        pageDenied.handle(request, response, ex);
                    }
                });
    }

    private static boolean isAnonymous() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() || ANONYMOUS.isAnonymous(authentication);
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** Back to the login page with the reason and, for the password form, the address typed (kept out of URLs). */
    private static AuthenticationFailureHandler loginFailure(String method) {
        var flashes = new SessionFlashMapManager();
        return (request, response, ex) -> {
            if (ex instanceof OAuth2AuthenticationException oauth) {
                // The provider side of a refusal (bad client secret, unknown person, clock skew) is for operators.
                log.info(
                        "OpenID Connect sign-in refused: {} {}",
                        oauth.getError().getErrorCode(),
                        ex.getMessage());
            }
            var flash = new FlashMap();
            flash.put("loginError", ex instanceof PasswordLogin.Throttled ? "locked" : method);
            if (request.getParameter("email") != null) {
                flash.put("email", request.getParameter("email"));
            }
            flashes.saveOutputFlashMap(flash, request, response);
            response.sendRedirect(request.getContextPath() + LOGIN + "?error");
        };
    }
}
