package org.equicity.framework.web;

import java.util.Locale;
import org.equicity.framework.FrameworkRef;
import org.equicity.framework.Frameworks;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A framework version as people read it ({@code @frameworkNames.of(ref, #locale)} in templates): its name in the
 * reader's language and its version, "ECCAR Ten-Point Plan of Action (2023)", never the id the data stores
 * ({@code eccar-commitments@2023}).
 */
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
        return frameworks
                .find(parsed)
                .map(framework -> framework.name().in(locale) + " (" + parsed.version() + ")")
                .orElse(ref.toString());
    }
}
