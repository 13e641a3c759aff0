package org.equicity.selfassessment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.equicity.selfassessment.SelfAssessments.EvidenceContent;
import org.equicity.selfassessment.SelfAssessments.Source;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/**
 * The evidence documents facade. A file is added through {@link SelfAssessments#addEvidence}, so that it follows
 * every rule of a document; what it is comes from Apache Tika's detection of its content (the name may lie), and
 * only office documents, PDF, plain text, CSV and pictures are kept: nothing a browser would run when the file is
 * opened.
 */
@Service
@Transactional
class EvidenceDocumentService implements EvidenceDocuments {

    /** The kinds of file evidence comes in, by the media type detected from the content. */
    static final Set<String> TYPES = Set.of(
            "application/pdf",
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.presentation",
            "text/plain",
            "text/csv",
            "image/png",
            "image/jpeg");

    private static final int MAX_NAME = 200;

    private final SelfAssessments assessments;
    private final SelfAssessmentRepository stored;
    private final EvidenceRepository evidence;
    private final EvidenceFileRepository files;
    private final AssessmentAccess access;
    /** Created on first upload: it loads every detector Tika finds on the classpath, which no start needs. */
    private final SingletonSupplier<Detector> detector = SingletonSupplier.of(DefaultDetector::new);

    EvidenceDocumentService(
            SelfAssessments assessments,
            SelfAssessmentRepository stored,
            EvidenceRepository evidence,
            EvidenceFileRepository files,
            AssessmentAccess access) {
        this.assessments = assessments;
        this.stored = stored;
        this.evidence = evidence;
        this.files = files;
        this.access = access;
    }

    @Override
    public EvidenceId upload(SelfAssessmentId id, String factor, EvidenceContent document, Upload file) {
        // the city's contributors only: nobody else learns what the checks of a file would say
        access.requireContribute(load(id).city());
        var attached = checked(file);
        var title = document.title() == null ? attached.name() : document.title();
        var added = assessments.addEvidence(
                id, factor, new EvidenceContent(Source.DOCUMENT, document.kind(), title, document.link(), null, null));
        piece(added).attach(attached);
        files.save(new EvidenceFile(added, file.content()));
        return added;
    }

    @Override
    @Transactional(readOnly = true)
    public StoredFile file(SelfAssessmentId id, EvidenceId evidenceId) {
        access.requireRead(load(id).city());
        var piece = piece(evidenceId);
        if (!piece.assessment().equals(id)) {
            throw new NotFoundException("Evidence", evidenceId);
        }
        return stored(piece, evidenceId);
    }

    @Override
    @Transactional(readOnly = true)
    public StoredFile fileForReview(EvidenceId evidenceId) {
        return stored(piece(evidenceId), evidenceId);
    }

    private StoredFile stored(Evidence piece, EvidenceId id) {
        var attached = piece.file();
        var content = files.findById(id.value()).orElse(null);
        if (attached == null || content == null) {
            throw new NotFoundException("Evidence file", id);
        }
        return new StoredFile(attached, content.content());
    }

    /** The file as kept: its name without the folders of the sender's computer, and its detected type. */
    private AttachedFile checked(Upload file) {
        var content = file.content();
        if (content.length == 0) {
            throw RuleViolationException.about("file", "selfassessment.rule.file-empty", "file");
        }
        if (content.length > MAX_BYTES) {
            throw RuleViolationException.about(
                    "file", "selfassessment.rule.file-too-large", "file", MAX_BYTES / 1024 / 1024);
        }
        var name = name(file.fileName());
        var type = type(name, content);
        if (!TYPES.contains(type)) {
            throw RuleViolationException.about("file", "selfassessment.rule.file-type", "file", type);
        }
        return new AttachedFile(name, type, content.length);
    }

    private String type(String name, byte[] content) {
        var metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try (var in = new ByteArrayInputStream(content)) {
            return detector.obtain().detect(in, metadata).getBaseType().toString();
        } catch (IOException | RuntimeException unreadable) {
            // a detector meeting a malformed container may fail in any way: it is the file that cannot be read
            throw RuleViolationException.about("file", "selfassessment.rule.file-type", "file", "?");
        }
    }

    private static String name(String sent) {
        var base = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        if (base.isEmpty()) {
            return "document";
        }
        return base.length() <= MAX_NAME ? base : base.substring(base.length() - MAX_NAME);
    }

    private Evidence piece(EvidenceId id) {
        return evidence.findById(id.value()).orElseThrow(() -> new NotFoundException("Evidence", id));
    }

    private SelfAssessment load(SelfAssessmentId id) {
        return stored.findById(id.value()).orElseThrow(() -> new NotFoundException("Self-assessment", id));
    }
}
