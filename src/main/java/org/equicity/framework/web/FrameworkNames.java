package org.equicity.framework.web;

import java.util.Locale;
import org.equicity.framework.FrameworkRef;
import org.equicity.framework.Frameworks;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** {@link org.equicity.framework.Framework#title} for page templates: {@code @frameworkNames.of(ref, #locale)}. */
@Component("frameworkNames")
class FrameworkNames {

    private final Frameworks frameworks;

    FrameworkNames(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    /** The name of {@code ref} (a {@link FrameworkRef} or its text); an unknown one as it is written. */
    public String of(@Nullable Object ref, Locale locale) {
        if (ref == null) {
            return "";
        }
        FrameworkRef parsed;
        try {
            parsed = ref instanceof FrameworkRef given ? given : FrameworkRef.parse(ref.toString());
        } catch (IllegalArgumentException notARef) {
            return ref.toString();
        }
        return frameworks.find(parsed).map(framework -> framework.title(locale)).orElse(ref.toString());
    }
}
