package org.equicity.practice.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.equicity.city.Cities;
import org.equicity.network.Networks;
import org.equicity.practice.ContributorId;
import org.equicity.practice.OwnerLevel;
import org.equicity.practice.PracticeStatus;
import org.equicity.practice.Practices.LibraryQuery;
import org.equicity.practice.Practices.LibrarySort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The library's filters as they travel in the address (the filter form, the downloads and the API share them):
 * plain text, so that anything typed into an address gives a page rather than an error. A city or network that does
 * not exist matches nothing; a year or an order that cannot be read is ignored.
 */
class LibraryFilter {

    private String country;
    private String city;
    private String contributor;
    private String level;
    private String commitment;
    private String field;
    private String track;
    private String year;
    private String network;
    private String designation;
    private String sort;
    private String page;

    /** The query for this filter, or empty when it names a city, contributor or network that does not exist. */
    Optional<LibraryQuery> query(Cities cities, Networks networks, int size) {
        var cityId = blank(city) ? null : cities.findBySlug(city.strip()).map(found -> found.id());
        var networkId =
                blank(network) ? null : networks.findBySlug(network.strip()).map(found -> found.id());
        var contributorId = blank(contributor) ? null : contributorValue();
        if ((cityId != null && cityId.isEmpty())
                || (networkId != null && networkId.isEmpty())
                || (contributorId != null && contributorId.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new LibraryQuery(
                country,
                cityId == null ? null : cityId.get(),
                contributorId == null ? null : contributorId.get(),
                levelValue(),
                commitment,
                field,
                track,
                yearValue(),
                networkId == null ? null : networkId.get(),
                status(),
                sortValue(),
                pageNumber() - 1,
                size));
    }

    Integer yearValue() {
        try {
            return blank(year) ? null : Integer.valueOf(year.strip());
        } catch (NumberFormatException notAYear) {
            return null;
        }
    }

    /** A contributor is named by its id; one that is no id matches nothing. */
    private Optional<ContributorId> contributorValue() {
        try {
            return Optional.of(new ContributorId(UUID.fromString(contributor.strip())));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    OwnerLevel levelValue() {
        return Arrays.stream(OwnerLevel.values())
                .filter(value -> value.name().equalsIgnoreCase(level == null ? "" : level.strip()))
                .findFirst()
                .orElse(null);
    }

    PracticeStatus status() {
        return Arrays.stream(PracticeStatus.values())
                .filter(status -> status.name().equalsIgnoreCase(designation == null ? "" : designation.strip()))
                .findFirst()
                .orElse(PracticeStatus.DESIGNATED);
    }

    LibrarySort sortValue() {
        return Arrays.stream(LibrarySort.values())
                .filter(value -> value.name().equalsIgnoreCase(sort == null ? "" : sort.strip()))
                .findFirst()
                .orElse(LibrarySort.NEWEST);
    }

    /** From 1, as readers count pages. */
    int pageNumber() {
        try {
            return blank(page) ? 1 : Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    /** The address of the same filter at another path and page, for paging links and downloads. */
    String link(String path, Integer pageNumber) {
        var builder = UriComponentsBuilder.fromPath(path);
        param(builder, "country", country);
        param(builder, "city", city);
        param(builder, "contributor", contributor);
        param(builder, "level", level);
        param(builder, "commitment", commitment);
        param(builder, "field", field);
        param(builder, "track", track);
        param(builder, "year", year);
        param(builder, "network", network);
        if (status() != PracticeStatus.DESIGNATED) {
            param(builder, "designation", status().name());
        }
        if (sortValue() != LibrarySort.NEWEST) {
            param(builder, "sort", sortValue().name().toLowerCase(Locale.ROOT));
        }
        if (pageNumber != null && pageNumber > 1) {
            builder.queryParam("page", pageNumber);
        }
        return builder.encode().build().toUriString();
    }

    private static void param(UriComponentsBuilder builder, String name, String value) {
        if (!blank(value)) {
            builder.queryParam(name, value.strip());
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getContributor() {
        return contributor;
    }

    public void setContributor(String contributor) {
        this.contributor = contributor;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getCommitment() {
        return commitment;
    }

    public void setCommitment(String commitment) {
        this.commitment = commitment;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getTrack() {
        return track;
    }

    public void setTrack(String track) {
        this.track = track;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getNetwork() {
        return network;
    }

    public void setNetwork(String network) {
        this.network = network;
    }

    public String getDesignation() {
        return designation;
    }

    public void setDesignation(String designation) {
        this.designation = designation;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
