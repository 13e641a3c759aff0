package org.equicity.people.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.equicity.people.Accounts;
import org.equicity.shared.RuleViolationException;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** A signed-in person who switches the language ({@code ?lang=xx}) keeps it on their account for next time. */
@Configuration(proxyBeanMethods = false)
class LanguageMemory implements WebMvcConfigurer {

    private final Accounts accounts;

    LanguageMemory(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                var language = request.getParameter("lang");
                if (language != null && request.getUserPrincipal() != null) {
                    try {
                        accounts.preferLanguage(language);
                    } catch (RuleViolationException unsupported) {
                        // An unsupported ?lang= is ignored, exactly as the locale switcher ignores it.
                    }
                }
                return true;
            }
        });
    }
}
