package org.equicity.framework;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The validated framework data held in memory for the life of the application. */
final class FrameworkCatalogue {

    /** Versions compare part by part, numerically where both parts are numbers: 2023.10 is newer than 2023.9. */
    static final Comparator<String> VERSION_ORDER = (a, b) -> {
        var left = a.split("[.-]");
        var right = b.split("[.-]");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int result = left[i].matches("\\d+") && right[i].matches("\\d+")
                    ? new BigInteger(left[i]).compareTo(new BigInteger(right[i]))
                    : left[i].compareTo(right[i]);
            if (result != 0) {
                return result;
            }
        }
        return Integer.compare(left.length, right.length);
    };

    private final List<Framework> frameworks;
    private final Map<FrameworkRef, Framework> byRef = new LinkedHashMap<>();
    private final Map<FrameworkRef, String> fingerprints;
    private final List<CrosswalkLink> links;

    FrameworkCatalogue(
            Collection<Framework> frameworks, Map<FrameworkRef, String> fingerprints, List<CrosswalkLink> links) {
        this.frameworks = frameworks.stream()
                .sorted(Comparator.comparing((Framework f) -> f.ref().id())
                        .thenComparing(f -> f.ref().version(), VERSION_ORDER.reversed()))
                .toList();
        this.frameworks.forEach(framework -> byRef.put(framework.ref(), framework));
        this.fingerprints = Map.copyOf(fingerprints);
        this.links = List.copyOf(links);
    }

    List<Framework> all() {
        return frameworks;
    }

    Optional<Framework> find(FrameworkRef ref) {
        return Optional.ofNullable(byRef.get(ref));
    }

    List<CrosswalkLink> links() {
        return links;
    }

    Optional<String> fingerprint(FrameworkRef ref) {
        return Optional.ofNullable(fingerprints.get(ref));
    }

    /** A recorded use of a version: by whom, and the fingerprint of its file at the time. */
    record Use(FrameworkRef ref, String usedBy, String fingerprint) {}

    /**
     * Refuses data in which a version that has been used was edited or removed: cities' plans and reports refer to
     * its items, and they must keep meaning what they meant when they were written.
     */
    void verifyUnchanged(List<Use> uses) {
        var users = new LinkedHashMap<Use, List<String>>();
        uses.forEach(use -> users.computeIfAbsent(new Use(use.ref(), "", use.fingerprint()), key -> new ArrayList<>())
                .add(use.usedBy()));
        var problems = new ArrayList<String>();
        users.forEach((use, by) -> {
            var current = fingerprints.get(use.ref());
            if (current == null) {
                problems.add(use.ref() + " is used by " + String.join(", ", by)
                        + " but is no longer loaded: restore its data file");
            } else if (!current.equals(use.fingerprint())) {
                problems.add(use.ref() + " is used by " + String.join(", ", by) + " but its data file has changed"
                        + " (fingerprint " + use.fingerprint() + ", now " + current + "): a version that has been"
                        + " used is never edited in place: publish a new version");
            }
        });
        if (!problems.isEmpty()) {
            throw new FrameworkDataException(problems);
        }
    }
}
