package org.equicity.city;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.equicity.city.Cities.CitySummary;
import org.equicity.city.Cities.FieldChange;
import org.equicity.city.Cities.FocalPoint;
import org.equicity.city.Cities.Level1Profile;
import org.equicity.city.Cities.PoliticalResponsibility;
import org.equicity.city.Cities.PublicContact;
import org.equicity.shared.CityId;
import org.equicity.shared.DepartmentId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.hibernate.annotations.OptimisticLock;

/** A city with its Level 1 profile and its departments. */
@Entity
@Table(name = "city")
class City {

    static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?");

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String slug;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String country;

    private Long population;

    @Column(name = "official_languages", nullable = false)
    private String officialLanguages;

    @Column(name = "focal_point_name")
    private String focalPointName;

    @Column(name = "focal_point_position")
    private String focalPointPosition;

    @Column(name = "focal_point_email")
    private String focalPointEmail;

    @Column(name = "focal_point_phone")
    private String focalPointPhone;

    @Column(name = "political_name")
    private String politicalName;

    @Column(name = "political_office")
    private String politicalOffice;

    @Column(name = "coordination_structure")
    private String coordinationStructure;

    @Column(name = "networks_and_memberships")
    private String networksAndMemberships;

    @Column(name = "contact_address")
    private String contactAddress;

    @Column(name = "contact_website")
    private String contactWebsite;

    @Column(name = "contact_email")
    private String contactEmail;

    private String description;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    // Departments change without touching the profile's version: adding a department must not make a profile
    // editor's save look like a conflict.
    @OptimisticLock(excluded = true)
    @OneToMany(mappedBy = "city", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("name")
    private List<Department> departments = new ArrayList<>();

    protected City() {}

    City(String slug, String name, String country, Long population, OfficialLanguages languages, Instant createdAt) {
        var normalisedSlug = slug == null ? "" : slug.strip().toLowerCase(Locale.ROOT);
        if (!SLUG.matcher(normalisedSlug).matches()) {
            throw RuleViolationException.about("slug", "city.error.slug", slug);
        }
        this.id = UUID.randomUUID();
        this.slug = normalisedSlug;
        this.name = Checks.name(name, "name");
        this.country = Checks.country(country);
        this.population = Checks.population(population);
        this.officialLanguages = Objects.requireNonNull(languages, "languages").stored();
        this.createdAt = createdAt;
    }

    CityId id() {
        return new CityId(id);
    }

    String slug() {
        return slug;
    }

    long version() {
        return version;
    }

    CitySummary summary() {
        return new CitySummary(
                id(),
                slug,
                name,
                country,
                population,
                OfficialLanguages.parse(officialLanguages).codes());
    }

    Level1Profile profile() {
        return new Level1Profile(
                new FocalPoint(focalPointName, focalPointPosition, focalPointEmail, focalPointPhone),
                new PoliticalResponsibility(politicalName, politicalOffice),
                coordinationStructure,
                networksAndMemberships,
                new PublicContact(contactAddress, contactWebsite, contactEmail),
                description);
    }

    /** The values as they were set at creation, in the shape history records them. */
    List<FieldChange> creation() {
        return List.of(
                new FieldChange("slug", null, slug),
                new FieldChange("name", null, name),
                new FieldChange("country", null, country),
                new FieldChange("population", null, population == null ? null : population.toString()),
                new FieldChange("officialLanguages", null, officialLanguages));
    }

    /** Replaces the editable metadata and returns what actually changed (empty when nothing did). */
    List<FieldChange> updateProfile(Long population, OfficialLanguages languages, Level1Profile profile) {
        var before = editableFields();
        this.population = Checks.population(population);
        this.officialLanguages = languages.stored();
        this.focalPointName = profile.focalPoint().name();
        this.focalPointPosition = profile.focalPoint().position();
        this.focalPointEmail = profile.focalPoint().email();
        this.focalPointPhone = profile.focalPoint().phone();
        this.politicalName = profile.politicalResponsibility().name();
        this.politicalOffice = profile.politicalResponsibility().office();
        this.coordinationStructure = profile.coordinationStructure();
        this.networksAndMemberships = profile.networksAndMemberships();
        this.contactAddress = profile.publicContact().address();
        this.contactWebsite = profile.publicContact().website();
        this.contactEmail = profile.publicContact().email();
        this.description = profile.description();
        var after = editableFields();
        var changes = new ArrayList<FieldChange>();
        before.forEach((field, old) -> {
            if (!Objects.equals(old, after.get(field))) {
                changes.add(new FieldChange(field, old, after.get(field)));
            }
        });
        return changes;
    }

    private Map<String, String> editableFields() {
        var fields = new LinkedHashMap<String, String>();
        fields.put("population", population == null ? null : population.toString());
        fields.put("officialLanguages", officialLanguages);
        fields.put("focalPoint.name", focalPointName);
        fields.put("focalPoint.position", focalPointPosition);
        fields.put("focalPoint.email", focalPointEmail);
        fields.put("focalPoint.phone", focalPointPhone);
        fields.put("politicalResponsibility.name", politicalName);
        fields.put("politicalResponsibility.office", politicalOffice);
        fields.put("coordinationStructure", coordinationStructure);
        fields.put("networksAndMemberships", networksAndMemberships);
        fields.put("publicContact.address", contactAddress);
        fields.put("publicContact.website", contactWebsite);
        fields.put("publicContact.email", contactEmail);
        fields.put("description", description);
        return fields;
    }

    List<Department> departments() {
        return List.copyOf(departments);
    }

    Department addDepartment(String name, Instant now) {
        var departmentName = Checks.name(name, "department");
        requireNameFree(departmentName, null);
        var department = new Department(this, departmentName, now);
        departments.add(department);
        return department;
    }

    FieldChange renameDepartment(DepartmentId id, String name) {
        var department = department(id);
        var newName = Checks.name(name, "department");
        requireNameFree(newName, department);
        var change = new FieldChange("department", department.name(), newName);
        department.rename(newName);
        return change;
    }

    Department removeDepartment(DepartmentId id) {
        var department = department(id);
        departments.remove(department);
        return department;
    }

    private Department department(DepartmentId id) {
        return departments.stream()
                .filter(department -> department.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Department", id.value()));
    }

    private void requireNameFree(String name, Department except) {
        boolean taken = departments.stream()
                .anyMatch(
                        department -> department != except && department.name().equalsIgnoreCase(name));
        if (taken) {
            throw RuleViolationException.about("department", "city.error.department-taken", name);
        }
    }
}
