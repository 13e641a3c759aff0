package org.equicity.monitoring.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.monitoring.AnswerAttachments;
import org.equicity.monitoring.AnswerAttachments.AttachmentId;
import org.equicity.monitoring.InformationRequests;
import org.equicity.monitoring.InformationRequests.Recipient;
import org.equicity.monitoring.InformationRequests.RecipientId;
import org.equicity.monitoring.InformationRequests.RequestId;
import org.equicity.monitoring.InformationRequests.RequestView;
import org.equicity.monitoring.Monitoring;
import org.equicity.monitoring.ProgrammeId;
import org.equicity.monitoring.web.RequestForms.AnswerForm;
import org.equicity.monitoring.web.RequestForms.RequestForm;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.web.FileDownloads;
import org.equicity.shared.web.FormErrors;
import org.equicity.shared.web.PageForms;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Information requests: the coordinators prepare and send them and follow the response rate and the answers; a
 * department's contacts find the requests to their department and answer them, seeing only their own part.
 */
@Controller
class RequestPages {

    private static final List<String> SUGGESTED = List.of(
            "monitoring.request.suggested.facts", "monitoring.request.suggested.problems",
            "monitoring.request.suggested.practices", "monitoring.request.suggested.needs");

    private final InformationRequests requests;
    private final AnswerAttachments attachments;
    private final Monitoring monitoring;
    private final Cities cities;
    private final PageForms forms;
    private final MessageSource messages;
    private final Clock clock;

