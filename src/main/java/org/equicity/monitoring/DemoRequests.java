package org.equicity.monitoring;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.equicity.city.Cities;
import org.equicity.monitoring.InformationRequests.Addressee;
import org.equicity.monitoring.InformationRequests.Answer;
import org.equicity.monitoring.InformationRequests.RequestContent;
import org.equicity.shared.DemoContentPart;
import org.equicity.shared.UploadedFiles.Upload;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The demo city's information request of its monitoring: sent to two departments, answered by the demo department's
 * contact with a table of figures attached, while the housing office has yet to answer. It acts as the city's people,
 * who exist only once the demo loader has created them.
 */
@Component
@ConditionalOnBooleanProperty("equicity.demo.enabled")
class DemoRequests implements DemoContentPart {

    private final InformationRequests requests;
    private final AnswerAttachments attachments;
    private final Monitoring monitoring;
    private final Cities cities;
    private final Clock clock;

    DemoRequests(
            InformationRequests requests,
            AnswerAttachments attachments,
            Monitoring monitoring,
            Cities cities,
            Clock clock) {
        this.requests = requests;
        this.attachments = attachments;
        this.monitoring = monitoring;
        this.cities = cities;
        this.clock = clock;
    }

    @Override
    public void load(DemoPeople people) {
        var city = cities.bySlug("beispielstadt");
        var departments = cities.departments(city.id());
        var equality = departments.stream()
                .filter(department -> department.name().startsWith("Stelle"))
                .findFirst()
                .orElseThrow();
        var housing = departments.stream()
                .filter(department -> department.name().startsWith("Wohnungsamt"))
                .findFirst()
                .orElseThrow();
        var contact = people.account("department", city.slug());
        people.signIn(people.account("coordinator", city.slug()));
        var request = requests.prepare(
                monitoring.programmes(city.id()).get(0).id(),
                new RequestContent(
                        "Auskunftsersuchen: Leistungen und Diskriminierung",
                        List.of(
                                "Welche Zahlen und Fakten hat Ihre Dienststelle zu Beschwerden und Beratungen?",
                                "Wo sehen Sie Probleme und Herausforderungen?",
                                "Welche guten Praktiken gibt es in Ihrer Dienststelle?"),
                        LocalDate.now(clock).plusWeeks(3),
                        List.of(
                                new Addressee(equality.id(), equality.name(), contact),
                                new Addressee(housing.id(), "Leitung Wohnungsamt", "wohnungsamt@example.org"))));
        requests.send(request);
        people.signIn(contact);
        var own = requests.request(request).recipients().get(0).id();
        requests.answer(
                request,
                own,
                new Answer(
                        List.of(
                                "36 Beratungsfälle im letzten Jahr, davon 14 zum Wohnen; die Tabelle ist angehängt.",
                                "Viele Betroffene kennen die Beratungsstelle nicht.",
                                "Sprechstunden in drei Stadtteilen mit Dolmetschdienst."),
                        "Beratungsfälle: 36 (Wohnen 14, Arbeit 9, Ämter 8, Sonstiges 5)"));
        attachments.attach(
                request,
                own,
                new Upload(
                        "Beratungsfaelle.csv",
                        "Lebensbereich;Fälle\nWohnen;14\nArbeit;9\nÄmter;8\nSonstiges;5\n"
                                .getBytes(StandardCharsets.UTF_8)));
    }
}
