package org.equicity.city;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.equicity.shared.CityId;
import org.equicity.shared.DepartmentId;
import org.equicity.shared.NotFoundException;

/**
 * What other modules (and the city's own pages and API) may ask of the city module: which cities and departments
 * exist, the city's Level 1 profile, and the changes to it. Every write checks through {@code Access} that the
 * signed-in person may make it.
 */
public interface Cities {

    /** The owner type under which a city's profile texts are translated (with the city's id as owner). */
    String TRANSLATION_OWNER = "city";

    Optional<CitySummary> find(CityId id);

    Optional<CitySummary> findBySlug(String slug);

    /**
     * The city at the address a page or API path names: every city-scoped controller looks its city up here, so that
     * an unknown address is the same 404 everywhere.
     *
     * @throws NotFoundException when no city has that slug
     */
    default CitySummary bySlug(String slug) {
        return findBySlug(slug).orElseThrow(() -> new NotFoundException("City", slug));
    }

    /** Every city, ordered by name. */
    List<CitySummary> all();

    /**
     * The city's departments, ordered by name.
     *
     * @throws org.equicity.shared.NotFoundException for an unknown city
     */
    List<DepartmentSummary> departments(CityId city);

    Optional<DepartmentSummary> department(DepartmentId id);

    /**
     * The profile as the current reader may see it: the focal point's email and phone only for the city's own
     * people and platform administrators.
     *
     * @throws org.equicity.shared.NotFoundException for an unknown city
     */
    PublicCity publicProfile(CityId city);

    /** The whole stored profile with the version an editor starts from; for those who manage the city. */
    CityProfile profileForEditing(CityId city);

    /** Platform administrators only. */
    CitySummary create(CreateCity command);

    /**
     * @throws org.springframework.orm.ObjectOptimisticLockingFailureException when someone saved since the editor
     *     loaded {@code version}
     */
    void updateProfile(UpdateProfile command);

    DepartmentSummary addDepartment(CityId city, String name);

    void renameDepartment(CityId city, DepartmentId department, String name);

    /** Refused (rule violation) while someone is the department's contact: take that role away first. */
    void removeDepartment(CityId city, DepartmentId department);

    /** Newest first; for the city's people and platform administrators. */
    List<HistoryEntry> history(CityId city);

    /**
     * @param country ISO 3166-1 alpha-2 code
     * @param officialLanguages ISO 639-1 codes, the first being the one the city writes in by default
     */
    record CitySummary(
            CityId id, String slug, String name, String country, Long population, List<String> officialLanguages) {

        public CitySummary {
            officialLanguages = List.copyOf(officialLanguages);
        }

        public String mainLanguage() {
            return officialLanguages.isEmpty() ? "en" : officialLanguages.get(0);
        }
    }

    record DepartmentSummary(DepartmentId id, CityId city, String name) {}

    /** A new city; the slug is its permanent address ({@code /cities/{slug}}). */
    record CreateCity(String slug, String name, String country, Long population, List<String> officialLanguages) {

        public CreateCity {
            officialLanguages = officialLanguages == null ? List.of() : List.copyOf(officialLanguages);
        }
    }

    /** The person who coordinates the city's work against racism (the "10-PPA coordinator"). */
    record FocalPoint(String name, String position, String email, String phone) {

        public FocalPoint {
            name = Checks.text(name, 200, "name");
            position = Checks.text(position, 200, "position");
            email = Checks.email(email);
            phone = Checks.phone(phone);
        }

        public static FocalPoint empty() {
            return new FocalPoint(null, null, null, null);
        }

        /** What anyone may see: name and position, not how to reach the person directly. */
        FocalPoint withoutDirectContact() {
            return new FocalPoint(name, position, null, null);
        }
    }

    /** The elected official politically responsible for the city's policy against racism and discrimination. */
    record PoliticalResponsibility(String name, String office) {

        public PoliticalResponsibility {
            name = Checks.text(name, 200, "name");
            office = Checks.text(office, 200, "office");
        }

        public static PoliticalResponsibility empty() {
            return new PoliticalResponsibility(null, null);
        }
    }

    /** How the public reaches the city about this work. */
    record PublicContact(String address, String website, String email) {

        public PublicContact {
            address = Checks.text(address, 1000, "address");
            website = Checks.website(website);
            email = Checks.email(email);
        }

        public static PublicContact empty() {
            return new PublicContact(null, null, null);
        }
    }

    /**
     * The city's "Level 1" metadata of the ECCAR reporting tool, stored once and reused by every later report.
     * Every part is optional, because a city fills it in over time; blank text is stored as absent.
     */
    record Level1Profile(
            FocalPoint focalPoint,
            PoliticalResponsibility politicalResponsibility,
            String coordinationStructure,
            String networksAndMemberships,
            PublicContact publicContact,
            String description) {

        public Level1Profile {
            focalPoint = focalPoint == null ? FocalPoint.empty() : focalPoint;
            politicalResponsibility =
                    politicalResponsibility == null ? PoliticalResponsibility.empty() : politicalResponsibility;
            coordinationStructure = Checks.text(coordinationStructure, 10_000, "coordinationStructure");
            networksAndMemberships = Checks.text(networksAndMemberships, 10_000, "networksAndMemberships");
            publicContact = publicContact == null ? PublicContact.empty() : publicContact;
            description = Checks.text(description, 2_000, "description");
        }

        public static Level1Profile empty() {
            return new Level1Profile(null, null, null, null, null, null);
        }

        /**
         * The texts a reader in another language may want translated, by field name (names, offices and addresses
         * are not translated); a blank one is empty, so that an emptied field drops its translations.
         */
        public Map<String, String> translatableTexts() {
            var texts = new LinkedHashMap<String, String>();
            texts.put("description", description == null ? "" : description);
            texts.put("coordination-structure", coordinationStructure == null ? "" : coordinationStructure);
            texts.put("networks-and-memberships", networksAndMemberships == null ? "" : networksAndMemberships);
            return texts;
        }
    }

    /** {@code version} is the one the editor started from. */
    record UpdateProfile(
            CityId city, long version, Long population, List<String> officialLanguages, Level1Profile profile) {

        public UpdateProfile {
            officialLanguages = officialLanguages == null ? List.of() : List.copyOf(officialLanguages);
            profile = profile == null ? Level1Profile.empty() : profile;
        }
    }

    /** The profile as stored, for those who edit it. */
    record CityProfile(CitySummary city, long version, Level1Profile profile) {}

    /**
     * The profile as the reader may see it.
     *
     * @param member whether the reader belongs to the city (or administers the platform)
     * @param manager whether the reader may edit the city
     */
    record PublicCity(CitySummary city, Level1Profile profile, boolean member, boolean manager) {}

    enum ChangeKind {
        CITY_CREATED,
        PROFILE_UPDATED,
        DEPARTMENT_ADDED,
        DEPARTMENT_RENAMED,
        DEPARTMENT_REMOVED
    }

    /** One field that changed; {@code field} is a stable name such as {@code focalPoint.email}. */
    record FieldChange(String field, String from, String to) {}

    record HistoryEntry(Instant at, String actor, ChangeKind kind, List<FieldChange> changes) {

        public HistoryEntry {
            changes = List.copyOf(changes);
        }
    }
}
