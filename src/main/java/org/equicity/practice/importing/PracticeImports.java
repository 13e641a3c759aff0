package org.equicity.practice.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.equicity.practice.PracticeCollections.OwnerRef;
import org.equicity.practice.Provenance.SourceDocument;
import org.equicity.shared.Identifier;
import org.equicity.shared.NetworkId;
import org.jspecify.annotations.Nullable;

/**
 * A network's secretariat imports a compendium of good practices. {@link #upload} reads the document at once (a file
 * that cannot be read is refused then) and keeps its text; {@link #preview} splits it into practices and checks each
 * one against what the network holds; {@link #correct} records the secretariat's corrections (owners, the meaning of
 * unknown labels for the whole document, deselected practices, confirmed fields of action); {@link #confirm} imports
 * the selected practices in the background, in one transaction, whose progress {@link #preview} shows. Importing the
 * same document again changes nothing; a new edition updates what changed. Only the network's secretariat (or a
 * platform administrator) does any of it, and only the person who uploaded a document imports it.
 */
public interface PracticeImports {

    /** Larger files are refused: compendia are a few megabytes. */
    int MAX_FILE_BYTES = 20 * 1024 * 1024;

    ImportId upload(NetworkId network, Upload upload);

    ImportPreview preview(ImportId id);

    ImportPreview correct(ImportId id, Corrections corrections);

    /** Starts the import; nothing is imported twice while it runs. */
    ImportPreview confirm(ImportId id);

    record ImportId(UUID value) implements Identifier {

        public ImportId {
            Objects.requireNonNull(value, "import id");
        }
    }

    /**
     * The file and the document it is: its title (the collection it goes into), publisher, date (a year or a day) and
     * address; and, where another body designated the practices it holds (a European programme's compendium), that
     * body and the date, so that they are published without the network's own review. Checked by {@link #upload}
     * once the secretariat's right to import is established.
     */
    record Upload(
            @Nullable String fileName,
            byte[] content,
            @Nullable String title,
            @Nullable String publisher,
            @Nullable String date,
            @Nullable String address,
            @Nullable String designatedBy,
            @Nullable LocalDate designatedOn) {

        public Upload(
                @Nullable String fileName,
                byte[] content,
                SourceDocument document,
                @Nullable String designatedBy,
                @Nullable LocalDate on) {
            this(
                    fileName,
                    content,
                    document.title(),
                    document.publisher(),
                    document.date(),
                    document.address(),
                    designatedBy,
                    on);
        }

        public SourceDocument document() {
            return new SourceDocument(title, publisher, date, address);
        }
    }

    /**
     * The secretariat's corrections, each replacing the one before: owners by practice key, sections for labels no
     * language knows (by the label as written, for the whole document), keys of practices not to import, fields of
     * action by practice key, and whether the suggested fields of action are taken for the others.
     */
    record Corrections(
            Map<String, OwnerRef> owners,
            Map<String, Section> labels,
            List<String> deselected,
            Map<String, List<String>> fieldsOfAction,
            Boolean acceptSuggestedFields) {

        public Corrections {
            owners = owners == null ? Map.of() : Map.copyOf(owners);
            labels = labels == null ? Map.of() : Map.copyOf(labels);
            deselected = deselected == null ? List.of() : List.copyOf(deselected);
            fieldsOfAction = fieldsOfAction == null ? Map.of() : Map.copyOf(fieldsOfAction);
            // left out, it is not taken: a client that does not know it sends nothing
            acceptSuggestedFields = Boolean.TRUE.equals(acceptSuggestedFields);
        }

        public static Corrections none() {
            return new Corrections(Map.of(), Map.of(), List.of(), Map.of(), false);
        }
    }

    enum Status {
        /** Read and split, waiting for the secretariat to confirm. */
        READY,
        IMPORTING,
        IMPORTED,
        /** The import failed and wrote nothing; it may be confirmed again. */
        FAILED
    }

    enum Outcome {
        CREATE,
        UPDATE,
        UNCHANGED,
        SKIP
    }

    enum ProblemKind {
        OWNER_NOT_RECOGNISED,
        SECTION_UNKNOWN,
        NOT_IN_CONTENTS,
        POSSIBLE_DUPLICATE,
        MEASURE_TYPE_UNKNOWN,
        NO_SECTIONS,
        FIELD_OF_ACTION_UNKNOWN,
        INVALID
    }

    /**
     * {@code detail} is the label, the name, the title or the rule that the problem is about; a rule (its message key)
     * comes with its {@code arguments}, the field it is about first, so that a page can say it in the reader's words.
     */
    record Problem(ProblemKind kind, @Nullable String detail, List<String> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }

        public Problem(ProblemKind kind, @Nullable String detail) {
            this(kind, detail, List.of());
        }
    }

    /** A section as found, and what it was read as ({@code section} null while the label is unknown). */
    record SectionFound(String label, @Nullable Section section, String text) {}

    /**
     * A practice found in the document. {@code key} identifies it in its collection; {@code owner} is null while not
     * recognised, {@code ownerName} then the name the document gives; {@code locator} its page or section.
     */
    record PracticePreview(
            String key,
            String title,
            @Nullable String theme,
            @Nullable String country,
            @Nullable String locator,
            @Nullable OwnerRef owner,
            @Nullable String ownerName,
            String language,
            List<SectionFound> sections,
            List<String> suggestedFields,
            List<String> fieldsOfAction,
            boolean selected,
            Outcome outcome,
            List<Problem> problems) {}

    /** What the import did, and the titles it updated. */
    record ImportResult(int created, int updated, int unchanged, int skipped, List<String> updatedTitles) {}

    record ImportPreview(
            ImportId id,
            NetworkId network,
            String fileName,
            String mediaType,
            SourceDocument document,
            Status status,
            int done,
            int total,
            List<String> contents,
            List<String> unknownLabels,
            List<PracticePreview> practices,
            @Nullable ImportResult result,
            @Nullable String failure) {

        public long count(Outcome outcome) {
            return practices.stream()
                    .filter(practice -> practice.outcome() == outcome)
                    .count();
        }
    }
}
