package org.equicity.people.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.equicity.people.Accounts;
import org.equicity.shared.PersonId;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/** Signs in someone who just set their password through a one-time link, in a fresh session. */
@Component
class SessionSignIn {

    private final Accounts accounts;
    private final LocaleResolver locales;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SessionSignIn(Accounts accounts, LocaleResolver locales) {
        this.accounts = accounts;
        this.locales = locales;
    }

    void signIn(PersonId person, HttpServletRequest request, HttpServletResponse response) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(accounts.signedIn(person));
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        contexts.saveContext(context, request, response);
        locales.setLocale(request, response, Locale.forLanguageTag(accounts.me().language()));
    }
}
