package org.equicity.practice;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.equicity.framework.ItemRef;
import org.equicity.report.CycleId;
import org.equicity.report.ReportId;
import org.equicity.report.ReportedActionId;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.TextRules;
import org.equicity.translation.FieldRef;

/**
 * Good practices. A city submits one directly, or the network's secretariat nominates an action of an accepted
 * report; either way it is reviewed (the review module moves it to {@link PracticeStatus#UNDER_REVIEW}) and the
 * secretariat records the committee's decision. A designated practice is public; the others are read only by their
 * city's people and the network's secretariat and reviewers. The city edits its practice at any time. Every rule is
 * checked here through {@code Access}, so pages and API are covered alike.
 */
public interface Practices {

    /** The owner type under which the translation module keeps a practice's texts. */
    String TRANSLATION_OWNER = "practice";

    /**
     * A city's coordinator submits a practice written with the template to a network the city is a member of; a
     * contributor's practices are recorded through {@link Contributors}.
     */
    PracticeId submit(NewPractice command);

    /**
     * The secretariat puts an action of an accepted report forward for review: a practice is filled from the action
     * and attributed to its city and report. Nominating the same action again answers the practice it already has.
     */
    PracticeId nominate(ReportedActionId action);

    /**
     * The city's coordinator edits the practice (a contributor's: the network's secretariat), from the version they
     * started from.
     */
    void revise(PracticeId id, long version, PracticeContent content);

    /** The secretariat started reviewing it; nothing happens if it is already under review. */
    void startReview(PracticeId id);

    /** The committee designated it as a good practice: it is published. */
    void designate(PracticeId id);

    /** The committee did not designate it: it stays visible to its city and the network only. */
    void decline(PracticeId id);

    PracticeView practice(PracticeId id);

    /**
     * The city's coordinator (for a contributor's practice: the network's secretariat) records the document the
     * practice was published in and its page or section there.
     */
    void recordSource(PracticeId id, Provenance.SourceDocument document, String locator);

    /**
     * The network's secretariat records that another body designated the submitted practice: it is published without
     * a review of the network's own. A designation of the network's own committee goes through {@link #designate}.
     */
    void designatedElsewhere(PracticeId id, Provenance.OutsideDesignation designation);

    /** The network's practices in every state, the newest first; for its secretariat and reviewers. */
    List<PracticeSummary> ofNetwork(NetworkId network);

    /** The city's practices in every state, the newest first; for the city's people. */
    List<PracticeSummary> ofCity(CityId city);

    /**
     * The library: designated practices, and for a network's secretariat and reviewers also that network's practices
     * in the other states, filtered, sorted, counted and paged in the database. A state the reader may not browse
     * gives an empty page.
     *
     * @throws org.equicity.shared.RuleViolationException for a field of action the framework does not have
     */
    LibraryPage library(LibraryQuery query);

    /**
     * Up to {@code limit} designated practices of other owners that share the most fields of action, the commitment
     * or the track with this one, the closest first. The reader must be allowed to read the practice itself.
     */
    List<LibraryEntry> similar(PracticeId id, int limit);

    /**
     * Examples for an item of any framework (a key factor of a benchmark): up to {@code limit} designated practices of
     * cities, other than {@code forCity} (null for none) and the reader's own, classified under the item or under one
     * the crosswalk relates to it ({@code Frameworks.reach}), the most recently designated first. Public: a practice
     * not designated never appears.
     */
    List<LibraryEntry> examples(ItemRef item, CityId forCity, int limit);

    /** The networks whose practices under review or not designated the reader may browse: as secretariat or reviewer. */
    Set<NetworkId> reviewableNetworks();

    /** How the library orders practices; each ends with the title and the id, so that paging is stable. */
    enum LibrarySort {
        /** The most recently designated first. */
        NEWEST,
        /** The most recent year of implementation first. */
        YEAR,
        /** By the owner's name, a city's or a contributor's. */
        CITY,
        TITLE
    }

