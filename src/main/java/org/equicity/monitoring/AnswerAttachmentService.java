package org.equicity.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.equicity.monitoring.InformationRequests.RecipientId;
import org.equicity.monitoring.InformationRequests.RequestId;
import org.equicity.monitoring.InformationRequests.State;
import org.equicity.people.Access;
import org.equicity.shared.CityId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.UploadedFiles;
import org.equicity.shared.UploadedFiles.StoredFile;
import org.equicity.shared.UploadedFiles.Upload;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The answer attachments facade: the same readers and writers as the answer the files stand beside. */
@Service
@Transactional
class AnswerAttachmentService implements AnswerAttachments {

    private final InformationRequestRepository requests;
    private final ProgrammeRepository programmes;
    private final RequestRecipientRepository recipients;
    private final AnswerAttachmentRepository attachments;
    private final AnswerAttachmentFileRepository files;
    private final Access access;
    private final Clock clock;

    AnswerAttachmentService(
            InformationRequestRepository requests,
            ProgrammeRepository programmes,
            RequestRecipientRepository recipients,
            AnswerAttachmentRepository attachments,
            AnswerAttachmentFileRepository files,
            Access access,
            Clock clock) {
        this.requests = requests;
        this.programmes = programmes;
        this.recipients = recipients;
        this.attachments = attachments;
        this.files = files;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public AttachmentId attach(RequestId id, RecipientId recipientId, Upload file) {
        var request = request(id);
        var recipient = recipient(request, recipientId.value());
        requireAnswering(request, recipient);
        if (request.state() != State.SENT) {
            throw new RuleViolationException("monitoring.rule.not-sent");
        }
        if (attachments.countByRecipientId(recipientId.value()) >= MAX_PER_ANSWER) {
            throw RuleViolationException.about("file", "monitoring.rule.attachments-count", "file", MAX_PER_ANSWER);
        }
        var attached = attachments.save(
                new AnswerAttachment(recipientId, UploadedFiles.checkedDocument(file), clock.instant()));
        files.save(new AnswerAttachmentFile(attached.id(), file.content()));
        return attached.id();
    }

    @Override
    public void remove(RequestId id, AttachmentId attachmentId) {
        var request = request(id);
        var attachment = attachment(attachmentId);
        requireAnswering(request, recipient(request, attachment.recipientId()));
        files.deleteById(attachmentId.value());
        attachments.delete(attachment);
    }

    @Override
    @Transactional(readOnly = true)
    public StoredFile file(RequestId id, AttachmentId attachmentId) {
        var request = request(id);
        var attachment = attachment(attachmentId);
        var recipient = recipient(request, attachment.recipientId());
        if (!access.canManageCity(request.city())
                && !access.isDepartmentContact(request.city(), recipient.department())) {
            throw new AccessDeniedException("An answer's files are read by its department and the coordinators");
        }
        var content = files.findById(attachmentId.value())
                .orElseThrow(() -> new NotFoundException("Attachment", attachmentId.value()));
        return new StoredFile(attachment.file(), content.content());
    }

    @Override
    @Transactional(readOnly = true)
    public List<HeldFiles> heldBy(CityId city) {
        if (!access.canManageCity(city)) {
            throw new AccessDeniedException("What the city holds is listed for its coordinators");
        }
        var cityRequests = requests.findByCityIdOrderByDeadlineDesc(city.value());
        var requestOf =
                recipients
                        .findByRequestIdIn(cityRequests.stream()
                                .map(request -> request.id().value())
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(recipient -> recipient.id().value(), RequestRecipient::requestId));
        var byRequest = attachments.findByRecipientIdInOrderByAddedAt(requestOf.keySet()).stream()
                .collect(Collectors.groupingBy(attachment -> requestOf.get(attachment.recipientId())));
        var titles = programmes
                .findAllById(cityRequests.stream()
                        .map(request -> request.programme().value())
                        .distinct()
                        .toList())
                .stream()
                .collect(Collectors.toMap(programme -> programme.id().value(), Programme::title));
        var held = new ArrayList<HeldFiles>();
        for (var request : cityRequests) {
            var files = byRequest.getOrDefault(request.id().value(), List.of());
            if (!files.isEmpty()) {
                var oldest = LocalDate.ofInstant(files.get(0).addedAt(), clock.getZone());
                var programme = titles.getOrDefault(request.programme().value(), "");
                held.add(new HeldFiles(request.programme(), programme, request.title(), files.size(), oldest));
            }
        }
        return held;
    }

    private void requireAnswering(InformationRequest request, RequestRecipient recipient) {
        if (!access.isDepartmentContact(request.city(), recipient.department())) {
            throw new AccessDeniedException("A department answers for itself");
        }
    }

    /** Another city's people learn nothing of its requests, not even which attachments exist. */
    private InformationRequest request(RequestId id) {
        var request = requests.findById(id.value()).orElseThrow(() -> new NotFoundException("Request", id.value()));
        if (!access.canReadCity(request.city())) {
            throw new AccessDeniedException("Monitoring is for the city's own people");
        }
        return request;
    }

    /** The recipient of this request only: an id of another request's recipient is not found here. */
    private RequestRecipient recipient(InformationRequest request, UUID recipientId) {
        return recipients
                .findById(recipientId)
                .filter(candidate -> candidate.requestId().equals(request.id().value()))
                .orElseThrow(() -> new NotFoundException("Recipient", recipientId));
    }

    private AnswerAttachment attachment(AttachmentId id) {
        return attachments.findById(id.value()).orElseThrow(() -> new NotFoundException("Attachment", id.value()));
    }
}
