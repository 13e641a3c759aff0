package org.equicity.monitoring;

import java.util.List;
import java.util.stream.Collectors;
import org.equicity.city.Cities;
import org.equicity.monitoring.AnswerAttachments.Attachment;
import org.equicity.monitoring.InformationRequests.Recipient;
import org.equicity.monitoring.InformationRequests.RequestView;
import org.equicity.monitoring.InformationRequests.ResponseRate;
import org.equicity.monitoring.InformationRequests.State;
import org.equicity.shared.DepartmentId;
import org.springframework.stereotype.Component;

/** Information requests as their readers see them, for {@link RequestService}, which has chosen the recipients. */
@Component
class RequestViews {

    private final Cities cities;
    private final AnswerAttachmentRepository attachments;

    RequestViews(Cities cities, AnswerAttachmentRepository attachments) {
        this.cities = cities;
        this.attachments = attachments;
    }

    /** With {@code coordinator}, the response rate over every department asked; otherwise none. */
    RequestView view(InformationRequest request, List<RequestRecipient> shown, boolean coordinator) {
        var answerable = request.state() == State.SENT && !coordinator;
        var attached = attachments
                .findByRecipientIdInOrderByAddedAt(
                        shown.stream().map(recipient -> recipient.id().value()).toList())
                .stream()
                .collect(Collectors.groupingBy(
                        AnswerAttachment::recipientId,
                        Collectors.mapping(
                                attachment -> new Attachment(attachment.id(), attachment.file()),
                                Collectors.toList())));
        return new RequestView(
                request.id(),
                request.programme(),
                request.city(),
                request.version(),
                request.title(),
                request.questions(),
                request.deadline(),
                request.state(),
                request.sentAt(),
                shown.stream()
                        .map(recipient -> new Recipient(
                                recipient.id(),
                                recipient.department(),
                                departmentName(recipient.department()),
                                recipient.contactName(),
                                recipient.contactEmail(),
                                recipient.answer(),
                                recipient.answeredAt(),
                                recipient.reminded(),
                                answerable,
                                attached.getOrDefault(recipient.id().value(), List.of())))
                        .toList(),
                coordinator ? rate(shown) : null,
                coordinator);
    }

    String departmentName(DepartmentId department) {
        return cities.department(department).map(Cities.DepartmentSummary::name).orElse("");
    }

    static ResponseRate rate(List<RequestRecipient> recipients) {
        return new ResponseRate(
                (int) recipients.stream().filter(RequestRecipient::answered).count(), recipients.size());
    }
}