    /**
     * What a library reader asks for; every filter is optional. {@code country} is an ISO 3166-1 alpha-2 code (a
     * contributor's practice matches each of its countries), {@code fieldOfAction} an intercultural-cities field of
     * action (its sub-fields match too), {@code status} defaults to designated.
     */
    record LibraryQuery(
            String country,
            CityId city,
            ContributorId contributor,
            OwnerLevel level,
            String commitment,
            String fieldOfAction,
            String track,
            Integer year,
            NetworkId network,
            PracticeStatus status,
            LibrarySort sort,
            int page,
            int size) {

        public static final int MAX_SIZE = 500;

        public LibraryQuery {
            country = country == null || country.isBlank()
                    ? null
                    : country.strip().toUpperCase(java.util.Locale.ROOT);
            commitment = commitment == null || commitment.isBlank() ? null : commitment.strip();
            fieldOfAction = fieldOfAction == null || fieldOfAction.isBlank() ? null : fieldOfAction.strip();
            track = track == null || track.isBlank() ? null : track.strip();
            status = status == null ? PracticeStatus.DESIGNATED : status;
            sort = sort == null ? LibrarySort.NEWEST : sort;
            page = Math.max(0, page);
            size = Math.min(Math.max(1, size), MAX_SIZE);
        }

        public LibraryQuery atPage(int other) {
            return new LibraryQuery(
                    country,
                    city,
                    contributor,
                    level,
                    commitment,
                    fieldOfAction,
                    track,
                    year,
                    network,
                    status,
                    sort,
                    other,
                    size);
        }
    }

    /**
     * A practice as the library lists and exports it; {@code provenance} is null where no published source is
     * recorded.
     */
    record LibraryEntry(PracticeSummary summary, PracticeContent content, Provenance provenance) {}

    /** One page of the library; {@code page} counts from 0. */
    record LibraryPage(List<LibraryEntry> entries, long total, int page, int size) {

        public LibraryPage {
            entries = List.copyOf(entries);
        }

        public int pages() {
            return (int) ((total + size - 1) / size);
        }
    }

    /**
     * The intercultural-cities template for describing a good practice. {@code fieldsOfAction} are codes of the
     * intercultural-cities fields of action; {@code referenceDocuments} are titles or web addresses, one each.
     */
    record Template(
            String title,
            String department,
            String contact,
            List<String> fieldsOfAction,
            String mainPurpose,
            String implementationPeriod,
            String purpose,
            String rationale,
            String process,
            String impact,
            List<String> referenceDocuments) {

        /** The texts that are translated, by their field names in the translation module. */
        public Map<String, String> translatableTexts() {
            var texts = new LinkedHashMap<String, String>();
            texts.put("title", title);
            texts.put("main-purpose", mainPurpose);
            texts.put("purpose", purpose);
            texts.put("rationale", rationale);
            texts.put("process", process);
            texts.put("impact", impact);
            return texts;
        }

        static final TextRules RULES = new TextRules("practice");

        public Template {
            title = RULES.required(title, 300, "title");
            department = RULES.optional(department, 500, "department");
            contact = RULES.optional(contact, 500, "contact");
            fieldsOfAction = RULES.lines(fieldsOfAction, 100, "fieldsOfAction");
            mainPurpose = RULES.optional(mainPurpose, 2_000, "mainPurpose");
            // as the source words it: compendia describe periods at length ("since 2015, in three phases: …")
            implementationPeriod = RULES.optional(implementationPeriod, 2_000, "implementationPeriod");
            purpose = RULES.optional(purpose, 10_000, "purpose");
            rationale = RULES.optional(rationale, 10_000, "rationale");
            process = RULES.optional(process, 10_000, "process");
            impact = RULES.optional(impact, 10_000, "impact");
            referenceDocuments = RULES.lines(referenceDocuments, 1_000, "referenceDocuments");
        }
    }

    /**
     * How the library finds a practice: codes of the network's commitments framework, tracks and fields of activity,
     * and the year it was implemented (or began).
     */
    record Classification(String commitment, String track, List<String> fieldsOfActivity, Integer year) {

        public Classification {
            commitment = Template.RULES.optional(commitment, 100, "commitment");
            track = Template.RULES.optional(track, 100, "track");
            fieldsOfActivity = Template.RULES.lines(fieldsOfActivity, 100, "fieldsOfActivity");
            if (year != null && (year < 1950 || year > 2100)) {
                throw RuleViolationException.about("year", "practice.rule.year", year);
            }
        }

        public static Classification none() {
            return new Classification(null, null, List.of(), null);
        }
    }

