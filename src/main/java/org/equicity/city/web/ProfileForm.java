package org.equicity.city.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.equicity.city.Cities.CityProfile;
import org.equicity.city.Cities.UpdateProfile;
import org.equicity.city.Level1Fields;
import org.equicity.shared.CityId;
import org.jspecify.annotations.Nullable;

/**
 * The Level 1 profile as an editor types it, with the city's population and languages; {@code version} is the one
 * they started from. The constraints check what the form can check before the city's rules run; the rules themselves
 * are the records'.
 */
record ProfileForm(
        long version,

        @Pattern(regexp = CityBasics.POPULATION, message = "{city.error.population}") @Nullable
        String population,

        @NotBlank(message = "{city.error.language-required}") @Nullable
        String mainLanguage,

        List<String> otherLanguages,

        @Size(max = 200, message = "{city.error.too-long-field}") @Nullable
        String focalPointName,

        @Size(max = 200, message = "{city.error.too-long-field}") @Nullable
        String focalPointPosition,

        @Size(max = 320, message = "{city.error.too-long-field}")
        @Pattern(regexp = EMAIL, message = "{city.error.email}")
        @Nullable
        String focalPointEmail,

        @Pattern(regexp = "\\s*|\\s*\\+?[0-9 ()./-]{3,40}\\s*", message = "{city.error.phone}") @Nullable
        String focalPointPhone,

        @Size(max = 200, message = "{city.error.too-long-field}") @Nullable
        String politicalName,

        @Size(max = 200, message = "{city.error.too-long-field}") @Nullable
        String politicalOffice,

        @Size(max = 10000, message = "{city.error.too-long-field}") @Nullable
        String coordinationStructure,

        @Size(max = 10000, message = "{city.error.too-long-field}") @Nullable
        String networksAndMemberships,

        @Size(max = 1000, message = "{city.error.too-long-field}") @Nullable
        String contactAddress,

        @Size(max = 500, message = "{city.error.too-long-field}")
        @Pattern(
                regexp = "\\s*|\\s*https?://\\S+\\s*",
                flags = Pattern.Flag.CASE_INSENSITIVE,
                message = "{city.error.website}")
        @Nullable
        String contactWebsite,

        @Size(max = 320, message = "{city.error.too-long-field}")
        @Pattern(regexp = EMAIL, message = "{city.error.email}")
        @Nullable
        String contactEmail,

        @Size(max = 2000, message = "{city.error.too-long-field}") @Nullable
        String description) {

    static final String EMAIL = "\\s*|[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    ProfileForm {
        otherLanguages = otherLanguages == null ? List.of() : otherLanguages;
    }

    static ProfileForm of(CityProfile stored) {
        var city = stored.city();
        var languages = city.officialLanguages();
        var level1 = Level1Fields.of(stored.profile());
        return new ProfileForm(
                stored.version(),
                city.population() == null ? "" : city.population().toString(),
                languages.isEmpty() ? null : languages.get(0),
                languages.subList(Math.min(1, languages.size()), languages.size()),
                level1.focalPointName(),
                level1.focalPointPosition(),
                level1.focalPointEmail(),
                level1.focalPointPhone(),
                level1.politicalName(),
                level1.politicalOffice(),
                level1.coordinationStructure(),
                level1.networksAndMemberships(),
                level1.contactAddress(),
                level1.contactWebsite(),
                level1.contactEmail(),
                level1.description());
    }

    /** The same entries over the version stored now: saving them again replaces what someone else saved. */
    ProfileForm over(long stored) {
        return new ProfileForm(
                stored,
                population,
                mainLanguage,
                otherLanguages,
                focalPointName,
                focalPointPosition,
                focalPointEmail,
                focalPointPhone,
                politicalName,
                politicalOffice,
                coordinationStructure,
                networksAndMemberships,
                contactAddress,
                contactWebsite,
                contactEmail,
                description);
    }

    Level1Fields level1() {
        return new Level1Fields(
                focalPointName,
                focalPointPosition,
                focalPointEmail,
                focalPointPhone,
                politicalName,
                politicalOffice,
                coordinationStructure,
                networksAndMemberships,
                contactAddress,
                contactWebsite,
                contactEmail,
                description);
    }

    UpdateProfile command(CityId city) {
        return new UpdateProfile(
                city,
                version,
                CityBasics.population(population),
                CityBasics.officialLanguages(mainLanguage, otherLanguages),
                level1().profile());
    }

    /** Every field by the name history uses, for showing the stored values beside the typed ones after a conflict. */
    Map<String, String> values() {
        var values = new LinkedHashMap<String, String>();
        values.put("population", population);
        values.put("mainLanguage", mainLanguage);
        values.put("otherLanguages", String.join(", ", otherLanguages));
        values.put("focalPoint.name", focalPointName);
        values.put("focalPoint.position", focalPointPosition);
        values.put("focalPoint.email", focalPointEmail);
        values.put("focalPoint.phone", focalPointPhone);
        values.put("politicalResponsibility.name", politicalName);
        values.put("politicalResponsibility.office", politicalOffice);
        values.put("coordinationStructure", coordinationStructure);
        values.put("networksAndMemberships", networksAndMemberships);
        values.put("publicContact.address", contactAddress);
        values.put("publicContact.website", contactWebsite);
        values.put("publicContact.email", contactEmail);
        values.put("description", description);
        return values;
    }
}
