package org.equicity.practice.web;

import java.util.Arrays;
import java.util.List;
import org.equicity.practice.ContributorKind;
import org.equicity.practice.Contributors.ContributorDetails;
import org.equicity.practice.Contributors.ContributorView;
import org.equicity.practice.OwnerLevel;
import org.equicity.shared.RuleViolationException;

/** A contributor as the secretariat types it: its countries as ISO codes separated by commas or spaces. */
class ContributorForm {

    private long version;

    private String name;

    private String kind;

    private String level;

    private String countries;

    static ContributorForm of(ContributorView contributor) {
        var form = new ContributorForm();
        var details = contributor.details();
        form.version = contributor.version();
        form.name = details.name();
        form.kind = details.kind().name();
        form.level = details.level().name();
        form.countries = String.join(", ", details.countries());
        return form;
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

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getCountries() {
        return countries;
    }

    public void setCountries(String countries) {
        this.countries = countries;
    }
}
