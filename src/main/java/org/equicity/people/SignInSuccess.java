package org.equicity.people;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After signing in, the interface speaks the language the person chose last time, on whatever device, and the person
 * lands on their work list, unless they were on their way to a protected page, which then wins.
 */
class SignInSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

    private final LocaleResolver locales;

    SignInSuccess(LocaleResolver locales) {
        this.locales = locales;
        setDefaultTargetUrl("/me");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        applyLanguage(locales, request, response, authentication);
        super.onAuthenticationSuccess(request, response, authentication);
    }

    static void applyLanguage(
            LocaleResolver locales,
            HttpServletRequest request,
            HttpServletResponse response,
            Authentication authentication) {
        if (authentication.getPrincipal() instanceof SignedIn signedIn) {
            locales.setLocale(request, response, Locale.forLanguageTag(signedIn.language()));
        }
    }
}
