package org.equicity.monitoring;

import java.util.Locale;
import org.equicity.city.Cities;
import org.equicity.mail.Mailer;
import org.equicity.mail.OutgoingMail;
import org.equicity.monitoring.InformationRequests.RecipientId;
import org.equicity.monitoring.InformationRequests.RequestId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a department's named contact of an information request, and reminds them, by mail in the city's main
 * language. A plain listener: the mail is written to the outbox in the transaction that sent the request or noted
 * the reminder, so that neither is recorded without its mail; the mail module delivers it after the commit.
 */
@Component
class RequestMails {

    private final InformationRequestRepository requests;
    private final RequestRecipientRepository recipients;
    private final RequestViews views;
    private final Cities cities;
    private final Mailer mailer;
    private final String baseUrl;

    RequestMails(
            InformationRequestRepository requests,
            RequestRecipientRepository recipients,
            RequestViews views,
            Cities cities,
            Mailer mailer,
            @Value("${equicity.base-url:http://localhost:8080}") String baseUrl) {
        this.requests = requests;
        this.recipients = recipients;
        this.views = views;
        this.cities = cities;
        this.mailer = mailer;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @EventListener
    void on(InformationRequested requested) {
        mail(requested.request(), requested.recipient(), "monitoring-request");
    }

    @EventListener
    void on(InformationRequestReminded reminded) {
        mail(reminded.request(), reminded.recipient(), "monitoring-reminder." + reminded.kind());
    }

    private void mail(RequestId requestId, RecipientId recipientId, String template) {
        var request = requests.findById(requestId.value()).orElseThrow();
        var recipient = recipients.findById(recipientId.value()).orElseThrow();
        var city = cities.find(request.city()).orElseThrow();
        var link = baseUrl + "/manage/cities/" + city.slug() + "/monitoring/requests/" + requestId.value();
        mailer.send(new OutgoingMail(
                recipient.contactEmail(),
                Locale.forLanguageTag(city.mainLanguage()),
                template,
                recipient.contactName(),
                city.name(),
                request.title(),
                request.deadline().toString(),
                link,
                views.departmentName(recipient.department())));
    }
}
