package org.equicity.city;

import java.util.List;
import java.util.Optional;
import org.equicity.shared.CityId;
import org.equicity.shared.DepartmentId;

/** What other modules may ask of the city module: which cities and departments exist, and their names. */
public interface Cities {

    Optional<CitySummary> find(CityId id);

    /** Every city, ordered by name. */
    List<CitySummary> all();

    List<DepartmentSummary> departments(CityId city);

    Optional<DepartmentSummary> department(DepartmentId id);

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
}
