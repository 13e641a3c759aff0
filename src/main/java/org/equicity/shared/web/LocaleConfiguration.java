package org.equicity.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import org.equicity.shared.UiSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The interface language: chosen with {@code ?lang=xx} (the switcher in the header), kept in a cookie, otherwise
 * taken from the browser when it is one we offer. Signed-in people have it remembered on their account as well.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final String COOKIE = "equicity-lang";

    private final UiSettings settings;

    LocaleConfiguration(UiSettings settings) {
        this.settings = settings;
    }

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new SupportedLocaleResolver(settings);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    /** Accepts only offered languages, so that a crafted ?lang= can never select a bundle that does not exist. */
    static final class SupportedLocaleResolver extends CookieLocaleResolver {

        private final UiSettings settings;

        SupportedLocaleResolver(UiSettings settings) {
            super(COOKIE);
            this.settings = settings;
            setDefaultLocaleFunction(this::fromBrowser);
        }

        private Locale fromBrowser(HttpServletRequest request) {
            var header = request.getHeader("Accept-Language");
            if (header != null) {
                try {
                    for (var range : Locale.LanguageRange.parse(header)) {
                        var locale = Locale.forLanguageTag(range.getRange());
                        if (settings.supports(locale)) {
                            return Locale.forLanguageTag(locale.getLanguage());
                        }
                    }
                } catch (IllegalArgumentException malformedHeader) {
                    // A malformed Accept-Language header is the browser's problem, not a reason to fail the page.
                }
            }
            return settings.defaultLocale();
        }

        @Override
        public void setLocale(
                HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response, Locale locale) {
            super.setLocale(
                    request, response, settings.supports(locale) ? Locale.forLanguageTag(locale.getLanguage()) : null);
        }
    }
}
