package org.equicity.city;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.equicity.city.Cities.FocalPoint;
import org.equicity.city.Cities.Level1Profile;
import org.equicity.city.Cities.PoliticalResponsibility;
import org.equicity.city.Cities.PublicContact;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.TextRules;

/**
 * The Level 1 profile as the flat texts of a form, for every form that edits it (the city's profile page, a report's
 * Level 1): one set of field names, so that a field and its error are named alike wherever the profile is typed. The
 * constraints check what a form can check before the city's rules run; the rules themselves are the records'.
 */
public class Level1Fields {

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

    /** Shows the stored profile. */
    protected void fill(Level1Profile profile) {
        focalPointName = profile.focalPoint().name();
        focalPointPosition = profile.focalPoint().position();
        focalPointEmail = profile.focalPoint().email();
        focalPointPhone = profile.focalPoint().phone();
        politicalName = profile.politicalResponsibility().name();
        politicalOffice = profile.politicalResponsibility().office();
        coordinationStructure = profile.coordinationStructure();
        networksAndMemberships = profile.networksAndMemberships();
        contactAddress = profile.publicContact().address();
        contactWebsite = profile.publicContact().website();
        contactEmail = profile.publicContact().email();
        description = profile.description();
    }

    private FocalPoint focalPoint() {
        return new FocalPoint(focalPointName, focalPointPosition, focalPointEmail, focalPointPhone);
    }

    private PoliticalResponsibility politicalResponsibility() {
        return new PoliticalResponsibility(politicalName, politicalOffice);
    }

    private PublicContact publicContact() {
        return new PublicContact(contactAddress, contactWebsite, contactEmail);
    }

    /** @throws RuleViolationException where a text breaks the city's rules: {@link #check} tells them all */
    public Level1Profile profile() {
        return new Level1Profile(
                focalPoint(),
                politicalResponsibility(),
                coordinationStructure,
                networksAndMemberships,
                publicContact(),
                description);
    }

    /**
     * Checks each part on its own and tells every broken rule with the field it concerns (null where no one field
     * does), so that a form shows each error next to its field.
     */
    public void check(BiConsumer<String, RuleViolationException> broken) {
        check("focalPoint", this::focalPoint, broken);
        check("political", this::politicalResponsibility, broken);
        check("contact", this::publicContact, broken);
        check(
                "",
                () -> new Level1Profile(null, null, coordinationStructure, networksAndMemberships, null, description),
                broken);
    }

    private static void check(String prefix, Supplier<?> part, BiConsumer<String, RuleViolationException> broken) {
        try {
            part.get();
        } catch (RuleViolationException violation) {
            broken.accept(field(prefix, violation), violation);
        }
    }

    private static String field(String prefix, RuleViolationException violation) {
        return switch (violation.messageKey()) {
            case "city.error.too-long", TextRules.CHARACTERS ->
                violation.arguments()[0] instanceof String name
                        ? prefix.isEmpty() ? name : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1)
                        : null;
            case "city.error.email" -> prefix + "Email";
            case "city.error.phone" -> prefix + "Phone";
            case "city.error.website" -> prefix + "Website";
            default -> null;
        };
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
