package org.equicity.framework;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.equicity.shared.LocalizedText;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads framework versions ({@code <id>/<version>.yaml}) and crosswalks ({@code crosswalk/<version>.yaml}) and
 * validates them strictly: a mistake in the data must stop start-up with the file and item named, not surface
 * later as a missing label or a dangling reference in a city's report.
 */
final class FrameworkLoader {

    static final String CLASSPATH_PATTERN = "classpath*:frameworks/*/*" + DataFile.SUFFIX;

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private FrameworkLoader() {}

    /** The files shipped with the application. */
    static List<DataFile> fromClasspath() {
        try {
            var files = new ArrayList<DataFile>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(CLASSPATH_PATTERN)) {
                var url = resource.getURL().toString();
                var parts = url.split("/");
                var folder = parts[parts.length - 2];
                var name = parts[parts.length - 1];
                try (var in = resource.getInputStream()) {
                    files.add(new DataFile(
                            "classpath:frameworks/" + folder + "/" + name,
                            folder,
                            name.substring(0, name.length() - DataFile.SUFFIX.length()),
                            in.readAllBytes()));
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the framework data on the classpath", e);
        }
    }

    /** The files of a directory laid out like the classpath: {@code <id>/<version>.yaml}. */
    static List<DataFile> fromDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new FrameworkDataException(List.of("equicity.frameworks.directory " + directory
                    + " is not a directory (leave the property unset if there is no additional framework data)"));
        }
        try (Stream<Path> paths = Files.walk(directory, 2)) {
            var files = new ArrayList<DataFile>();
            for (Path path : paths.filter(p -> p.getFileName().toString().endsWith(DataFile.SUFFIX))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList()) {
                if (directory.relativize(path).getNameCount() != 2) {
                    throw new FrameworkDataException(
                            List.of(path + ": a framework data file belongs at <id>/<version>" + DataFile.SUFFIX));
                }
                var name = path.getFileName().toString();
                files.add(new DataFile(
                        path.toString(),
                        // Two names below the directory: the parent is the framework's folder.
                        Objects.requireNonNull(path.getParent()).getFileName().toString(),
                        name.substring(0, name.length() - DataFile.SUFFIX.length()),
                        Files.readAllBytes(path)));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the framework data in " + directory, e);
        }
    }

    /** Parses and validates all files together (crosswalk references may point into any of them). */
    static FrameworkCatalogue load(List<DataFile> files) {
        var problems = new ArrayList<String>();
        var frameworks = new LinkedHashMap<FrameworkRef, Framework>();
        var fingerprints = new LinkedHashMap<FrameworkRef, String>();
        var locations = new LinkedHashMap<FrameworkRef, String>();
        var crosswalks = new ArrayList<DataFile>();
        for (DataFile file : files) {
            if (file.isCrosswalk()) {
                crosswalks.add(file);
                continue;
            }
            var framework = readFramework(file, problems);
            if (framework == null) {
                continue;
            }
            var earlier = locations.putIfAbsent(framework.ref(), file.location());
            if (earlier != null) {
                problems.add(file.location() + ": " + framework.ref() + " is already loaded from " + earlier
                        + "; publish a new version instead of replacing one");
                continue;
            }
            frameworks.put(framework.ref(), framework);
            fingerprints.put(framework.ref(), file.fingerprint());
        }
        AssessmentData.requireContexts(frameworks, problems);
        var links = new ArrayList<CrosswalkLink>();
        for (DataFile file : crosswalks) {
            readCrosswalk(file, frameworks, links, problems);
        }
        if (!problems.isEmpty()) {
            throw new FrameworkDataException(problems);
        }
        return new FrameworkCatalogue(frameworks.values(), fingerprints, links);
    }

    record FrameworkFile(
            String id,
            String version,
            String source,
            Map<String, String> name,
            Map<String, String> description,
            List<ItemFile> items,
            AssessmentData.@Nullable ScaleFile scale,
            @Nullable List<AssessmentData.EvidenceFile> evidence,
            @Nullable String context) {}

    record ItemFile(
            String code,
            Map<String, String> label,
            Map<String, String> description,
            List<Map<String, String>> questions,
            @Nullable List<Map<String, String>> examples,
            @Nullable Integer weight,
            List<ItemFile> children) {}

    record CrosswalkFile(String version, Map<String, String> description, List<LinkFile> links) {}

    record LinkFile(String from, String to, Map<String, String> note) {}

    private static @Nullable Framework readFramework(DataFile file, List<String> problems) {
        FrameworkFile data;
        try {
            data = YAML.readValue(file.content(), FrameworkFile.class);
        } catch (JacksonException e) {
            problems.add(file.location() + ": not a valid framework file: " + e.getOriginalMessage() + location(e));
            return null;
        }
        if (data == null) {
            problems.add(file.location() + ": the file is empty");
            return null;
        }
        var before = problems.size();
        if (!file.folder().equals(data.id())) {
            problems.add(
                    file.location() + ": id '" + data.id() + "' does not match its folder '" + file.folder() + "'");
        }
        if (!file.version().equals(data.version())) {
            problems.add(file.location() + ": version '" + data.version() + "' does not match its file name '"
                    + file.version() + DataFile.SUFFIX + "'");
        }
        var name = text(data.name(), file.location() + ": name", problems);
        var description = text(data.description(), file.location() + ": description", problems);
        if (name != null && !name.has(LocalizedText.FALLBACK_LANGUAGE)) {
            problems.add(file.location() + ": the framework has no English name");
        }
        if (data.source() == null || data.source().isBlank()) {
            problems.add(file.location() + ": the framework names no source");
        }
        if (data.items() == null || data.items().isEmpty()) {
            problems.add(file.location() + ": the framework has no items");
        }
        var items = items(file, data.items(), new HashSet<>(), problems);
        var scale = AssessmentData.scale(data.scale(), file.location(), problems);
        var evidence = AssessmentData.evidence(data.evidence(), file.location(), problems);
        var context = AssessmentData.context(data.context(), file.location(), problems);
        // A null text has been reported as a problem already.
        if (problems.size() > before || name == null || description == null) {
            return null;
        }
        try {
            return new Framework(
                    new FrameworkRef(data.id(), data.version()),
                    name,
                    description,
                    data.source(),
                    items,
                    scale,
                    evidence,
                    context);
        } catch (IllegalArgumentException e) {
            problems.add(file.location() + ": " + e.getMessage());
            return null;
        }
    }