    /**
     * What a city (or a secretariat for a contributor) writes; {@code language} is the ISO 639-1 code of the language
     * it is written in.
     */
    record PracticeContent(String language, Template template, Classification classification, Description description) {

        public PracticeContent {
            language = Template.RULES.required(language, 10, "language");
            if (!language.matches("[a-z]{2,3}")) {
                throw RuleViolationException.about("language", "practice.rule.language", language);
            }
            Objects.requireNonNull(template, "template");
            classification = classification == null ? Classification.none() : classification;
            description = description == null ? Description.none() : description;
        }

        /** Written with the intercultural-cities template only, as a city writes it. */
        public PracticeContent(String language, Template template, Classification classification) {
            this(language, template, classification, null);
        }

        /** The same content, whatever order its fields of action and of activity are kept in (a set, in the database). */
        public boolean sameAs(PracticeContent other) {
            return other != null && sorted().equals(other.sorted());
        }

        private PracticeContent sorted() {
            var t = template;
            return new PracticeContent(
                    language,
                    new Template(
                            t.title(),
                            t.department(),
                            t.contact(),
                            t.fieldsOfAction().stream().sorted().toList(),
                            t.mainPurpose(),
                            t.implementationPeriod(),
                            t.purpose(),
                            t.rationale(),
                            t.process(),
                            t.impact(),
                            t.referenceDocuments()),
                    new Classification(
                            classification.commitment(),
                            classification.track(),
                            classification.fieldsOfActivity().stream().sorted().toList(),
                            classification.year()),
                    description);
        }

        /** The translatable texts as written, named as the translation module knows them. */
        public Map<FieldRef, String> translatableFields(PracticeId practice) {
            var texts = new LinkedHashMap<String, String>(template.translatableTexts());
            texts.putAll(description.translatableTexts());
            return FieldRef.of(TRANSLATION_OWNER, practice.value(), texts);
        }
    }

    record NewPractice(CityId city, NetworkId network, PracticeContent content) {

        public NewPractice {
            Objects.requireNonNull(city, "city");
            Objects.requireNonNull(network, "network");
            Objects.requireNonNull(content, "content");
        }
    }

    /**
     * Where a practice comes from: the accepted report and action it was nominated from, or none of them for a
     * practice its city submitted directly.
     */
    record Source(ReportedActionId action, ReportId report, CycleId cycle, String cycleName) {}

    record PracticeSummary(
            PracticeId id,
            String title,
            Owner owner,
            NetworkId network,
            String networkName,
            PracticeStatus status,
            Instant submittedAt,
            Instant decidedAt) {

        /** The owning city, or null for a contributor's practice. */
        public CityId city() {
            return owner.city();
        }

        /** The owning city's slug, or null for a contributor's practice. */
        public String citySlug() {
            return owner.citySlug();
        }

        public String ownerName() {
            return owner.name();
        }

        /** The owner's first country, or null for a contributor without one. */
        public String country() {
            return owner.country();
        }
    }

    /**
     * A practice as its reader may see it. {@code source} is null for a direct submission; {@code writable} says
     * whether the reader may edit it; {@code provenance} is null where no published source is recorded, and
     * {@code outsideDesignation} where no other body designated it.
     */
    record PracticeView(
            PracticeSummary summary,
            String networkSlug,
            long version,
            PracticeContent content,
            Source source,
            boolean writable,
            Provenance provenance,
            Provenance.OutsideDesignation outsideDesignation) {

        /** The practice's translatable texts as written, for reading them in another language. */
        public Map<FieldRef, String> translatableFields() {
            return content.translatableFields(summary.id());
        }
    }

    /** Every practice, for modules that keep data derived from practices (the search index). */
    List<PracticeId> allIds();

    /**
     * The practice whatever its state and whoever asks, for modules that keep data derived from practices (the
     * search index) and apply the visibility rules themselves; never to be shown to a reader as it is. Its
     * {@code source} carries no cycle name, and it is not {@code writable}.
     */
    PracticeView practiceForIndexing(PracticeId id);

    /**
     * The network's designated practices counted in the database by commitment code (null for none) and by the cycle
     * whose accepted report they were nominated from (null for a practice its city submitted directly). Public: only
     * designated practices count.
     */
    List<DesignatedCount> designatedByCommitment(NetworkId network);

    record DesignatedCount(CycleId cycle, String commitment, long practices) {}
}
