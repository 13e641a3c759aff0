package org.equicity.monitoring;

import java.util.LinkedHashMap;
import java.util.Locale;
import org.equicity.city.Cities;
import org.equicity.mail.Mailer;
import org.equicity.mail.OutgoingMail;
import org.equicity.monitoring.InformationRequests.State;
import org.equicity.people.People;
import org.equicity.shared.DepartmentId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * "Make sure that all parties that participated in providing information are informed": when a report is published,
 * the contacts who answered its programme's information requests (in the city's main language, the one they were
 * asked in) and the contacts of the departments that attached a statement (each in their own language) get a mail
 * with the links to the public page and the PDF, once each.
 */
@Component
class PublicationMails {

    private final ProgrammeReportRepository reports;
    private final InformationRequestRepository requests;
    private final RequestRecipientRepository recipients;
    private final Cities cities;
    private final People people;
    private final Mailer mailer;
    private final String baseUrl;

    PublicationMails(
            ProgrammeReportRepository reports,
            InformationRequestRepository requests,
            RequestRecipientRepository recipients,
            Cities cities,
            People people,
            Mailer mailer,
            @Value("${equicity.base-url:http://localhost:8080}") String baseUrl) {
        this.reports = reports;
        this.requests = requests;
        this.recipients = recipients;
        this.cities = cities;
        this.people = people;
        this.mailer = mailer;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @ApplicationModuleListener
    void on(MonitoringReportPublished published) {
        var report = reports.findById(published.programme().value()).orElseThrow();
        var city = cities.find(published.city()).orElseThrow();
        var addressees = new LinkedHashMap<String, Addressee>();
        for (var statement : report.statements()) {
            people.departmentContactsToNotify(city.id(), new DepartmentId(statement.department))
                    .forEach(person -> addressees.putIfAbsent(
                            key(person.email()),
                            new Addressee(person.email(), person.displayName(), person.language())));
        }
        requests.findByProgrammeIdOrderByDeadlineDesc(published.programme().value()).stream()
                .filter(request -> request.state() == State.SENT)
                .flatMap(request -> recipients.findByRequestId(request.id().value()).stream())
                .filter(RequestRecipient::answered)
                .forEach(recipient -> addressees.putIfAbsent(
                        key(recipient.contactEmail()),
                        new Addressee(recipient.contactEmail(), recipient.contactName(), city.mainLanguage())));
        var page = baseUrl + "/cities/" + city.slug() + "/monitoring";
        var pdf = page + "/" + published.programme().value() + ".pdf";
        addressees
                .values()
                .forEach(addressee -> mailer.send(new OutgoingMail(
                        addressee.email(),
                        Locale.forLanguageTag(addressee.language()),
                        "monitoring-published",
                        addressee.name(),
                        city.name(),
                        report.text().title(),
                        page,
                        pdf)));
    }

    private static String key(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    private record Addressee(String email, String name, String language) {}
}
