package org.equicity.selfassessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.equicity.selfassessment.SelfAssessments.EvidenceView;
import org.equicity.selfassessment.SelfAssessments.Source;
import org.equicity.shared.UploadedFiles.AttachedFile;
import org.jspecify.annotations.Nullable;

/**
 * A piece of evidence for a key factor. A picked plan action, indicator or monitoring report keeps the title it had
 * when picked, so that the signed-off assessment reads as it was.
 */
@Entity
@Table(name = "self_assessment_evidence")
class Evidence {

    @Id
    private UUID id;

    @Column(name = "assessment_id", nullable = false, updatable = false)
    private UUID assessmentId;

    @Column(nullable = false, updatable = false)
    private String factor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Source source;

    private @Nullable String kind;

    @Column(nullable = false)
    private String title;

    private @Nullable String link;

    @Column(name = "plan_id")
    private @Nullable UUID planId;

    @Column(name = "item_id")
    private @Nullable UUID itemId;

    @Column(name = "added_on", nullable = false)
    private LocalDate addedOn;

    @Column(name = "file_name")
    private @Nullable String fileName;

    @Column(name = "file_type")
    private @Nullable String fileType;

    @Column(name = "file_size")
    private @Nullable Long fileSize;

    protected Evidence() {}

    Evidence(
            SelfAssessmentId assessment,
            String factor,
            Source source,
            @Nullable String kind,
            String title,
            @Nullable String link,
            @Nullable UUID plan,
            @Nullable UUID item,
            LocalDate on) {
        this.id = UUID.randomUUID();
        this.assessmentId = assessment.value();
        this.factor = factor;
        this.source = source;
        this.kind = kind;
        this.title = title;
        this.link = link;
        this.planId = plan;
        this.itemId = item;
        this.addedOn = on;
    }

    SelfAssessmentId assessment() {
        return new SelfAssessmentId(assessmentId);
    }

    /** The uploaded file this document is; its bytes are an {@link EvidenceFile} of the same id. */
    void attach(AttachedFile file) {
        this.fileName = file.name();
        this.fileType = file.mediaType();
        this.fileSize = file.size();
    }

    @Nullable
    AttachedFile file() {
        return fileName == null || fileType == null || fileSize == null
                ? null
                : new AttachedFile(fileName, fileType, fileSize);
    }

    EvidenceView view() {
        return new EvidenceView(new EvidenceId(id), factor, source, kind, title, link, planId, itemId, addedOn, file());
    }
}
