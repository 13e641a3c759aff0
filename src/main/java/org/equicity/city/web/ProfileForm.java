package org.equicity.city.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.equicity.city.Cities.CityProfile;
import org.equicity.city.Cities.UpdateProfile;
import org.equicity.city.Level1Fields;
import org.equicity.shared.CityId;

/**
 * The Level 1 profile as an editor types it, with the city's population and languages; {@code version} is the one
 * they started from.
 */
class ProfileForm extends Level1Fields {

    // The Level 1 texts are the superclass, so the basics are kept here by delegation, with their constraints.
    private final BasicsForm basics = new BasicsForm();

    private long version;

    static ProfileForm of(CityProfile stored) {
        var form = new ProfileForm();
        form.basics.fill(stored.city().population(), stored.city().officialLanguages());
        form.fill(stored.profile());
        form.version = stored.version();
        return form;
    }

    UpdateProfile command(CityId city) {
        return new UpdateProfile(city, version, basics.populationValue(), basics.officialLanguages(), profile());
    }

    /** Every field by the name history uses, for showing the stored values beside the typed ones after a conflict. */
    Map<String, String> values() {
        var values = new LinkedHashMap<String, String>();
        values.put("population", getPopulation());
        values.put("mainLanguage", getMainLanguage());
        values.put("otherLanguages", String.join(", ", getOtherLanguages()));
        values.put("focalPoint.name", getFocalPointName());
        values.put("focalPoint.position", getFocalPointPosition());
        values.put("focalPoint.email", getFocalPointEmail());
        values.put("focalPoint.phone", getFocalPointPhone());
        values.put("politicalResponsibility.name", getPoliticalName());
        values.put("politicalResponsibility.office", getPoliticalOffice());
        values.put("coordinationStructure", getCoordinationStructure());
        values.put("networksAndMemberships", getNetworksAndMemberships());
        values.put("publicContact.address", getContactAddress());
        values.put("publicContact.website", getContactWebsite());
        values.put("publicContact.email", getContactEmail());
        values.put("description", getDescription());
        return values;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    @Pattern(regexp = BasicsForm.POPULATION, message = "{city.error.population}")
    public String getPopulation() {
        return basics.getPopulation();
    }

    public void setPopulation(String population) {
        basics.setPopulation(population);
    }

    @NotBlank(message = "{city.error.language-required}")
    public String getMainLanguage() {
        return basics.getMainLanguage();
    }

    public void setMainLanguage(String mainLanguage) {
        basics.setMainLanguage(mainLanguage);
    }

    public List<String> getOtherLanguages() {
        return basics.getOtherLanguages();
    }

    public void setOtherLanguages(List<String> otherLanguages) {
        basics.setOtherLanguages(otherLanguages);
    }
}
