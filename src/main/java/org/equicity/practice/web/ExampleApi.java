package org.equicity.practice.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.equicity.framework.ItemRef;
import org.equicity.practice.Practices.PracticeSummary;
import org.equicity.report.Reports.ActionExample;
import org.equicity.shared.CityId;
import org.equicity.translation.PageTexts;
import org.equicity.translation.ShownText;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The examples of {@link ExamplePages} for machines, texts in the language of {@code ?lang=} or Accept-Language. */
@RestController
@Tag(name = "Good practices")
class ExampleApi {

    private final ItemExamples examples;

    ExampleApi(ItemExamples examples) {
        this.examples = examples;
    }

    /**
     * A text as the reader gets it: {@code language} is the language {@code text} is in, {@code translated} whether
     * it is a translation (machine or person) of {@code original}, written in {@code originalLanguage}.
     */
    record Text(String text, String language, boolean translated, String original, String originalLanguage) {

        static Text of(ShownText shown) {
            return new Text(
                    shown.text(), shown.language(), shown.isTranslated(), shown.original(), shown.originalLanguage());
        }
    }

    record ExamplePractice(
            UUID id, Text title, Text mainPurpose, UUID city, String cityName, String networkName, String href) {}

    record ExampleAction(
            UUID id,
            Text title,
            Text objectives,
            UUID city,
            String cityName,
            String cycleName,
            UUID report,
            String href) {}

    /** {@code item} is the item asked about, as {@code id@version:code}. */
    record Examples(String item, List<ExamplePractice> practices, List<ExampleAction> actions) {}

    @GetMapping("/api/v1/frameworks/{id}/{version}/items/{code}/examples")
    @Operation(
            summary = "Examples from other cities for an item of a framework (a key factor of a benchmark):"
                    + " designated practices and actions of accepted reports classified under it or, through the"
                    + " crosswalk, under a related item, the most recent first (up to 20 each); never the work of"
                    + " the city given, nor of the reader's own cities")
    @ApiResponse(responseCode = "200", description = "The examples")
    @ApiResponse(responseCode = "404", description = "No such framework version or item (problem detail)")
    Examples examples(
            @Parameter(example = "eurocities-benchmark-key-factors") @PathVariable String id,
            @Parameter(example = "2012") @PathVariable String version,
            @Parameter(example = "kf3") @PathVariable String code,
            @Parameter(description = "The city whose own work is left out (a self-assessment's city)")
                    @RequestParam(required = false)
                    UUID city,
            Locale locale) {
        var found = examples.find(id, version, code, city == null ? null : new CityId(city), locale, false);
        var texts = found.texts();
        return new Examples(
                new ItemRef(found.framework().ref(), found.item().code()).toString(),
                found.practices().stream()
                        .map(entry -> practice(entry.summary(), texts))
                        .toList(),
                found.actions().stream().map(example -> action(example, texts)).toList());
    }

    private static ExamplePractice practice(PracticeSummary summary, PageTexts texts) {
        var id = summary.id().value();
        return new ExamplePractice(
                id,
                Text.of(texts.of("practice", id, "title")),
                Text.of(texts.of("practice", id, "main-purpose")),
                summary.city().value(),
                summary.ownerName(),
                summary.networkName(),
                "/practices/" + id);
    }

    private static ExampleAction action(ActionExample example, PageTexts texts) {
        var id = example.action().id().value();
        var report = example.summary().report().value();
        return new ExampleAction(
                id,
                Text.of(texts.of("report-action", id, "title")),
                Text.of(texts.of("report-action", id, "objectives")),
                example.summary().city().value(),
                example.summary().cityName(),
                example.cycleName(),
                report,
                "/cities/" + example.citySlug() + "/reports/" + report);
    }
}
