package org.equicity.shared.web;

import java.util.List;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What a page's address names, handed to its handlers as a parameter of the type {@code T} (a city of a slug, a plan
 * of that city): loaded once per request, or refused with {@link org.equicity.shared.NotFoundException}, and shown to
 * the template under {@code name}. A subclass is a {@code @Configuration} of the module that owns the type.
 */
public abstract class PathArgument<T> implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    private final Class<T> type;
    private final String name;

    protected PathArgument(Class<T> type, String name) {
        this.type = type;
        this.name = name;
    }

    /** @param variables the address's template variables ({@code citySlug}, {@code planId}, …) */
    protected abstract T load(Map<String, String> variables);

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == type && !parameter.hasParameterAnnotations();
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        var key = getClass().getName();
        var loaded = type.cast(request.getAttribute(key, RequestAttributes.SCOPE_REQUEST));
        if (loaded == null) {
            @SuppressWarnings("unchecked")
            var variables = (Map<String, String>) request.getAttribute(
                    HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
            loaded = load(variables == null ? Map.of() : variables);
            request.setAttribute(key, loaded, RequestAttributes.SCOPE_REQUEST);
        }
        if (container != null && !container.containsAttribute(name)) {
            container.addAttribute(name, loaded);
        }
        return loaded;
    }
}
