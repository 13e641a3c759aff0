package org.equicity.translation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A machine translation service. Implementations send the segments in as few requests as the service allows and
 * throw an unchecked exception (whose message is shown to administrators) when the service cannot be reached or
 * refuses: the job is then retried later.
 */
interface TranslationEngine {

    /** The name used in routes and recorded with every translation. */
    String name();

    /** The longest segment (in characters) the engine is given; longer texts are split at sentence boundaries. */
    int maxSegmentLength();

    /**
     * Whether the engine can translate the pair, from what it knows without asking the service (readers' pages ask
     * this); engines that cannot tell, or do not know yet, answer {@code true}.
     */
    boolean supports(String from, String to);

    /**
     * The language the engine goes through when it has no direct pair but a chain of two ({@code ca} for
     * French→Catalan→English), as far as it knows; empty for a direct pair.
     */
    default Optional<String> pivot(String from, String to) {
        return Optional.empty();
    }

    /** Asks the service what it can do, for {@link #supports}; the worker calls it, never a reader's request. */
    default void refresh() {}

    /** Translates each segment; the answer has exactly one translated segment per given segment, in order. */
    Result translate(List<String> segments, String from, String to);

    /**
     * What the engine made, with its name and version as stored with the translation. A translation made through an
     * intermediate language says so at the end of its version, so that its provenance shows it was pivoted.
     */
    record Result(List<String> segments, String engine, String version) {

        private static final Pattern PIVOT = Pattern.compile(" \\(pivot through ([a-z]{2})\\)$");

        /** The version of a translation made through the {@code pivot} language. */
        static String throughPivot(String version, String pivot) {
            return version + " (pivot through " + pivot + ")";
        }

        /** The intermediate language a stored version records, if the translation went through one. */
        static Optional<String> pivotOf(String version) {
            if (version == null) {
                return Optional.empty();
            }
            var matcher = PIVOT.matcher(version);
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        }
    }
}
