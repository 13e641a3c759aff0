package org.equicity.practice.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.equicity.practice.Contributors.ContributorView;
import org.equicity.practice.PracticeCollections.OwnerRef;
import org.equicity.practice.importing.CompendiumSplitter.Found;
import org.jspecify.annotations.Nullable;

/**
 * Recognises whose a practice is among the network's member cities and contributors: the city its title names
 * ("GRAZ: …"), else the leading authority its sections name, else the longest name that its title contains.
 */
final class OwnerMatcher {

    record Candidate(OwnerRef ref, String name, String key) {}

    /** The owner recognised, or none and the name the document gives, if any. */
    record Match(Optional<Candidate> owner, @Nullable String named) {}

    private final List<Candidate> candidates = new ArrayList<>();

    OwnerMatcher(List<org.equicity.network.Networks.Member> members, List<ContributorView> contributors) {
        members.stream()
                .filter(org.equicity.network.Networks.Member::isCurrent)
                .forEach(member -> candidates.add(new Candidate(
                        new OwnerRef(member.city(), null),
                        member.cityName(),
                        CompendiumSplitter.key(member.cityName()))));
        contributors.forEach(contributor -> candidates.add(new Candidate(
                new OwnerRef(null, contributor.id()),
                contributor.details().name(),
                CompendiumSplitter.key(contributor.details().name()))));
        // the longest name first: "Region of Lisbon" before "Lisbon"
        candidates.sort(
                Comparator.comparingInt((Candidate candidate) -> candidate.key().length())
                        .reversed());
    }

    @Nullable
    String nameOf(OwnerRef ref) {
        return candidates.stream()
                .filter(candidate -> candidate.ref().equals(ref))
                .map(Candidate::name)
                .findFirst()
                .orElse(null);
    }

    boolean holds(OwnerRef ref) {
        return nameOf(ref) != null;
    }

    Match match(Found found, @Nullable String leadingAuthority) {
        if (found.prefix() != null) {
            var prefix = CompendiumSplitter.key(found.prefix());
            var named = candidates.stream()
                    .filter(candidate -> candidate.key().equals(prefix))
                    .findFirst();
            return new Match(named, titleCase(found.prefix()));
        }
        if (leadingAuthority != null) {
            var named = within(leadingAuthority);
            if (named.isPresent()) {
                return new Match(named, leadingAuthority);
            }
        }
        return new Match(within(found.title()), leadingAuthority);
    }

    private Optional<Candidate> within(String text) {
        var words = " " + CompendiumSplitter.key(text) + " ";
        return candidates.stream()
                .filter(candidate -> !candidate.key().isEmpty() && words.contains(" " + candidate.key() + " "))
                .findFirst();
    }

    /** "SANT CUGAT DEL VALLÈS" is the name "Sant Cugat Del Vallès". */
    private static String titleCase(String capitals) {
        var words = capitals.toLowerCase(java.util.Locale.ROOT).split(" ");
        var named = new StringBuilder();
        for (var word : words) {
            if (!word.isEmpty()) {
                named.append(named.isEmpty() ? "" : " ")
                        .append(Character.toUpperCase(word.charAt(0)))
                        .append(word.substring(1));
            }
        }
        return named.toString();
    }
}
