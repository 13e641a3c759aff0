package org.equicity.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.equicity.shared.CityId;
import org.equicity.shared.DepartmentId;
import org.equicity.shared.Identifier;
import org.equicity.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

/**
 * Information requests of a monitoring programme (the toolkit's first method): a form of a few open questions
 * (facts and numbers, problems and challenges, good practices), sent to chosen departments with a deadline and a
 * named contact each. Each department answers in the product and sees only its own answer; the coordinators see
 * every answer and the response rate. Reminders go to the contacts a week before the deadline and once it passed.
 */
public interface InformationRequests {

    /** The toolkit's blank form has 4–5 open questions; more make answers sketchier still. */
    int MAX_QUESTIONS = 5;

    /** A reminder is mailed this many days before the deadline, and overdue ones up to this many days after it. */
    int REMINDER_DAYS = 7;

    List<RequestSummary> ofProgramme(ProgrammeId programme);

    /**
     * A request: with every recipient and the response rate for the coordinators, with only their own department's
     * part for a department's contacts; refused (403) to anyone else.
     */
    RequestView request(RequestId id);

    /** The requests sent to the departments the reader is a contact of, in the city. */
    List<Assignment> assignedToMe(CityId city);

    RequestId prepare(ProgrammeId programme, RequestContent content);

    /** Sends a prepared request: each department's contact is told by mail. */
    void send(RequestId id);

    /** A department's answer, by a contact of that department; answering again replaces it. */
    void answer(RequestId id, RecipientId recipient, Answer answer);

    enum State {
        PREPARED,
        SENT
    }

    enum ReminderKind {
        BEFORE_DEADLINE,
        AFTER_DEADLINE
    }

    record RequestId(UUID value) implements Identifier {

        public RequestId {
            Objects.requireNonNull(value, "request id");
        }
    }

    record RecipientId(UUID value) implements Identifier {

        public RecipientId {
            Objects.requireNonNull(value, "recipient id");
        }
    }

    /** A department of the city asked, with the person named to answer for it. */
    record Addressee(DepartmentId department, String contactName, String contactEmail) {

        public Addressee {
            MonitoringRules.requireChosen(department, "addressees");
            contactName = MonitoringRules.RULES.required(contactName, 200, "contactName");
            contactEmail = MonitoringRules.email(contactEmail, "contactEmail");
        }
    }

    record RequestContent(String title, List<String> questions, LocalDate deadline, List<Addressee> addressees) {

        public RequestContent {
            title = MonitoringRules.RULES.required(title, 300, "title");
            questions = MonitoringRules.RULES.lines(questions, 2_000, "questions");
            if (questions.isEmpty() || questions.size() > MAX_QUESTIONS) {
                throw RuleViolationException.about("questions", "monitoring.rule.questions", MAX_QUESTIONS);
            }
            MonitoringRules.requireChosen(deadline, "deadline");
            addressees = addressees == null ? List.of() : List.copyOf(addressees);
            if (addressees.isEmpty()) {
                throw RuleViolationException.about("addressees", "monitoring.rule.required", "addressees");
            }
            if (addressees.stream().map(Addressee::department).distinct().count() < addressees.size()) {
                throw RuleViolationException.about("addressees", "monitoring.rule.addressed-twice");
            }
        }
    }

    /** A department's answer: one text per question, in order, and figures if it has any. */
    record Answer(List<String> answers, @Nullable String figures) {

        public Answer {
            answers = answers == null
                    ? List.of()
                    : answers.stream()
                            .map(text -> MonitoringRules.RULES.optional(text, 20_000, "answers"))
                            .map(text -> text == null ? "" : text)
                            .toList();
            figures = MonitoringRules.RULES.optional(figures, 20_000, "figures");
            if (answers.stream().allMatch(String::isEmpty) && figures == null) {
                throw RuleViolationException.about("answers", "monitoring.rule.answer-empty");
            }
        }
    }

    record Recipient(
            RecipientId id,
            DepartmentId department,
            String departmentName,
            String contactName,
            String contactEmail,
            @Nullable Answer answer,
            @Nullable Instant answeredAt,
            List<ReminderKind> reminded,
            boolean answerable,
            List<AnswerAttachments.Attachment> attachments) {}

    /** How many of the departments asked have answered. */
    record ResponseRate(int answered, int addressed) {

        public int percent() {
            return addressed == 0 ? 0 : Math.round(100f * answered / addressed);
        }
    }

    /** {@code rate} is null for a department's contacts, who see only their own part. */
    record RequestView(
            RequestId id,
            ProgrammeId programme,
            CityId city,
            long version,
            String title,
            List<String> questions,
            LocalDate deadline,
            State state,
            @Nullable Instant sentAt,
            List<Recipient> recipients,
            @Nullable ResponseRate rate,
            boolean manageable) {}

    record RequestSummary(RequestId id, String title, LocalDate deadline, State state, ResponseRate rate) {}

    record Assignment(
            RequestId id,
            RecipientId recipient,
            ProgrammeId programme,
            String title,
            LocalDate deadline,
            String departmentName,
            boolean answered) {}
}
