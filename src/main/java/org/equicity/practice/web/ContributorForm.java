package org.equicity.practice.web;

import java.util.Arrays;
import java.util.List;
import org.equicity.practice.ContributorKind;
import org.equicity.practice.Contributors.ContributorDetails;
import org.equicity.practice.Contributors.ContributorView;
import org.equicity.practice.OwnerLevel;
import org.equicity.shared.RuleViolationException;

/** A contributor as the secretariat types it: its countries as ISO codes separated by commas or spaces. */
record ContributorForm(long version, String name, String kind, String level, String countries) {

    static final ContributorForm BLANK = new ContributorForm(0, null, null, null, null);

    static ContributorForm of(ContributorView contributor) {
        var details = contributor.details();
        return new ContributorForm(
                contributor.version(),
                details.name(),
                details.kind().name(),
                details.level().name(),
                String.join(", ", details.countries()));
    }

    /** The same entries over the version stored now: saving them again replaces what someone else saved. */
    ContributorForm over(long stored) {
        return new ContributorForm(stored, name, kind, level, countries);
    }

    /** @throws RuleViolationException for the first rule the details break; a kind or level of no name is none */
    ContributorDetails details() {
        return new ContributorDetails(
                name,
                named(ContributorKind.values(), kind),
                named(OwnerLevel.values(), level),
                countries == null ? List.of() : Arrays.asList(countries.split("[,;\\s]+")));
    }

    private static <T extends Enum<T>> T named(T[] values, String name) {
        return Arrays.stream(values)
                .filter(value -> value.name().equals(name))
                .findFirst()
                .orElse(null);
    }
}
