package org.equicity.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.equicity.framework.Framework;
import org.equicity.framework.FrameworkRef;
import org.equicity.framework.Frameworks;
import org.equicity.network.Networks;
import org.equicity.shared.LocalizedText;
import org.equicity.shared.NetworkId;
import org.springframework.stereotype.Component;

/**
 * Labels of the framework codes practices and reports are classified by. Commitments and tracks are facets by their
 * English labels, as plans are (a plan's city may word its commitments itself), shown in the reader's language where
 * a framework has that label; fields are facets by their codes, labelled in the reader's language when shown. Every
 * item a document is classified by is also searchable by its labels in every language the framework data holds.
 */
@Component
class Catalogues {

    static final FrameworkRef COMMITMENTS = FrameworkRef.parse("eccar-commitments@2023");
    static final FrameworkRef TRACKS = FrameworkRef.parse("eccar-tracks@2023");
    static final List<FrameworkRef> FIELDS = List.of(
            FrameworkRef.parse("eccar-fields-of-activity@2023"), FrameworkRef.parse("ici-fields-of-action@2019"));

    private final Frameworks frameworks;
    private final Networks networks;

    /** The commitments and tracks of every loaded framework by their English label, read once: frameworks are fixed. */
    private volatile Map<String, LocalizedText> byEnglishLabel;

    Catalogues(Frameworks frameworks, Networks networks) {
        this.frameworks = frameworks;
        this.networks = networks;
    }

    /** The framework of the given kind ({@code commitments}, {@code tracks}) the network uses, else the default. */
    FrameworkRef ofNetwork(NetworkId network, String kind, FrameworkRef otherwise) {
        return networks.find(network).stream()
                .flatMap(details -> details.frameworks().stream())
                .map(Networks.FrameworkUse::ref)
                .filter(ref -> ref.id().endsWith(kind))
                .findFirst()
                .orElse(otherwise);
    }

    /** The item's English label as one line, or its code when the framework does not have it; empty for none. */
    List<String> english(FrameworkRef framework, String code) {
        if (code == null) {
            return List.of();
        }
        var label = frameworks
                .find(framework)
                .flatMap(found -> found.item(code))
                .map(item -> item.label().in(Locale.ENGLISH))
                .orElse(code);
        return List.of(Texts.label(label));
    }

    /** The item's label in every language the framework data holds; none when the framework does not have it. */
    List<FrameworkLabel> labels(FrameworkRef framework, String code) {
        if (code == null) {
            return List.of();
        }
        return frameworks
                .find(framework)
                .flatMap(found -> found.item(code))
                .map(item -> labelsOf(item.label()))
                .orElse(List.of());
    }

    /** The labels of fields of action and activity, from every fields framework that has the code. */
    List<FrameworkLabel> fieldLabels(Collection<String> codes) {
        return FIELDS.stream()
                .map(frameworks::find)
                .flatMap(Optional::stream)
                .flatMap(framework -> codes.stream().map(framework::item).flatMap(Optional::stream))
                .flatMap(item -> labelsOf(item.label()).stream())
                .distinct()
                .toList();
    }

    private static List<FrameworkLabel> labelsOf(LocalizedText label) {
        return label.values().entrySet().stream()
                .map(entry -> new FrameworkLabel(entry.getKey(), entry.getValue()))
                .toList();
    }

    /** A commitment or track facet value (its English label) in the reader's language; as it is when unknown. */
    String commitmentOrTrack(String englishLabel, Locale locale) {
        var labels = byEnglishLabel;
        if (labels == null) {
            labels = new HashMap<>();
            for (var framework : frameworks.all()) {
                var id = framework.ref().id();
                if (id.endsWith("commitments") || id.endsWith("tracks")) {
                    var put = labels;
                    framework
                            .allItems()
                            .forEach(item ->
                                    put.putIfAbsent(Texts.label(item.label().in(Locale.ENGLISH)), item.label()));
                }
            }
            byEnglishLabel = labels = Map.copyOf(labels);
        }
        var label = labels.get(englishLabel);
        return label == null ? englishLabel : Texts.label(label.in(locale));
    }

    /** A field of action or activity in the reader's language, or its code when no framework has it. */
    String field(String code, Locale locale) {
        return FIELDS.stream()
                .map(frameworks::find)
                .flatMap(Optional::stream)
                .map((Framework framework) -> framework.item(code))
                .flatMap(Optional::stream)
                .map(item -> item.label().in(locale))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(code);
    }
}
