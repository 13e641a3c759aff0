package org.equicity.practice.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.equicity.network.Networks;
import org.equicity.practice.Contributors;
import org.equicity.practice.PracticeCollections;
import org.equicity.practice.PracticeCollections.CollectedEntry;
import org.equicity.practice.PracticeCollections.CollectedPractice;
import org.equicity.practice.Practices;
import org.equicity.practice.importing.CompendiumSplitter.Found;
import org.equicity.practice.importing.PracticeImports.Corrections;
import org.equicity.practice.importing.PracticeImports.Outcome;
import org.equicity.practice.importing.PracticeImports.PracticePreview;
import org.equicity.practice.importing.PracticeImports.Problem;
import org.equicity.practice.importing.PracticeImports.ProblemKind;
import org.equicity.translation.Translations;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks the practices found in an upload against what the network holds: whose each is, what it would change in
 * the document's collection, and its problems. A practice without an owner, or that cannot be written, is skipped;
 * the other problems are for the secretariat to look at.
 */
@Component
class ImportChecker {

    /** A practice as previewed, and (unless skipped) what would be written for it. */
    record Checked(PracticePreview preview, @Nullable CollectedEntry entry) {}

    record Report(List<String> contents, List<String> unknownLabels, List<Checked> practices) {}

    private final FrameworkMatcher frameworks;
    private final Networks networks;
    private final Contributors contributors;
    private final PracticeCollections collections;
    private final Practices practices;
    private final Translations translations;

    ImportChecker(
            FrameworkMatcher frameworks,
            Networks networks,
            Contributors contributors,
            PracticeCollections collections,
            Practices practices,
            Translations translations) {
        this.translations = translations;
        this.frameworks = frameworks;
        this.networks = networks;
        this.contributors = contributors;
        this.collections = collections;
        this.practices = practices;
    }

    Report check(PracticeImport upload, List<Found> found, List<String> contents, Corrections corrections) {
        var network = upload.network();
        var owners = new OwnerMatcher(networks.members(network), contributors.ofNetwork(network));
        var held = collections
                .find(network, upload.document().title())
                .map(collections::practices)
                .orElse(Map.of());
        var elsewhere = otherTitles(upload, held);
        var seen = new HashSet<String>();
        var unknown = new LinkedHashSet<String>();
        var checked = new ArrayList<Checked>();
        for (var practice : found) {
            var key = CompendiumSplitter.key(practice.heading());
            var draft = DraftContent.of(
                    practice,
                    corrections.labels(),
                    fieldsOf(key, practice, corrections),
                    frameworks,
                    translations::detectLanguage);
            draft.sections().stream()
                    .filter(section -> section.section() == null)
                    .forEach(section -> unknown.add(section.label()));
            var problems = new ArrayList<>(draft.problems());
            codes(practice).stream()
                    .filter(code -> !frameworks.isFieldOfAction(code))
                    .forEach(code -> problems.add(new Problem(ProblemKind.FIELD_OF_ACTION_UNKNOWN, code)));
            if (!practice.inContents()) {
                problems.add(new Problem(ProblemKind.NOT_IN_CONTENTS, practice.title()));
            }
            var titleKey = CompendiumSplitter.key(practice.title());
            if (!seen.add(titleKey) || elsewhere.contains(titleKey)) {
                problems.add(new Problem(ProblemKind.POSSIBLE_DUPLICATE, practice.title()));
            }
            checked.add(checked(upload, practice, key, draft, owners, held, corrections, problems));
        }
        return new Report(contents, List.copyOf(unknown), checked);
    }

