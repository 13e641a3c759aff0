package org.equicity.practice;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.equicity.practice.Practices.PracticeContent;
import org.equicity.shared.NetworkId;
import org.equicity.shared.RuleViolationException;

/**
 * Contributors of good practices that are not cities: regions, national authorities, NGOs, networks, European and
 * international bodies whose practices a network collects. Each belongs to one network and is kept by its
 * secretariat, who also records their practices; anyone reads them, as the library names them.
 */
public interface Contributors {

    /** The secretariat adds a contributor; a name the network already has is refused. */
    ContributorId add(NetworkId network, ContributorDetails details);

    /** The secretariat corrects a contributor, from the version read; its practices follow. */
    void revise(ContributorId id, long version, ContributorDetails details);

    ContributorView contributor(ContributorId id);

    /** Every network's contributors by name, for the library's filter. */
    List<ContributorView> all();

    /** The network's contributors by name. */
    List<ContributorView> ofNetwork(NetworkId network);

    /**
     * The secretariat records a practice of one of its network's contributors; it starts as submitted, like a city's,
     * and is edited by the secretariat.
     */
    PracticeId submit(ContributorId contributor, PracticeContent content);

    /** {@code countries} are ISO 3166-1 alpha-2 codes, none or several. */
    record ContributorDetails(String name, ContributorKind kind, OwnerLevel level, List<String> countries) {

        private static final Set<String> ISO_COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

        public ContributorDetails {
            name = Practices.Template.RULES.required(name, 200, "name");
            if (kind == null) {
                throw new RuleViolationException("practice.rule.required", "kind");
            }
            if (level == null) {
                throw new RuleViolationException("practice.rule.required", "level");
            }
            countries = countries == null
                    ? List.of()
                    : countries.stream()
                            .filter(Objects::nonNull)
                            .map(code -> code.strip().toUpperCase(Locale.ROOT))
                            .filter(code -> !code.isEmpty())
                            .distinct()
                            .toList();
            for (var country : countries) {
                if (!ISO_COUNTRIES.contains(country)) {
                    throw RuleViolationException.about("countries", "practice.rule.country", country);
                }
            }
        }
    }

    record ContributorView(ContributorId id, NetworkId network, long version, ContributorDetails details) {}
}
