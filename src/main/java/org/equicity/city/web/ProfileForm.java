package org.equicity.city.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.equicity.city.Cities.CityProfile;
import org.equicity.city.Cities.FocalPoint;
import org.equicity.city.Cities.Level1Profile;
import org.equicity.city.Cities.PoliticalResponsibility;
import org.equicity.city.Cities.PublicContact;
import org.equicity.city.Cities.UpdateProfile;

/** The Level 1 profile as an editor types it; {@code version} is the one they started from. */
class ProfileForm extends BasicsForm {

    private long version;

    @Size(max = 200, message = "{city.error.too-long-field}")
    private String focalPointName;

    @Size(max = 200, message = "{city.error.too-long-field}")
    private String focalPointPosition;

    @Size(max = 320, message = "{city.error.too-long-field}")
    @Pattern(regexp = "\\s*|[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{city.error.email}")
    private String focalPointEmail;

    @Pattern(regexp = "\\s*|\\s*\\+?[0-9 ()./-]{3,40}\\s*", message = "{city.error.phone}")
    private String focalPointPhone;

    @Size(max = 200, message = "{city.error.too-long-field}")
    private String politicalName;

    @Size(max = 200, message = "{city.error.too-long-field}")
    private String politicalOffice;

    @Size(max = 10000, message = "{city.error.too-long-field}")
    private String coordinationStructure;

    @Size(max = 10000, message = "{city.error.too-long-field}")
    private String networksAndMemberships;

    @Size(max = 1000, message = "{city.error.too-long-field}")
    private String contactAddress;

    @Size(max = 500, message = "{city.error.too-long-field}")
    @Pattern(
            regexp = "\\s*|\\s*https?://\\S+\\s*",
            flags = Pattern.Flag.CASE_INSENSITIVE,
            message = "{city.error.website}")
    private String contactWebsite;

    @Size(max = 320, message = "{city.error.too-long-field}")
    @Pattern(regexp = "\\s*|[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{city.error.email}")
    private String contactEmail;

    @Size(max = 2000, message = "{city.error.too-long-field}")
    private String description;

    static ProfileForm of(CityProfile stored) {
        var form = new ProfileForm();
        form.fill(stored.city().population(), stored.city().officialLanguages());
        var profile = stored.profile();
        form.version = stored.version();
        form.focalPointName = profile.focalPoint().name();
        form.focalPointPosition = profile.focalPoint().position();
        form.focalPointEmail = profile.focalPoint().email();
        form.focalPointPhone = profile.focalPoint().phone();
        form.politicalName = profile.politicalResponsibility().name();
        form.politicalOffice = profile.politicalResponsibility().office();
        form.coordinationStructure = profile.coordinationStructure();
        form.networksAndMemberships = profile.networksAndMemberships();
        form.contactAddress = profile.publicContact().address();
        form.contactWebsite = profile.publicContact().website();
        form.contactEmail = profile.publicContact().email();
        form.description = profile.description();
        return form;
    }

    UpdateProfile command(org.equicity.shared.CityId city) {
        return new UpdateProfile(
                city,
                version,
                populationValue(),
                officialLanguages(),
                new Level1Profile(
                        new FocalPoint(focalPointName, focalPointPosition, focalPointEmail, focalPointPhone),
                        new PoliticalResponsibility(politicalName, politicalOffice),
                        coordinationStructure,
                        networksAndMemberships,
                        new PublicContact(contactAddress, contactWebsite, contactEmail),
                        description));
    }

    /** Every field by the name history uses, for showing the stored values beside the typed ones after a conflict. */
    Map<String, String> values() {
        var values = new LinkedHashMap<String, String>();
        values.put("population", getPopulation());
        values.put("mainLanguage", getMainLanguage());
        values.put("otherLanguages", String.join(", ", getOtherLanguages()));
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

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getFocalPointName() {
        return focalPointName;
    }

    public void setFocalPointName(String focalPointName) {
        this.focalPointName = focalPointName;
    }

    public String getFocalPointPosition() {
        return focalPointPosition;
    }

    public void setFocalPointPosition(String focalPointPosition) {
        this.focalPointPosition = focalPointPosition;
    }

    public String getFocalPointEmail() {
        return focalPointEmail;
    }

    public void setFocalPointEmail(String focalPointEmail) {
        this.focalPointEmail = focalPointEmail;
    }

    public String getFocalPointPhone() {
        return focalPointPhone;
    }

    public void setFocalPointPhone(String focalPointPhone) {
        this.focalPointPhone = focalPointPhone;
    }

    public String getPoliticalName() {
        return politicalName;
    }

    public void setPoliticalName(String politicalName) {
        this.politicalName = politicalName;
    }

    public String getPoliticalOffice() {
        return politicalOffice;
    }

    public void setPoliticalOffice(String politicalOffice) {
        this.politicalOffice = politicalOffice;
    }

    public String getCoordinationStructure() {
        return coordinationStructure;
    }

    public void setCoordinationStructure(String coordinationStructure) {
        this.coordinationStructure = coordinationStructure;
    }

    public String getNetworksAndMemberships() {
        return networksAndMemberships;
    }

    public void setNetworksAndMemberships(String networksAndMemberships) {
        this.networksAndMemberships = networksAndMemberships;
    }

    public String getContactAddress() {
        return contactAddress;
    }

    public void setContactAddress(String contactAddress) {
        this.contactAddress = contactAddress;
    }

    public String getContactWebsite() {
        return contactWebsite;
    }

    public void setContactWebsite(String contactWebsite) {
        this.contactWebsite = contactWebsite;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
