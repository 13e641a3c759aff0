package org.equicity.monitoring.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.equicity.framework.FrameworkRef;
import org.equicity.framework.Frameworks;
import org.equicity.monitoring.Monitoring;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The data files' items (kinds, topics, actor groups) by code, labelled in the reader's language. */
@Component
class MonitoringLabels {

    private final Frameworks frameworks;

    MonitoringLabels(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    Map<String, String> of(FrameworkRef ref, Locale locale) {
        var labels = new LinkedHashMap<String, String>();
        frameworks
                .find(ref)
                .ifPresent(framework -> framework
                        .allItems()
                        .forEach(item -> labels.put(item.code(), item.label().in(locale))));
        return labels;
    }

    /** {@code kinds}, {@code topics} and {@code actorGroups}, as the monitoring templates name them. */
    void addTo(Model model, Locale locale) {
        model.addAttribute("kinds", of(Monitoring.KINDS, locale));
        model.addAttribute("topics", of(Monitoring.TOPICS, locale));
        model.addAttribute("actorGroups", of(Monitoring.ACTOR_GROUPS, locale));
    }
}
