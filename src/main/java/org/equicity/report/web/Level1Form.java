package org.equicity.report.web;

import org.equicity.city.Cities.FocalPoint;
import org.equicity.city.Cities.Level1Profile;
import org.equicity.city.Cities.PoliticalResponsibility;
import org.equicity.city.Cities.PublicContact;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.web.FormErrors;

/** Level 1 of a report and the language it is written in. */
class Level1Form {

    private long version;

    private String language;

    private String focalName;

    private String focalPosition;

    private String focalEmail;

    private String focalPhone;

    private String politicalName;

    private String politicalOffice;

    private String coordinationStructure;

    private String networksAndMemberships;

    private String contactAddress;

    private String contactWebsite;

    private String contactEmail;

    private String description;

    static Level1Form of(long version, String language, Level1Profile profile) {
        var form = new Level1Form();
        form.version = version;
        form.language = language;
        form.focalName = profile.focalPoint().name();
        form.focalPosition = profile.focalPoint().position();
        form.focalEmail = profile.focalPoint().email();
        form.focalPhone = profile.focalPoint().phone();
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

    /** Each part is checked on its own, so that an error can be shown next to the field it concerns. */
    Level1Profile profile(FormErrors errors) {
        var focal = part(errors, "focal", () -> new FocalPoint(focalName, focalPosition, focalEmail, focalPhone));
        var political = part(errors, "political", () -> new PoliticalResponsibility(politicalName, politicalOffice));
        var contact = part(errors, "contact", () -> new PublicContact(contactAddress, contactWebsite, contactEmail));
        var profile = part(
                errors,
                "",
                () -> new Level1Profile(null, null, coordinationStructure, networksAndMemberships, null, description));
        if (!errors.isEmpty()) {
            return null;
        }
        return new Level1Profile(
                focal,
                political,
                profile.coordinationStructure(),
                profile.networksAndMemberships(),
                contact,
                profile.description());
    }

    private static <T> T part(FormErrors errors, String prefix, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (RuleViolationException violation) {
            var key = violation.messageKey();
            String field = null;
            if (key.equals("city.error.too-long") && violation.arguments()[0] instanceof String name) {
                field = prefix.isEmpty() ? name : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
            } else if (key.equals("city.error.email")) {
                field = prefix + "Email";
            } else if (key.equals("city.error.phone")) {
                field = prefix + "Phone";
            } else if (key.equals("city.error.website")) {
                field = prefix + "Website";
            }
            errors.add(violation, field);
            return null;
        }
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getFocalName() {
        return focalName;
    }

    public void setFocalName(String focalName) {
        this.focalName = focalName;
    }

    public String getFocalPosition() {
        return focalPosition;
    }

    public void setFocalPosition(String focalPosition) {
        this.focalPosition = focalPosition;
    }

    public String getFocalEmail() {
        return focalEmail;
    }

    public void setFocalEmail(String focalEmail) {
        this.focalEmail = focalEmail;
    }

    public String getFocalPhone() {
        return focalPhone;
    }

    public void setFocalPhone(String focalPhone) {
        this.focalPhone = focalPhone;
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