    private static List<FrameworkItem> items(
            DataFile file, List<ItemFile> data, Set<String> codes, List<String> problems) {
        if (data == null) {
            return List.of();
        }
        var items = new ArrayList<FrameworkItem>();
        for (int i = 0; i < data.size(); i++) {
            var item = data.get(i);
            if (item == null) {
                problems.add(file.location() + ": an empty entry in the item list");
                continue;
            }
            var where =
                    file.location() + ": item " + (item.code() == null ? "#" + (i + 1) + " (no code)" : item.code());
            var before = problems.size();
            if (item.code() == null || !item.code().matches("[a-z0-9][a-z0-9-]*")) {
                problems.add(where + ": the code must be lower-case letters, digits and hyphens");
            } else if (!codes.add(item.code())) {
                problems.add(where + ": duplicate code (codes are unique within a framework, sub-items included)");
            }
            var label = text(item.label(), where + ": label", problems);
            if (label == null || !label.has(LocalizedText.FALLBACK_LANGUAGE)) {
                problems.add(where + ": no English label");
            }
            var description = text(item.description(), where + ": description", problems);
            var questions = texts(item.questions(), where + ": question ", problems);
            var examples = texts(item.examples(), where + ": example ", problems);
            if (item.weight() != null && item.weight() < 1) {
                problems.add(where + ": the weight must be a whole number of 1 or more");
            }
            var children = items(file, item.children(), codes, problems);
            if (problems.size() == before && label != null && description != null) {
                var weight = item.weight() == null ? 1 : item.weight();
                items.add(new FrameworkItem(item.code(), label, description, questions, examples, weight, children));
            }
        }
        return items;
    }

    /** A list of texts that each need an English version, such as an item's guide questions or examples. */
    private static List<LocalizedText> texts(
            @Nullable List<Map<String, String>> values, String where, List<String> problems) {
        var texts = new ArrayList<LocalizedText>();
        if (values == null) {
            return texts;
        }
        for (int i = 0; i < values.size(); i++) {
            var value = text(values.get(i), where + (i + 1), problems);
            if (value == null || !value.has(LocalizedText.FALLBACK_LANGUAGE)) {
                problems.add(where + (i + 1) + " has no English text");
            } else {
                texts.add(value);
            }
        }
        return texts;
    }

    private static void readCrosswalk(
            DataFile file, Map<FrameworkRef, Framework> frameworks, List<CrosswalkLink> links, List<String> problems) {
        CrosswalkFile data;
        try {
            data = YAML.readValue(file.content(), CrosswalkFile.class);
        } catch (JacksonException e) {
            problems.add(file.location() + ": not a valid crosswalk file: " + e.getOriginalMessage() + location(e));
            return;
        }
        if (data == null || data.links() == null) {
            problems.add(file.location() + ": the crosswalk has no links");
            return;
        }
        if (!file.version().equals(data.version())) {
            problems.add(file.location() + ": version '" + data.version() + "' does not match its file name '"
                    + file.version() + DataFile.SUFFIX + "'");
        }
        for (int i = 0; i < data.links().size(); i++) {
            var link = data.links().get(i);
            var where = file.location() + ": link " + (i + 1);
            if (link == null) {
                problems.add(where + ": empty entry");
                continue;
            }
            where += " (" + link.from() + " – " + link.to() + ")";
            var from = resolve(link.from(), frameworks, where, problems);
            var to = resolve(link.to(), frameworks, where, problems);
            var note = text(link.note(), where + ": note", problems);
            if (from == null || to == null || note == null) {
                continue;
            }
            try {
                var created = new CrosswalkLink(from, to, note);
                if (links.stream().anyMatch(created::samePairAs)) {
                    problems.add(where + ": these items are already linked");
                } else {
                    links.add(created);
                }
            } catch (IllegalArgumentException e) {
                problems.add(where + ": " + e.getMessage());
            }
        }
    }

    private static @Nullable ItemRef resolve(
            String text, Map<FrameworkRef, Framework> frameworks, String where, List<String> problems) {
        ItemRef ref;
        try {
            ref = ItemRef.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(where + ": '" + text + "' is not an item reference (id@version:code)");
            return null;
        }
        var framework = frameworks.get(ref.framework());
        if (framework == null) {
            problems.add(where + ": '" + text + "' does not resolve: no framework " + ref.framework());
            return null;
        }
        if (framework.item(ref.code()).isEmpty()) {
            problems.add(
                    where + ": '" + text + "' does not resolve: " + ref.framework() + " has no item " + ref.code());
            return null;
        }
        return ref;
    }

    static @Nullable LocalizedText text(@Nullable Map<String, String> values, String where, List<String> problems) {
        if (values == null) {
            return new LocalizedText(Map.of());
        }
        try {
            return new LocalizedText(values);
        } catch (IllegalArgumentException e) {
            problems.add(where + ": " + e.getMessage());
            return null;
        }
    }

    private static String location(JacksonException e) {
        var location = e.getLocation();
        return location == null ? "" : " (line " + location.getLineNr() + ")";
    }
}
