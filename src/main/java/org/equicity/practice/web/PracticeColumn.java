package org.equicity.practice.web;

import java.time.ZoneOffset;
import java.util.List;
import java.util.function.BiFunction;
import org.equicity.practice.Owner;
import org.equicity.practice.Practices.LibraryEntry;
import org.equicity.practice.Provenance;

/**
 * The columns of the open data: the CSV header, the JSON field names and the codebook, in this order. A list value
 * is one CSV cell joined with {@code ;} and a JSON array.
 */
enum PracticeColumn {
    ID("uuid", null, (entry, base) -> entry.summary().id().value().toString()),
    PERMALINK(
            "url",
            null,
            (entry, base) -> base + "/practices/" + entry.summary().id().value()),
    TITLE("text", null, (entry, base) -> entry.content().template().title()),
    OWNER("text", null, (entry, base) -> entry.summary().ownerName()),
    OWNER_TYPE(
            "code",
            CodeList.OWNER_TYPES,
            (entry, base) -> ownerType(entry.summary().owner())),
    LEVEL(
            "code",
            CodeList.LEVELS,
            (entry, base) -> entry.summary().owner().level().name()),
    CITY(
            "text",
            null,
            (entry, base) -> entry.summary().owner().isCity() ? entry.summary().ownerName() : null),
    CITY_SLUG("text", null, (entry, base) -> entry.summary().citySlug()),
    COUNTRY("code", CodeList.COUNTRIES, (entry, base) -> entry.summary().country()),
    COUNTRIES(
            "codes",
            CodeList.COUNTRIES,
            (entry, base) -> entry.summary().owner().countries()),
    NETWORK("text", null, (entry, base) -> entry.summary().networkName()),
    STATUS("code", CodeList.STATUSES, (entry, base) -> entry.summary().status().name()),
    DESIGNATED_ON(
            "date",
            null,
            (entry, base) -> entry.summary().decidedAt() == null
                    ? null
                    : entry.summary()
                            .decidedAt()
                            .atOffset(ZoneOffset.UTC)
                            .toLocalDate()
                            .toString()),
    LANGUAGE("code (ISO 639-1)", null, (entry, base) -> entry.content().language()),
    DEPARTMENT("text", null, (entry, base) -> entry.content().template().department()),
    CONTACT("text", null, (entry, base) -> entry.content().template().contact()),
    FIELDS_OF_ACTION(
            "codes",
            CodeList.FIELDS_OF_ACTION,
            (entry, base) -> entry.content().template().fieldsOfAction()),
    MAIN_PURPOSE("text", null, (entry, base) -> entry.content().template().mainPurpose()),
    IMPLEMENTATION_PERIOD(
            "text", null, (entry, base) -> entry.content().template().implementationPeriod()),
    PURPOSE("text", null, (entry, base) -> entry.content().template().purpose()),
    RATIONALE("text", null, (entry, base) -> entry.content().template().rationale()),
    PROCESS("text", null, (entry, base) -> entry.content().template().process()),
    IMPACT("text", null, (entry, base) -> entry.content().template().impact()),
    REFERENCE_DOCUMENTS(
            "texts", null, (entry, base) -> entry.content().template().referenceDocuments()),
    MEASURE_TYPE(
            "code",
            CodeList.MEASURE_TYPES,
            (entry, base) -> entry.content().description().measureType()),
    CHAPTER("text", null, (entry, base) -> entry.content().description().chapter()),
    AIMS("text", null, (entry, base) -> entry.content().description().aims()),
    EVALUATION("text", null, (entry, base) -> entry.content().description().evaluation()),
    LEADING_AUTHORITY(
            "text", null, (entry, base) -> entry.content().description().leadingAuthority()),
    IMPLEMENTING_PARTNERS(
            "text", null, (entry, base) -> entry.content().description().implementingPartners()),
    AREA_OF_INTERVENTION(
            "text", null, (entry, base) -> entry.content().description().areaOfIntervention()),
    PERIOD_START(
            "date or year", null, (entry, base) -> entry.content().description().periodStart()),
    PERIOD_END(
            "date or year", null, (entry, base) -> entry.content().description().periodEnd()),
    REFERENCES(
            "texts",
            null,
            (entry, base) -> entry.content().description().references().stream()
                    .map(reference -> reference.address() == null
                            ? reference.label()
                            : reference.label() + " " + reference.address())
                    .toList()),
    COMMITMENT(
            "code",
            CodeList.COMMITMENTS,
            (entry, base) -> entry.content().classification().commitment()),
    TRACK(
            "code",
            CodeList.TRACKS,
            (entry, base) -> entry.content().classification().track()),
    FIELDS_OF_ACTIVITY(
            "codes",
            CodeList.FIELDS_OF_ACTIVITY,
            (entry, base) -> entry.content().classification().fieldsOfActivity()),
    YEAR("integer", null, (entry, base) -> entry.content().classification().year()),
    SOURCE_TITLE(
            "text",
            null,
            (entry, base) -> document(entry) == null ? null : document(entry).title()),
    SOURCE_PUBLISHER(
            "text",
            null,
            (entry, base) -> document(entry) == null ? null : document(entry).publisher()),
    SOURCE_DATE(
            "date or year",
            null,
            (entry, base) -> document(entry) == null ? null : document(entry).date()),
    SOURCE_ADDRESS(
            "url",
            null,
            (entry, base) -> document(entry) == null ? null : document(entry).address()),
    SOURCE_SECTION(
            "text",
            null,
            (entry, base) ->
                    entry.provenance() == null ? null : entry.provenance().locator()),
    COLLECTION(
            "uuid",
            null,
            (entry, base) -> entry.provenance() == null || entry.provenance().collection() == null
                    ? null
                    : entry.provenance().collection().value().toString());

    /** The code lists the codebook spells out. */
    enum CodeList {
        OWNER_TYPES,
        LEVELS,
        COUNTRIES,
        STATUSES,
        MEASURE_TYPES,
        COMMITMENTS,
        TRACKS,
        FIELDS_OF_ACTION,
        FIELDS_OF_ACTIVITY;

        String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final String type;
    private final CodeList codes;
    private final BiFunction<LibraryEntry, String, Object> value;

    PracticeColumn(String type, CodeList codes, BiFunction<LibraryEntry, String, Object> value) {
        this.type = type;
        this.codes = codes;
        this.value = value;
    }

    /** The document the practice was published in, or null where none is recorded. */
    private static Provenance.SourceDocument document(LibraryEntry entry) {
        return entry.provenance() == null ? null : entry.provenance().document();
    }

    /** CITY for a city, else the contributor's kind. */
    static String ownerType(Owner owner) {
        return owner.isCity() ? "CITY" : owner.kind().name();
    }

    /** The stable name: CSV header and JSON field. */
    String header() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    String type() {
        return type;
    }

    CodeList codes() {
        return codes;
    }

    boolean multiple() {
        return type.equals("codes") || type.equals("texts");
    }

    /** @param base the platform's public address, for the permalink */
    Object value(LibraryEntry entry, String base) {
        return value.apply(entry, base);
    }

    /** As a CSV cell: empty for nothing, a list joined with {@code ;}. */
    String cell(LibraryEntry entry, String base) {
        var raw = value(entry, base);
        if (raw == null) {
            return "";
        }
        if (raw instanceof List<?> list) {
            return String.join(";", list.stream().map(String::valueOf).toList());
        }
        return raw.toString();
    }
}
