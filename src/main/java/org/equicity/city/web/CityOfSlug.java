package org.equicity.city.web;

import java.util.List;
import java.util.Map;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * "The city of this slug, or 404": a page or API handler of any module declares a {@link CitySummary} parameter and
 * gets the city its address names ({@code {citySlug}}, or {@code {slug}} where the city is all the address names),
 * loaded once per request and shown to the page's template as {@code city}. Reading a city by its slug is public, so
 * what the reader may do with it is decided where it was before: by the facade the handler calls, which refuses with
 * 403.
 */
@Configuration(proxyBeanMethods = false)
class CityOfSlug implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    private static final String LOADED = CityOfSlug.class.getName();

    private final Cities cities;

    CityOfSlug(Cities cities) {
        this.cities = cities;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CitySummary.class;
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        var city = (CitySummary) request.getAttribute(LOADED, RequestAttributes.SCOPE_REQUEST);
        if (city == null) {
            city = cities.bySlug(slug(request, parameter));
            request.setAttribute(LOADED, city, RequestAttributes.SCOPE_REQUEST);
        }
        if (container != null && !container.containsAttribute("city")) {
            container.addAttribute("city", city);
        }
        return city;
    }

    @SuppressWarnings("unchecked")
    private static String slug(NativeWebRequest request, MethodParameter parameter) {
        var variables = (Map<String, String>)
                request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        var slug = variables == null ? null : variables.getOrDefault("citySlug", variables.get("slug"));
        if (slug == null) {
            throw new IllegalStateException(
                    parameter.getExecutable() + " asks for a city, but its address names none ({citySlug})");
        }
        return slug;
    }
}
