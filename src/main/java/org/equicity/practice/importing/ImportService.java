package org.equicity.practice.importing;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.equicity.framework.Frameworks;
import org.equicity.people.Access;
import org.equicity.people.Access.CurrentPerson;
import org.equicity.practice.importing.DocumentReader.Kind;
import org.equicity.practice.importing.ImportChecker.Checked;
import org.equicity.practice.importing.ImportChecker.Report;
import org.equicity.shared.NetworkId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.PersonId;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.TextRules;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@Service
@Transactional
class ImportService implements PracticeImports {

    private static final TextRules RULES = new TextRules("practice");

    /** Uploads not imported within this time are forgotten. */
    private static final Duration KEPT = Duration.ofDays(7);

    private final PracticeImportRepository imports;
    private final DocumentReader reader;
    private final TabularReader tables;
    private final SectionLabels labels;
    private final ImportChecker checker;
    private final ImportJob job;
    private final Frameworks frameworks;
    private final Access access;
    private final JsonMapper json;
    private final Clock clock;

    ImportService(
            PracticeImportRepository imports,
            DocumentReader reader,
            TabularReader tables,
            SectionLabels labels,
            ImportChecker checker,
            ImportJob job,
            Frameworks frameworks,
            Access access,
            JsonMapper json,
            Clock clock) {
        this.json = json;
        this.imports = imports;
        this.reader = reader;
        this.tables = tables;
        this.labels = labels;
        this.checker = checker;
        this.job = job;
        this.frameworks = frameworks;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public ImportId upload(NetworkId network, Upload upload) {
        access.requireNetworkManagement(network);
        if (upload.content().length == 0) {
            throw RuleViolationException.about("file", "practice.import.empty");
        }
        if (upload.content().length > MAX_FILE_BYTES) {
            throw RuleViolationException.about("file", "practice.import.too-large", MAX_FILE_BYTES / 1024 / 1024);
        }
        var fileName = RULES.optional(upload.fileName(), 300, "fileName");
        var mediaType = reader.mediaType(fileName, upload.content());
        var kind = DocumentReader.KINDS.getOrDefault(mediaType, Kind.DOCUMENT);
        var table = kind != Kind.DOCUMENT && kind != Kind.MARKDOWN;
        if (table && (upload.title() == null || upload.title().isBlank())) {
            upload = withSourceOfRows(upload, kind);
        }
        var document = upload.document();
        if (upload.designatedBy() != null && upload.designatedOn() == null && document.year() == null) {
            throw RuleViolationException.about("designatedOn", "practice.rule.required", "designatedOn");
        }
        RULES.optional(upload.designatedBy(), 300, "designatedBy");
        var text = table ? tables.text(kind, upload.content()) : reader.text(upload.content(), mediaType);
        if (splitter().split(text).practices().isEmpty()) {
            throw RuleViolationException.about("file", "practice.import.no-practices");
        }
        imports.deleteUploadedBefore(clock.instant().minus(KEPT), List.of(Status.READY, Status.FAILED));
        // the secretariat maps a document's labels and chooses its practices once: a new edition starts from that
        var earlier = imports
                .findByNetworkIdAndSourceTitleIgnoreCaseAndStatusOrderByUploadedAtDesc(
                        network.value(), document.title(), Status.IMPORTED)
                .stream()
                .findFirst()
                .map(PracticeImport::corrections);
        var saved = imports.save(new PracticeImport(
                network,
                person(),
                fileName == null ? "compendium" : fileName,
                mediaType,
                upload,
                labels.version(),
                text,
                clock.instant()));
        earlier.ifPresent(saved::correct);
        return saved.id();
    }

    /** A table with no title given is imported under the source its rows name (the library's export has them). */
    private Upload withSourceOfRows(Upload upload, Kind kind) {
        return tables.document(kind, upload.content())
                .map(document -> new Upload(
                        upload.fileName(), upload.content(), document, upload.designatedBy(), upload.designatedOn()))
                .orElse(upload);
    }

    @Override
    @Transactional(readOnly = true)
    public ImportPreview preview(ImportId id) {
        var upload = readable(id);
        return preview(upload, report(upload, corrections(upload)));
    }

    @Override
    public ImportPreview correct(ImportId id, Corrections corrections) {
        var upload = own(id);
        requireNotRunning(upload);
        for (var codes : corrections.fieldsOfAction().values()) {
            for (var code : codes) {
                var known = frameworks
                        .find(FrameworkMatcher.FIELDS_OF_ACTION)
                        .flatMap(framework -> framework.item(code))
                        .isPresent();
                if (!known) {
                    throw RuleViolationException.about("fieldsOfAction", "practice.rule.field-of-action", code);
                }
            }
        }
        var report = report(upload, corrections);
        var held = report.practices().stream()
                .map(checked -> checked.preview().key())
                .toList();
        for (var entry : corrections.owners().entrySet()) {
            var accepted = report.practices().stream()
                    .anyMatch(checked -> checked.preview().key().equals(entry.getKey())
                            && entry.getValue().equals(checked.preview().owner()));
            if (!held.contains(entry.getKey()) || !accepted) {
                throw RuleViolationException.about("owners", "practice.import.owner-not-held", entry.getKey());
            }
        }
        upload.correct(json.writeValueAsString(corrections));
        return preview(upload, report);
    }

    @Override
    public ImportPreview confirm(ImportId id) {
        var upload = own(id);
        requireNotRunning(upload);
        var report = report(upload, corrections(upload));
        var chosen = report.practices().stream()
                .filter(checked -> checked.entry() != null)
                .toList();
        upload.start(chosen.size());
        job.start(new ImportJob.Work(
                upload.id(),
                upload.network(),
                upload.document(),
                chosen.stream().map(Checked::entry).toList(),
                chosen.stream().map(checked -> checked.preview().title()).toList(),
                report.practices().size() - chosen.size()));
        return preview(upload, report);
    }

    private Report report(PracticeImport upload, Corrections corrections) {
        var split = splitter().split(upload.text());
        var contents = split.contents().stream()
                .map(CompendiumSplitter.ContentsEntry::text)
                .toList();
        return checker.check(upload, split.practices(), contents, corrections);
    }

    private ImportPreview preview(PracticeImport upload, Report report) {
        return new ImportPreview(
                upload.id(),
                upload.network(),
                upload.fileName(),
                upload.mediaType(),
                upload.document(),
                upload.status(),
                upload.done(),
                upload.total(),
                report.contents(),
                report.unknownLabels(),
                report.practices().stream().map(Checked::preview).toList(),
                upload.result() == null ? null : json.readValue(upload.result(), ImportResult.class),
                upload.failure());
    }

    private CompendiumSplitter splitter() {
        return new CompendiumSplitter(labels);
    }

    private Corrections corrections(PracticeImport upload) {
        return upload.corrections() == null
                ? Corrections.none()
                : json.readValue(upload.corrections(), Corrections.class);
    }

    private static void requireNotRunning(PracticeImport upload) {
        if (upload.status() == Status.IMPORTING) {
            throw new RuleViolationException("practice.import.running");
        }
    }

    /** The network's secretariat reads an upload; one of another network is not found for them. */
    private PracticeImport readable(ImportId id) {
        var upload = imports.findById(id.value()).orElseThrow(() -> new NotFoundException("Import", id.value()));
        access.requireNetworkManagement(upload.network());
        return upload;
    }

    /** Only the person who uploaded the document corrects and imports it. */
    private PracticeImport own(ImportId id) {
        var upload = readable(id);
        if (!upload.uploadedBy(person())) {
            throw new NotFoundException("Import", id.value());
        }
        return upload;
    }

    private @Nullable PersonId person() {
        return access.current().map(CurrentPerson::id).orElse(null);
    }
}
