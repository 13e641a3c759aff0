package org.equicity.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.monitoring.FollowUps;
import org.equicity.monitoring.FollowUps.FollowUpNote;
import org.equicity.monitoring.Monitoring;
import org.equicity.monitoring.Monitoring.Appointment;
import org.equicity.monitoring.Monitoring.Budget;
import org.equicity.monitoring.Monitoring.Cycle;
import org.equicity.monitoring.Monitoring.DataCollector;
import org.equicity.monitoring.Monitoring.Decision;
import org.equicity.monitoring.Monitoring.ProgrammeContent;
import org.equicity.monitoring.MonitoringReports;
import org.equicity.monitoring.MonitoringReports.Finding;
import org.equicity.monitoring.MonitoringReports.Recommendation;
import org.equicity.monitoring.MonitoringReports.ReportText;
import org.equicity.monitoring.ProgrammeId;
import org.equicity.plan.Plans;
import org.equicity.shared.DepartmentId;
import org.springframework.stereotype.Component;

/**
 * Beispielstadt's inner-administrative monitoring: a published report whose confidential findings stay with the city,
 * one recommendation taken into the action plan, another followed up in a focus group. Its data collection is added by
 * the nested module itself, as a {@link org.equicity.shared.DemoContentPart}.
 */
@Component
class DemoMonitoring {

    private final Monitoring monitoring;
    private final MonitoringReports reports;
    private final FollowUps followUps;
    private final Plans plans;
    private final Cities cities;
    private final Clock clock;

    DemoMonitoring(
            Monitoring monitoring,
            MonitoringReports reports,
            FollowUps followUps,
            Plans plans,
            Cities cities,
            Clock clock) {
        this.clock = clock;
        this.monitoring = monitoring;
        this.reports = reports;
        this.followUps = followUps;
        this.plans = plans;
        this.cities = cities;
    }

    void beispielstadt(CitySummary city) {
        var programme = monitoring.setUp(
                city.id(),
                new ProgrammeContent(
                        "inner-administrative",
                        "Verwaltungsinternes Diskriminierungsmonitoring",
                        new Decision("Stadtrat", LocalDate.of(2023, 11, 16), "Stadtratsbeschluss 2023/412"),
                        "Erheben, wo Leistungen und Verfahren der Dienststellen diskriminieren oder schützen können,"
                                + " mit vertraulicher Rückmeldung an jede Dienststelle.",
                        List.of(new Budget(2024, new BigDecimal("0.5"), new BigDecimal("15000"))),
                        "EUR",
                        DataCollector.INTERNAL,
                        "Stelle für Vielfalt und Antidiskriminierung",
                        Cycle.EVERY_TWO_YEARS,
                        List.of("public-services", "city-staff", "incidents", "housing", "goods-and-services"),
                        List.of()));
        monitoring.appoint(
                programme,
                new Appointment(
                        "Dr. Miriam Okafor",
                        "Stelle für Vielfalt und Antidiskriminierung",
                        "Leitung",
                        "city-administration",
                        LocalDate.of(2024, 1, 15),
                        null));
        var housing = department(city, "Wohnungsamt");
        var personnel = department(city, "Personalamt");
        report(programme, housing, personnel);
        var recommendations = followUps.ofProgramme(programme);
        var plan = plans.ofCity(city.id()).get(0).id();
        var commitment = plans.plan(plan).commitments().get(0).id();
        followUps.turnIntoAction(recommendations.get(0).id(), plan, commitment);
        followUps.recordFollowUp(
                recommendations.get(1).id(),
                new FollowUpNote(
                        LocalDate.now(clock),
                        "focus-group-department",
                        "Das Personalamt prüft anonymisierte Bewerbungsverfahren für zwei Ausbildungsberufe."));
    }

    private void report(ProgrammeId programme, DepartmentId housing, DepartmentId personnel) {
        reports.write(
                programme,
                0,
                new ReportText(
                        "Verwaltungsinternes Diskriminierungsmonitoring 2024",
                        List.of(),
                        List.of(new Finding(
                                housing,
                                "Vertraulich: Die Vergabe städtischer Wohnungen fragt nach der Staatsangehörigkeit,"
                                        + " obwohl sie für die Entscheidung keine Rolle spielen darf.")),
                        List.of(
                                new Recommendation(
                                        "Die Vergabekriterien für städtische Wohnungen offenlegen und die Frage nach"
                                                + " der Staatsangehörigkeit streichen.",
                                        housing,
                                        null,
                                        "Leitung Wohnungsamt",
                                        LocalDate.of(2026, 6, 30)),
                                new Recommendation(
                                        "Anonymisierte Bewerbungsverfahren in der Stadtverwaltung erproben.",
                                        personnel,
                                        null,
                                        "Leitung Personalamt",
                                        LocalDate.of(2026, 12, 31))),
                        "Elf Dienststellen haben Auskunft gegeben. Die meisten kennen die Stellen, an denen"
                                + " Diskriminierung vorkommen kann; zwei brauchen Unterstützung.",
                        "Die Stadt hat ihre Ämter gefragt: Wo werden Menschen benachteiligt? Zwei Ämter sollen"
                                + " etwas ändern."));
        reports.recordDiscussion(programme, version(programme));
        reports.askForStatements(
                programme, version(programme), LocalDate.now(clock).plusDays(1));
        reports.recordCouncilPresentation(programme, version(programme), LocalDate.now(clock), "Zur Kenntnis genommen");
        reports.publish(programme, version(programme));
    }

    private long version(ProgrammeId programme) {
        return reports.report(programme).version();
    }

    private DepartmentId department(CitySummary city, String nameStart) {
        return cities.departments(city.id()).stream()
                .filter(department -> department.name().startsWith(nameStart))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
