package org.equicity.search.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Searching is open to everyone: what a reader finds depends on who they are (the search filters by it), not
 * whether they may search. Signed-in readers keep their session here, so a city's people find their drafts too.
 * The lead may fold these two addresses into the anonymous GET list of the main security configuration.
 */
@Configuration(proxyBeanMethods = false)
class PublicSearchSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain publicSearch(HttpSecurity http) throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(new OrRequestMatcher(
                        paths.matcher(HttpMethod.GET, "/search"), paths.matcher(HttpMethod.GET, "/api/v1/search")))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return http.build();
    }
}
