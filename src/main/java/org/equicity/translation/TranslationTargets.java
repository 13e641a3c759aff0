package org.equicity.translation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.equicity.network.Networks;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;
import org.springframework.stereotype.Component;

/** The languages a saved text is translated into at once: English, and those its networks want, other than its own. */
@Component
class TranslationTargets {

    private final Networks networks;
    private final EagerLanguagesRepository eager;

    TranslationTargets(Networks networks, EagerLanguagesRepository eager) {
        this.networks = networks;
        this.eager = eager;
    }

    /** For a city's text: what the networks it is a member of now want. */
    Set<String> of(CityId city, String language) {
        return of(
                networks.membershipsOf(city).stream()
                        .filter(Networks.Membership::isCurrent)
                        .map(membership -> membership.network().value())
                        .toList(),
                language);
    }

    /** For a network's own text (a contributor's practice): what that network wants. */
    Set<String> of(NetworkId network, String language) {
        return of(List.of(network.value()), language);
    }

    private Set<String> of(List<UUID> networkIds, String language) {
        var targets = new LinkedHashSet<String>();
        targets.add(Translations.ARCHIVE_LANGUAGE);
        eager.findAllById(networkIds).forEach(wanted -> targets.addAll(wanted.languages()));
        targets.remove(language);
        return targets;
    }
}