    /** Whose the practice is, and what importing it would write and do. */
    private Checked checked(
            PracticeImport upload,
            Found practice,
            String key,
            DraftContent.Draft draft,
            OwnerMatcher owners,
            Map<String, CollectedPractice> held,
            Corrections corrections,
            List<Problem> problems) {
        var match = owners.match(practice, draft.leadingAuthority());
        // an owner the secretariat corrected, or the one an earlier edition was imported with, stands
        var owner = corrections.owners().containsKey(key)
                ? corrections.owners().get(key)
                : held.containsKey(key)
                        ? held.get(key).owner()
                        : match.owner().map(OwnerMatcher.Candidate::ref).orElse(null);
        if (owner == null || !owners.holds(owner)) {
            owner = null;
            problems.add(0, new Problem(ProblemKind.OWNER_NOT_RECOGNISED, match.named()));
        }
        var selected = !corrections.deselected().contains(key);
        // the section a table names stands; a document's practice is found by its page, or its theme and country
        var locator = draft.locator() != null
                ? draft.locator()
                : practice.page() != null
                        ? "p. " + practice.page()
                        : String.join(
                                " / ",
                                java.util.stream.Stream.of(practice.theme(), practice.country())
                                        .filter(Objects::nonNull)
                                        .toList());
        var entry = selected && owner != null && draft.content() != null && key.length() <= 300
                ? new CollectedEntry(
                        key, owner, draft.content(), locator.isEmpty() ? null : locator, upload.designation())
                : null;
        var outcome = outcome(entry, held.get(key));
        var preview = new PracticePreview(
                key,
                practice.title(),
                practice.theme(),
                practice.country(),
                locator.isEmpty() ? null : locator,
                owner,
                owner == null ? match.named() : owners.nameOf(owner),
                draft.language(),
                draft.sections(),
                draft.suggestedFields(),
                draft.content() == null ? List.of() : draft.content().template().fieldsOfAction(),
                selected,
                outcome,
                List.copyOf(problems));
        return new Checked(preview, outcome == Outcome.SKIP ? null : entry);
    }

    /**
     * The secretariat's fields of action for the practice, else the codes it names (the library's export confirmed
     * them before), else, when the secretariat takes them, those suggested by its area of intervention.
     */
    private List<String> fieldsOf(String key, Found practice, Corrections corrections) {
        if (corrections.fieldsOfAction().containsKey(key)) {
            return corrections.fieldsOfAction().get(key);
        }
        var named = codes(practice);
        if (!named.isEmpty()) {
            return named.stream().filter(frameworks::isFieldOfAction).toList();
        }
        if (!corrections.acceptSuggestedFields()) {
            return List.of();
        }
        var area = practice.sections().stream()
                .filter(section -> section.section() == Section.AREA_OF_INTERVENTION)
                .map(CompendiumSplitter.FoundSection::text)
                .findFirst()
                .orElse(null);
        return frameworks.fieldsOfAction(area);
    }

    private static List<String> codes(Found practice) {
        return practice.sections().stream()
                .filter(section -> section.section() == Section.FIELDS_OF_ACTION)
                .flatMap(section -> java.util.Arrays.stream(section.text().split("[;,\\s]+")))
                .filter(code -> !code.isBlank())
                .distinct()
                .toList();
    }

    /** The titles of the network's practices that are not this collection's: a practice held already, maybe. */
    private java.util.Set<String> otherTitles(PracticeImport upload, Map<String, CollectedPractice> held) {
        var ours = new HashSet<>();
        held.values().forEach(practice -> ours.add(practice.id()));
        var titles = new HashSet<String>();
        practices.ofNetwork(upload.network()).stream()
                .filter(practice -> !ours.contains(practice.id()))
                .forEach(practice -> titles.add(CompendiumSplitter.key(practice.title())));
        return titles;
    }

    private static Outcome outcome(@Nullable CollectedEntry entry, @Nullable CollectedPractice held) {
        if (entry == null) {
            return Outcome.SKIP;
        }
        if (held == null) {
            return Outcome.CREATE;
        }
        var same = held.owner().equals(entry.owner())
                && held.content().sameAs(entry.content())
                && Objects.equals(held.locator(), entry.locator());
        return same ? Outcome.UNCHANGED : Outcome.UPDATE;
    }
}
