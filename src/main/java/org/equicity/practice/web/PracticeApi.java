package org.equicity.practice.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.equicity.city.Cities;
import org.equicity.network.Networks;
import org.equicity.practice.Description;
import org.equicity.practice.Owner;
import org.equicity.practice.PracticeId;
import org.equicity.practice.Practices;
import org.equicity.practice.Practices.Classification;
import org.equicity.practice.Practices.LibraryEntry;
import org.equicity.practice.Practices.LibraryPage;
import org.equicity.practice.Practices.NewPractice;
import org.equicity.practice.Practices.PracticeContent;
import org.equicity.practice.Practices.PracticeSummary;
import org.equicity.practice.Practices.PracticeView;
import org.equicity.practice.Practices.Template;
import org.equicity.practice.Provenance;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;
import org.equicity.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Good practices over HTTP: the library with the filters of the library page, one practice, a city's direct
 * submission and its revisions (carrying the version they start from: 409 when stale). A practice the reader may not
 * read is not found.
 */
@RestController
@Tag(name = "Good practices")
class PracticeApi {

    private static final int MAX_PAGE_SIZE = 100;

    private final Practices practices;
    private final Cities cities;
    private final Networks networks;

    PracticeApi(Practices practices, Cities cities, Networks networks) {
        this.practices = practices;
        this.cities = cities;
        this.networks = networks;
    }

    record Created(UUID id) {}

    record Source(UUID report, UUID cycle, String cycleName) {}

    /**
     * Whose practice it is: {@code type} is CITY or a contributor's kind; {@code id} the city's or the contributor's.
     */
    record OwnerResponse(String type, UUID id, String name, String slug, String level, List<String> countries) {

        static OwnerResponse of(Owner owner) {
            return new OwnerResponse(
                    owner.isCity() ? "CITY" : owner.kind().name(),
                    owner.isCity() ? owner.city().value() : owner.contributor().value(),
                    owner.name(),
                    owner.citySlug(),
                    owner.level().name(),
                    owner.countries());
        }
    }

    /** {@code city}, {@code citySlug} and {@code cityName} are null for a contributor's practice. */
    record PracticeResponse(
            UUID id,
            String status,
            OwnerResponse owner,
            UUID city,
            String citySlug,
            String cityName,
            String country,
            UUID network,
            String networkName,
            Instant submittedAt,
            Instant designatedAt,
            Long version,
            PracticeContent content,
            Source source,
            Provenance provenance,
            Provenance.OutsideDesignation designatedBy) {

        static PracticeResponse of(PracticeSummary summary, PracticeContent content, Long version, Source source) {
            return of(summary, content, version, source, null, null);
        }

        static PracticeResponse of(
                PracticeSummary summary,
                PracticeContent content,
                Long version,
                Source source,
                Provenance provenance,
                Provenance.OutsideDesignation designatedBy) {
            return new PracticeResponse(
                    summary.id().value(),
                    summary.status().name(),
                    OwnerResponse.of(summary.owner()),
                    summary.city() == null ? null : summary.city().value(),
                    summary.citySlug(),
                    summary.city() == null ? null : summary.ownerName(),
                    summary.country(),
                    summary.network().value(),
                    summary.networkName(),
                    summary.submittedAt(),
                    summary.status().isPublic() ? summary.decidedAt() : null,
                    version,
                    content,
                    source,
                    provenance,
                    designatedBy);
        }

        static PracticeResponse of(LibraryEntry entry) {
            return of(entry.summary(), entry.content(), null, null);
        }

        static PracticeResponse of(PracticeView view) {
            var source = view.source() == null
                    ? null
                    : new Source(
                            view.source().report().value(),
                            view.source().cycle().value(),
                            view.source().cycleName());
            return of(
                    view.summary(),
                    view.content(),
                    view.writable() ? view.version() : null,
                    source,
                    view.provenance(),
                    view.outsideDesignation());
        }
    }

    record PageResponse(List<PracticeResponse> practices, long total, int page, int size, int pages) {

        static PageResponse of(LibraryPage page) {
            return new PageResponse(
                    page.entries().stream().map(PracticeResponse::of).toList(),
                    page.total(),
                    page.page() + 1,
                    page.size(),
                    page.pages());
        }
    }

    record TemplateBody(
            @NotBlank @Size(max = 300) String title,
            @Size(max = 500) String department,
            @Size(max = 500) String contact,
            List<@Size(max = 100) String> fieldsOfAction,
            @Size(max = 2_000) String mainPurpose,
            @Size(max = 2_000) String implementationPeriod,
            @Size(max = 10_000) String purpose,
            @Size(max = 10_000) String rationale,
            @Size(max = 10_000) String process,
            @Size(max = 10_000) String impact,
            List<@Size(max = 1_000) String> referenceDocuments) {

        Template template() {
            return new Template(
                    title,
                    department,
                    contact,
                    fieldsOfAction,
                    mainPurpose,
                    implementationPeriod,
                    purpose,
                    rationale,
                    process,
                    impact,
                    referenceDocuments);
        }
    }

