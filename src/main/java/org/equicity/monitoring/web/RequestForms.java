package org.equicity.monitoring.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.equicity.city.Cities.DepartmentSummary;
import org.equicity.monitoring.InformationRequests;
import org.equicity.monitoring.InformationRequests.Addressee;
import org.equicity.monitoring.InformationRequests.Answer;
import org.equicity.monitoring.InformationRequests.RequestContent;
import org.equicity.shared.DepartmentId;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of information requests: the request a coordinator prepares, and a department's answer. */
final class RequestForms {

    private RequestForms() {}

    /** A department of the city, ticked when it is asked, with the contact named to answer for it. */
    record AddresseeRow(
            @Nullable UUID department,
            @Nullable Boolean asked,
            @Nullable String contactName,
            @Nullable String contactEmail) {}

    /** The toolkit's blank form: up to five open questions, a deadline and the departments asked. */
    record RequestForm(
            @Nullable String title,
            @Nullable List<String> questions,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate deadline,

            @Nullable List<AddresseeRow> addressees) {

        /** The questions the toolkit suggests, and a row per department of the city. */
        static RequestForm blank(List<String> suggested, LocalDate deadline, List<DepartmentSummary> departments) {
            return new RequestForm(
                    null,
                    suggested,
                    deadline,
                    departments.stream()
                            .map(department -> new AddresseeRow(department.id().value(), false, null, null))
                            .toList());
        }

        /** The question fields shown: what was typed, then empty ones up to five. */
        List<String> questionFields() {
            var fields = new ArrayList<String>(questions == null ? List.of() : questions);
            while (fields.size() < InformationRequests.MAX_QUESTIONS) {
                fields.add("");
            }
            return fields;
        }

        RequestContent content() {
            var asked = addressees == null
                    ? List.<Addressee>of()
                    : addressees.stream()
                            .filter(row -> row != null && Boolean.TRUE.equals(row.asked()) && row.department() != null)
                            .map(row -> new Addressee(
                                    new DepartmentId(Objects.requireNonNull(row.department())),
                                    row.contactName() == null ? "" : row.contactName(),
                                    row.contactEmail() == null ? "" : row.contactEmail()))
                            .toList();
            return new RequestContent(
                    title == null ? "" : title,
                    questions == null ? List.of() : questions,
                    SteeringForms.required(deadline, "deadline"),
                    asked);
        }
    }

    /** A department's answer, one text per question, and its figures. */
    record AnswerForm(
            @Nullable List<String> answers, @Nullable String figures) {

        static AnswerForm of(@Nullable Answer answer) {
            return answer == null
                    ? new AnswerForm(List.of(), null)
                    : new AnswerForm(answer.answers(), answer.figures());
        }

        Answer answer() {
            return new Answer(answers == null ? List.of() : answers, figures);
        }

        public String answerTo(int question) {
            return answers == null || question >= answers.size() || answers.get(question) == null
                    ? ""
                    : answers.get(question);
        }
    }
}
