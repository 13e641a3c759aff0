package org.equicity.framework;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.equicity.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * Reads what makes a framework an assessment framework: its answer scale, the evidence kinds it accepts and the
 * framework of its context factors. As strict as the rest of the loader: every label needs English, codes are
 * unique, and a scale of levels needs at least one level that counts.
 */
final class AssessmentData {

    private AssessmentData() {}

    /** {@code kind} is {@code levels} or {@code score}. */
    record ScaleFile(String kind, @Nullable List<LevelFile> levels) {}

    record LevelFile(
            String code,
            Map<String, String> label,
            @Nullable Integer score) {}

    record EvidenceFile(String code, Map<String, String> label) {}

    static @Nullable AnswerScale scale(@Nullable ScaleFile data, String location, List<String> problems) {
        if (data == null) {
            return null;
        }
        var where = location + ": scale";
        if (!"levels".equals(data.kind()) && !"score".equals(data.kind())) {
            problems.add(where + ": the kind must be 'levels' or 'score'");
            return null;
        }
        if ("score".equals(data.kind())) {
            if (data.levels() != null) {
                problems.add(where + ": a score from 0 to 100 has no levels");
                return null;
            }
            return new AnswerScale(AnswerScale.Kind.SCORE, List.of());
        }
        var levels = levels(data.levels() == null ? List.of() : data.levels(), where, problems);
        if (levels.stream().noneMatch(level -> level.score() != null)) {
            problems.add(where + ": no level has a score from 0 to 100");
            return null;
        }
        return new AnswerScale(AnswerScale.Kind.LEVELS, levels);
    }

    private static List<AnswerScale.Level> levels(List<LevelFile> data, String where, List<String> problems) {
        var codes = new HashSet<String>();
        var levels = new ArrayList<AnswerScale.Level>();
        for (var level : data) {
            var label = english(level.label(), where + ": level " + level.code(), problems);
            if (!codes.add(String.valueOf(level.code()))) {
                problems.add(where + ": level " + level.code() + " is listed twice");
            } else if (label != null) {
                try {
                    levels.add(new AnswerScale.Level(level.code(), label, level.score()));
                } catch (IllegalArgumentException e) {
                    problems.add(where + ": " + e.getMessage());
                }
            }
        }
        return levels;
    }

    static List<EvidenceKind> evidence(@Nullable List<EvidenceFile> data, String location, List<String> problems) {
        var kinds = new ArrayList<EvidenceKind>();
        if (data == null) {
            return kinds;
        }
        var codes = new HashSet<String>();
        for (var kind : data) {
            var where = location + ": evidence " + kind.code();
            var label = english(kind.label(), where, problems);
            if (!codes.add(String.valueOf(kind.code()))) {
                problems.add(where + " is listed twice");
            } else if (label != null) {
                try {
                    kinds.add(new EvidenceKind(kind.code(), label));
                } catch (IllegalArgumentException e) {
                    problems.add(where + ": " + e.getMessage());
                }
            }
        }
        return kinds;
    }

    static @Nullable FrameworkRef context(@Nullable String data, String location, List<String> problems) {
        if (data == null) {
            return null;
        }
        try {
            return FrameworkRef.parse(data);
        } catch (IllegalArgumentException e) {
            problems.add(location + ": context '" + data + "' is not a framework reference (id@version)");
            return null;
        }
    }

    /** The context factors' framework must be loaded too. */
    static void requireContexts(Map<FrameworkRef, Framework> frameworks, List<String> problems) {
        frameworks.values().stream()
                .filter(framework -> framework.context() != null)
                .filter(framework -> !frameworks.containsKey(framework.context()))
                .forEach(framework -> problems.add(framework.ref() + ": context " + framework.context()
                        + " does not resolve: no such framework is loaded"));
    }

    private static @Nullable LocalizedText english(
            @Nullable Map<String, String> values, String where, List<String> problems) {
        var label = FrameworkLoader.text(values, where + ": label", problems);
        if (label == null || !label.has(LocalizedText.FALLBACK_LANGUAGE)) {
            problems.add(where + ": no English label");
            return null;
        }
        return label;
    }
}