    RequestPages(
            InformationRequests requests,
            AnswerAttachments attachments,
            Monitoring monitoring,
            Cities cities,
            PageForms forms,
            MessageSource messages,
            Clock clock) {
        this.requests = requests;
        this.attachments = attachments;
        this.monitoring = monitoring;
        this.cities = cities;
        this.forms = forms;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/manage/cities/{citySlug}/monitoring/{programmeId}/requests")
    String list(CitySummary city, @PathVariable UUID programmeId, Model model) {
        var programme = programme(city, programmeId);
        model.addAttribute("programme", monitoring.programme(programme));
        model.addAttribute("requests", requests.ofProgramme(programme));
        return "monitoring/requests";
    }

    @GetMapping("/manage/cities/{citySlug}/monitoring/{programmeId}/requests/new")
    String newRequest(CitySummary city, @PathVariable UUID programmeId, Locale locale, Model model) {
        var programme = programme(city, programmeId);
        forms.errors(model);
        var suggested = SUGGESTED.stream()
                .map(key -> messages.getMessage(key, null, locale))
                .toList();
        var form = RequestForm.blank(suggested, LocalDate.now(clock).plusWeeks(4), cities.departments(city.id()));
        return form(city, programme, form, model);
    }

    @PostMapping("/manage/cities/{citySlug}/monitoring/{programmeId}/requests/new")
    String prepare(
            CitySummary city,
            @PathVariable UUID programmeId,
            @ModelAttribute("form") RequestForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var programme = programme(city, programmeId);
        var errors = forms.errors(binding, model);
        return forms.save(
                errors,
                model,
                redirect,
                "monitoring.notice.request-prepared",
                () -> path(city, requests.prepare(programme, form.content())),
                conflict -> form(city, programme, form, model));
    }

    @GetMapping("/manage/cities/{citySlug}/monitoring/requests/mine")
    String mine(CitySummary city, Model model) {
        model.addAttribute("assignments", requests.assignedToMe(city.id()));
        return "monitoring/my-requests";
    }

    @GetMapping("/manage/cities/{citySlug}/monitoring/requests/{requestId}")
    String show(CitySummary city, @PathVariable UUID requestId, Model model) {
        var request = load(city, requestId);
        forms.errors(model);
        return page(request, null, null, model);
    }

    @PostMapping("/manage/cities/{citySlug}/monitoring/requests/{requestId}/send")
    String send(CitySummary city, @PathVariable UUID requestId, RedirectAttributes redirect) {
        var request = load(city, requestId);
        return forms.act(
                redirect,
                path(city, request.id()),
                "monitoring.notice.request-sent",
                "monitoring.conflict.title",
                () -> requests.send(request.id()));
    }

    @PostMapping("/manage/cities/{citySlug}/monitoring/requests/{requestId}/recipients/{recipientId}/answer")
    String answer(
            CitySummary city,
            @PathVariable UUID requestId,
            @PathVariable UUID recipientId,
            @ModelAttribute("answerForm") AnswerForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var request = load(city, requestId);
        var errors = forms.errors(binding, model);
        return forms.save(
                errors,
                model,
                redirect,
                "monitoring.notice.answered",
                () -> {
                    requests.answer(request.id(), new RecipientId(recipientId), form.answer());
                    return path(city, request.id());
                },
                conflict -> page(request, new RecipientId(recipientId), form, model));
    }

    @PostMapping("/manage/cities/{citySlug}/monitoring/requests/{requestId}/recipients/{recipientId}/attachments")
    String attach(
            CitySummary city,
            @PathVariable UUID requestId,
            @PathVariable UUID recipientId,
            @RequestParam(required = false) @Nullable MultipartFile file,
            Model model,
            RedirectAttributes redirect) {
        var request = load(city, requestId);
        return forms.save(
                forms.errors(model),
                model,
                redirect,
                "monitoring.notice.attached",
                () -> {
                    attachments.attach(request.id(), new RecipientId(recipientId), FileDownloads.upload(file));
                    return path(city, request.id()) + "#recipient-" + recipientId;
                },
                conflict -> page(request, new RecipientId(recipientId), null, model));
    }

    @PostMapping("/manage/cities/{citySlug}/monitoring/requests/{requestId}/attachments/{attachmentId}/removal")
    String removeAttachment(
            CitySummary city,
            @PathVariable UUID requestId,
            @PathVariable UUID attachmentId,
            RedirectAttributes redirect) {
        var request = load(city, requestId);
        return forms.act(
                redirect,
                path(city, request.id()),
                "monitoring.notice.attachment-removed",
                "monitoring.conflict.title",
                () -> attachments.remove(request.id(), new AttachmentId(attachmentId)));
    }

    /** An attached file, only ever as a download, for its department and the coordinators. */
    @GetMapping("/manage/cities/{citySlug}/monitoring/requests/{requestId}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(CitySummary city, @PathVariable UUID requestId, @PathVariable UUID attachmentId) {
        var request = load(city, requestId);
        return FileDownloads.download(attachments.file(request.id(), new AttachmentId(attachmentId)));
    }

    /**
     * The request with a form per department the reader answers for. The form just {@code sent} (its department's
     * recipient) keeps what was typed and its errors, under its own ids; the others show what is stored.
     */
    private String page(RequestView request, @Nullable RecipientId sent, @Nullable AnswerForm typed, Model model) {
        var recipients = request.recipients();
        int erring = recipients.stream().map(Recipient::id).toList().indexOf(sent);
        if (erring >= 0 && model.getAttribute("errors") instanceof FormErrors errors) {
            errors.ofRepeatedForm("-" + erring);
        }
        model.addAttribute("request", request);
        model.addAttribute("erring", erring);
        model.addAttribute(
                "answerForms",
                IntStream.range(0, recipients.size())
                        .mapToObj(index -> index == erring && typed != null
                                ? typed
                                : AnswerForm.of(recipients.get(index).answer()))
                        .toList());
        return "monitoring/request";
    }

    private String form(CitySummary city, ProgrammeId programme, RequestForm form, Model model) {
        if (!monitoring.canManage(city.id())) {
            throw new AccessDeniedException("Information requests are sent by the city's coordinators");
        }
        model.addAttribute("programme", monitoring.programme(programme));
        model.addAttribute("form", form);
        model.addAttribute("questionFields", form.questionFields());
        model.addAttribute("departments", cities.departments(city.id()));
        return "monitoring/request-form";
    }

    private ProgrammeId programme(CitySummary city, UUID programmeId) {
        var programme = monitoring.programme(new ProgrammeId(programmeId));
        if (!programme.city().equals(city.id())) {
            throw new NotFoundException("Programme", programmeId);
        }
        return programme.id();
    }

    private RequestView load(CitySummary city, UUID requestId) {
        var request = requests.request(new RequestId(requestId));
        if (!request.city().equals(city.id())) {
            throw new NotFoundException("Request", requestId);
        }
        return request;
    }

    private static String path(CitySummary city, RequestId request) {
        return "/manage/cities/" + city.slug() + "/monitoring/requests/" + request.value();
    }
}
