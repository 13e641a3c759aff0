package org.equicity.framework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.equicity.framework.CrosswalkLink;
import org.equicity.framework.Framework;
import org.equicity.framework.FrameworkItem;
import org.equicity.framework.Frameworks;
import org.equicity.framework.ItemRef;
import org.equicity.shared.LocalizedText;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The framework catalogue for machines. Texts come in every language the data holds, as a map from ISO 639-1 code
 * to text, rather than in one negotiated language: a client can then show any language, cache one response for all
 * readers, and see which translations exist. English is always present.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(
        name = "Frameworks",
        description = "The policy frameworks (commitments, fields, criteria, key factors) in their published versions,"
                + " and the crosswalk between their items. Every text is a map from ISO 639-1 language code to"
                + " text with all available languages; English (\"en\") is always present. ?lang= and"
                + " Accept-Language do not change the response.")
class FrameworkApi {

    private final Frameworks frameworks;

    FrameworkApi(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    record FrameworkSummary(
            String ref,
            String id,
            String version,
            Map<String, String> name,
            Map<String, String> description,
            String source,
            boolean inUse,
            long itemCount) {}

    record FrameworkDetail(
            String ref,
            String id,
            String version,
            Map<String, String> name,
            Map<String, String> description,
            String source,
            boolean inUse,
            List<Item> items) {}

    record Item(
            String ref,
            String code,
            Map<String, String> label,
            Map<String, String> description,
            List<Map<String, String>> questions,
            List<Item> children) {}

    record RelatedItem(
            String ref,
            String framework,
            String version,
            String code,
            Map<String, String> label,
            Map<String, String> note) {}

    record ItemDetail(
            String ref,
            String framework,
            String version,
            String code,
            Map<String, String> label,
            Map<String, String> description,
            List<Map<String, String>> questions,
            List<Item> children,
            List<RelatedItem> related) {}

    record Link(String from, String to, Map<String, String> note) {}

    @GetMapping("/frameworks")
    @Operation(summary = "Every framework version, ordered by id, newest version first")
    List<FrameworkSummary> all() {
        return frameworks.all().stream()
                .map(framework -> new FrameworkSummary(
                        framework.ref().toString(),
                        framework.ref().id(),
                        framework.ref().version(),
                        framework.name().values(),
                        framework.description().values(),
                        framework.source(),
                        frameworks.isInUse(framework.ref()),
                        framework.allItems().count()))
                .toList();
    }

    @GetMapping("/frameworks/{id}/{version}")
    @Operation(summary = "One framework version with all its items, sub-items nested, in display order")
    @ApiResponse(responseCode = "200", description = "The framework version")
    @ApiResponse(responseCode = "404", description = "No such framework version (problem detail)")
    FrameworkDetail one(
            @Parameter(example = "eccar-commitments") @PathVariable String id,
            @Parameter(example = "2023") @PathVariable String version) {
        var framework = FrameworkLookup.framework(frameworks, id, version);
        return new FrameworkDetail(
                framework.ref().toString(),
                framework.ref().id(),
                framework.ref().version(),
                framework.name().values(),
                framework.description().values(),
                framework.source(),
                frameworks.isInUse(framework.ref()),
                framework.items().stream().map(item -> item(framework, item)).toList());
    }

    @GetMapping("/frameworks/{id}/{version}/items/{code}")
    @Operation(summary = "One item with its sub-items and the items of other frameworks the crosswalk relates it to")
    @ApiResponse(responseCode = "200", description = "The item")
    @ApiResponse(responseCode = "404", description = "No such framework version or item (problem detail)")
    ItemDetail item(
            @Parameter(example = "eccar-commitments") @PathVariable String id,
            @Parameter(example = "2023") @PathVariable String version,
            @Parameter(example = "7") @PathVariable String code) {
        var framework = FrameworkLookup.framework(frameworks, id, version);
        var item = FrameworkLookup.item(framework, code);
        var ref = new ItemRef(framework.ref(), item.code());
        return new ItemDetail(
                ref.toString(),
                framework.ref().id(),
                framework.ref().version(),
                item.code(),
                item.label().values(),
                item.description().values(),
                questions(item),
                item.children().stream().map(child -> item(framework, child)).toList(),
                frameworks.crosswalk().stream()
                        .filter(link -> link.touches(ref))
                        .map(link -> related(link.other(ref).orElseThrow(), link))
                        .toList());
    }

    @GetMapping("/crosswalk")
    @Operation(
            summary = "Every crosswalk link between items of different frameworks",
            description = "Links are undirected: from and to are as written in the crosswalk file.")
    List<Link> crosswalk() {
        return frameworks.crosswalk().stream()
                .map(link -> new Link(
                        link.from().toString(),
                        link.to().toString(),
                        link.note().values()))
                .toList();
    }

    private static Item item(Framework framework, FrameworkItem item) {
        return new Item(
                new ItemRef(framework.ref(), item.code()).toString(),
                item.code(),
                item.label().values(),
                item.description().values(),
                questions(item),
                item.children().stream().map(child -> item(framework, child)).toList());
    }

    private static List<Map<String, String>> questions(FrameworkItem item) {
        return item.questions().stream().map(LocalizedText::values).toList();
    }

    private RelatedItem related(ItemRef ref, CrosswalkLink link) {
        var label = frameworks
                .find(ref.framework())
                .flatMap(framework -> framework.item(ref.code()))
                .map(item -> item.label().values())
                .orElseThrow();
        return new RelatedItem(
                ref.toString(),
                ref.framework().id(),
                ref.framework().version(),
                ref.code(),
                label,
                link.note().values());
    }
}
