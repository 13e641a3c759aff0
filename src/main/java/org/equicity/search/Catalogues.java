package org.equicity.search;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.equicity.framework.Framework;
import org.equicity.framework.FrameworkRef;
import org.equicity.framework.Frameworks;
import org.equicity.network.Networks;
import org.equicity.shared.NetworkId;
import org.springframework.stereotype.Component;

/**
 * Labels of the framework codes practices and reports are classified by. Commitments and tracks are indexed by their
 * English labels, as plans are (a plan's city may word its commitments itself); fields are indexed by their codes
 * and labelled in the reader's language when shown.
 */
@Component
class Catalogues {

    static final FrameworkRef COMMITMENTS = FrameworkRef.parse("eccar-commitments@2023");
    static final FrameworkRef TRACKS = FrameworkRef.parse("eccar-tracks@2023");
    static final List<FrameworkRef> FIELDS = List.of(
            FrameworkRef.parse("eccar-fields-of-activity@2023"), FrameworkRef.parse("ici-fields-of-action@2019"));

    private final Frameworks frameworks;
    private final Networks networks;

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
