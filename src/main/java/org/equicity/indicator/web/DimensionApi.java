package org.equicity.indicator.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.equicity.indicator.OwnDimensions;
import org.equicity.indicator.OwnDimensions.DimensionContent;
import org.equicity.indicator.OwnDimensions.Entry;
import org.equicity.indicator.OwnDimensions.OwnDimension;
import org.equicity.shared.CityId;
import org.equicity.shared.LocalizedText;
import org.equicity.shared.NetworkId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A city's and a network's own breakdown dimensions for machines, with the rules of the pages, enforced by the
 * facade: the city's people read the city's and its coordinators keep them; a network's secretariat reads and keeps
 * the network's; anyone else is refused (403). A dimension is addressed by its code alone, which names its keeper
 * (the keeper's slug comes first), so a request carries no second id that could point elsewhere.
 */
@RestController
@Tag(name = "Indicators: own breakdown dimensions")
class DimensionApi {

    private final OwnDimensions dimensions;

    DimensionApi(OwnDimensions dimensions) {
        this.dimensions = dimensions;
    }

    /** A text in the interface languages; a language left out or blank has no label. */
    record Labels(String en, String de, String fr, String es, String it) {

        static Labels of(LocalizedText text) {
            var values = text.values();
            return new Labels(values.get("en"), values.get("de"), values.get("fr"), values.get("es"), values.get("it"));
        }

        LocalizedText text() {
            var values = new LinkedHashMap<String, String>();
            values.put("en", en);
            values.put("de", de);
            values.put("fr", fr);
            values.put("es", es);
            values.put("it", it);
            return new LocalizedText(values);
        }
    }

    /** A category; {@code parent} is the code of the broader category it rolls up into, listed before it. */
    record CategoryBody(
            @NotNull String code, String parent, @NotNull Labels label) {}

    record NewDimensionBody(
            @NotNull String code,
            @NotNull Labels name,
            @NotNull List<@Valid @NotNull CategoryBody> categories) {}

    record RevisionBody(
            @NotNull Long version,
            @NotNull Labels name,
            @NotNull List<@Valid @NotNull CategoryBody> categories) {}

    record CategoryOut(String code, String parent, int depth, Labels label) {}

    record DimensionOut(
            String code,
            UUID city,
            UUID network,
            int revision,
            long version,
            boolean editable,
            Labels name,
            List<CategoryOut> categories) {}

    record Created(String code) {}

    @GetMapping("/api/v1/cities/{id}/indicator-dimensions")
    @Operation(summary = "The city's own breakdown dimensions, newest revision of each (the city's people)")
    List<DimensionOut> ofCity(@PathVariable UUID id) {
        return dimensions.ofCity(new CityId(id)).stream().map(DimensionApi::out).toList();
    }

    @PostMapping("/api/v1/cities/{id}/indicator-dimensions")
    @Operation(
            summary = "Add a breakdown dimension of the city (coordinators)",
            description = "Its code becomes the city's slug, a hyphen and the code given; only the city's own"
                    + " indicators may use it.")
    ResponseEntity<Created> addForCity(@PathVariable UUID id, @Valid @RequestBody NewDimensionBody body) {
        return created(dimensions.addForCity(new CityId(id), body.code(), content(body.name(), body.categories())));
    }

    @GetMapping("/api/v1/networks/{id}/indicator-dimensions")
    @Operation(summary = "The network's own breakdown dimensions, for its member cities (the network's secretariat)")
    List<DimensionOut> ofNetwork(@PathVariable UUID id) {
        return dimensions.ofNetwork(new NetworkId(id)).stream()
                .map(DimensionApi::out)
                .toList();
    }

    @PostMapping("/api/v1/networks/{id}/indicator-dimensions")
    @Operation(
            summary = "Add a breakdown dimension of the network (its secretariat)",
            description = "Coded like a city's, after the network's slug; the indicators of its member cities may"
                    + " use it.")
    ResponseEntity<Created> addForNetwork(@PathVariable UUID id, @Valid @RequestBody NewDimensionBody body) {
        return created(
                dimensions.addForNetwork(new NetworkId(id), body.code(), content(body.name(), body.categories())));
    }

    @GetMapping("/api/v1/indicator-dimensions/{dimension}")
    @Operation(summary = "An own breakdown dimension, its newest revision (its keepers; the city's people read)")
    DimensionOut dimension(@PathVariable String dimension) {
        return out(dimensions.dimension(dimension));
    }

    @PutMapping("/api/v1/indicator-dimensions/{dimension}")
    @Operation(
            summary = "Revise an own breakdown dimension over the version read (its keepers)",
            description = "Writes a new revision where the name or the categories changed; observations keep the"
                    + " revision they were recorded against.")
    DimensionOut revise(@PathVariable String dimension, @Valid @RequestBody RevisionBody body) {
        dimensions.revise(dimension, body.version(), content(body.name(), body.categories()));
        return dimension(dimension);
    }

    private static DimensionContent content(Labels name, List<CategoryBody> categories) {
        return new DimensionContent(
                name.text(),
                categories.stream()
                        .map(category -> new Entry(
                                category.code(),
                                category.parent(),
                                category.label().text()))
                        .toList());
    }

    private static ResponseEntity<Created> created(String code) {
        return ResponseEntity.created(URI.create("/api/v1/indicator-dimensions/" + code))
                .body(new Created(code));
    }

    private static DimensionOut out(OwnDimension dimension) {
        return new DimensionOut(
                dimension.code(),
                dimension.city() == null ? null : dimension.city().value(),
                dimension.network() == null ? null : dimension.network().value(),
                dimension.number(),
                dimension.rowVersion(),
                dimension.editable(),
                Labels.of(dimension.content().name()),
                dimension.dimension().categories().stream()
                        .map(category -> new CategoryOut(
                                category.code(), category.parent(), category.depth(), Labels.of(category.label())))
                        .toList());
    }
}