    record ClassificationBody(
            @Size(max = 100) String commitment,
            @Size(max = 100) String track,
            List<@Size(max = 100) String> fieldsOfActivity,
            Integer year) {

        Classification classification() {
            return new Classification(commitment, track, fieldsOfActivity, year);
        }
    }

    record ReferenceBody(
            @NotBlank @Size(max = 500) String label,
            @Size(max = 2_000) String address) {}

    /** The compendia's fields beyond the template; {@code measureType} a code of practice-measure-types@2026. */
    record DescriptionBody(
            @Size(max = 100) String measureType,
            @Size(max = 300) String chapter,
            @Size(max = 10_000) String aims,
            @Size(max = 10_000) String evaluation,
            @Size(max = 500) String leadingAuthority,
            @Size(max = 2_000) String implementingPartners,
            @Size(max = 2_000) String areaOfIntervention,
            @Size(max = 10) String periodStart,
            @Size(max = 10) String periodEnd,
            List<@Valid ReferenceBody> references) {

        Description description() {
            return new Description(
                    measureType,
                    chapter,
                    aims,
                    evaluation,
                    leadingAuthority,
                    implementingPartners,
                    areaOfIntervention,
                    periodStart,
                    periodEnd,
                    references == null
                            ? List.of()
                            : references.stream()
                                    .map(reference -> new Description.Reference(reference.label(), reference.address()))
                                    .toList());
        }
    }

    record NewPracticeBody(
            @NotNull UUID city,
            @NotNull UUID network,
            @NotBlank @Size(max = 10) String language,
            @Valid @NotNull TemplateBody template,
            @Valid ClassificationBody classification,
            @Valid DescriptionBody description) {

        PracticeContent content() {
            return PracticeApi.content(language, template, classification, description);
        }
    }

    record RevisionBody(
            @NotNull Long version,
            @NotBlank @Size(max = 10) String language,
            @Valid @NotNull TemplateBody template,
            @Valid ClassificationBody classification,
            @Valid DescriptionBody description) {

        PracticeContent content() {
            return PracticeApi.content(language, template, classification, description);
        }
    }

    static PracticeContent content(
            String language, TemplateBody template, ClassificationBody classification, DescriptionBody description) {
        return new PracticeContent(
                language,
                template.template(),
                classification == null ? null : classification.classification(),
                description == null ? null : description.description());
    }

    @GetMapping("/api/v1/practices")
    @Operation(
            summary = "The library of good practices: designated ones, filtered, sorted and paged as on /practices"
                    + " (city and network by slug; designation other than DESIGNATED for the network's secretariat"
                    + " and reviewers only; page from 1; size up to 100)")
    PageResponse library(@ModelAttribute LibraryFilter filter, @RequestParam(defaultValue = "20") int size) {
        var bounded = Math.min(Math.max(1, size), MAX_PAGE_SIZE);
        return PageResponse.of(filter.query(cities, networks, bounded)
                .map(practices::library)
                .orElseGet(() -> new LibraryPage(List.of(), 0, filter.pageNumber() - 1, bounded)));
    }

    @GetMapping("/api/v1/practices/{id}")
    @Operation(summary = "One practice; its version only for those who may revise it")
    PracticeResponse practice(@PathVariable UUID id) {
        try {
            return PracticeResponse.of(practices.practice(new PracticeId(id)));
        } catch (AccessDeniedException hidden) {
            throw new NotFoundException("Practice", id);
        }
    }

    @PostMapping("/api/v1/practices")
    @Operation(summary = "Submit a practice directly for the city (its coordinators) to a network it belongs to")
    ResponseEntity<Created> submit(@Valid @RequestBody NewPracticeBody body) {
        var id = practices.submit(
                new NewPractice(new CityId(body.city()), new NetworkId(body.network()), body.content()));
        return ResponseEntity.created(URI.create("/api/v1/practices/" + id.value()))
                .body(new Created(id.value()));
    }

    @PutMapping("/api/v1/practices/{id}")
    @Operation(summary = "Revise the practice (the city's coordinators), from the version read; 409 when stale")
    PracticeResponse revise(@PathVariable UUID id, @Valid @RequestBody RevisionBody body) {
        practices.revise(new PracticeId(id), body.version(), body.content());
        return practice(id);
    }
}
