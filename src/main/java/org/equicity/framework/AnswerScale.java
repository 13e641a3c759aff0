package org.equicity.framework;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.equicity.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * How a city answers an item of an assessment framework: on ordinal {@link Kind#LEVELS} (met, partly met, not met,
 * not applicable …), each worth a score from 0 to 100 or none (a level that says the item does not apply), or as a
 * {@link Kind#SCORE} from 0 to 100 for index-like frameworks. A framework that declares a scale is an assessment
 * framework.
 */
public record AnswerScale(Kind kind, List<Level> levels) {

    /** The highest score: an item answered with it is fully met. */
    public static final int FULL = 100;

    public AnswerScale {
        Objects.requireNonNull(kind, "kind");
        levels = levels == null ? List.of() : List.copyOf(levels);
        if (kind == Kind.LEVELS && levels.isEmpty()) {
            throw new IllegalArgumentException("A scale of levels needs levels");
        }
        if (kind == Kind.SCORE && !levels.isEmpty()) {
            throw new IllegalArgumentException("A score scale has no levels");
        }
    }

    public enum Kind {
        LEVELS,
        SCORE
    }

    /** {@code score} is null for a level that takes the item out of the count (not applicable). */
    public record Level(
            String code, LocalizedText label, @Nullable Integer score) {

        public Level {
            if (code == null || !code.matches("[a-z0-9][a-z0-9-]*")) {
                throw new IllegalArgumentException("Not a level code: " + code);
            }
            if (score != null && (score < 0 || score > FULL)) {
                throw new IllegalArgumentException("Level " + code + " has a score outside 0 to 100");
            }
        }
    }

    public Optional<Level> level(String code) {
        return levels.stream().filter(level -> level.code().equals(code)).findFirst();
    }

    /**
     * The score an answer stands for: a level's score, or the score itself on a score scale; empty for a level that
     * does not count, and for an answer that is not on this scale.
     */
    public Optional<Integer> score(String answer) {
        if (kind == Kind.LEVELS) {
            return level(answer).flatMap(level -> Optional.ofNullable(level.score()));
        }
        return answer.matches("\\d{1,3}") && Integer.parseInt(answer) <= FULL
                ? Optional.of(Integer.parseInt(answer))
                : Optional.empty();
    }

    /** Whether the answer is one this scale accepts. */
    public boolean accepts(String answer) {
        return kind == Kind.LEVELS ? level(answer).isPresent() : score(answer).isPresent();
    }
}
