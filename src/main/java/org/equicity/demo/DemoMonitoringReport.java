package org.equicity.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.monitoring.FollowUps;
import org.equicity.monitoring.FollowUps.FollowUpNote;
import org.equicity.monitoring.Monitoring;
import org.equicity.monitoring.Monitoring.Appointment;
import org.equicity.monitoring.MonitoringReports;
import org.equicity.monitoring.MonitoringReports.Finding;
import org.equicity.monitoring.MonitoringReports.Recommendation;
import org.equicity.monitoring.MonitoringReports.ReportText;
import org.equicity.monitoring.ProgrammeId;
import org.equicity.plan.Plans;
import org.equicity.shared.DepartmentId;
import org.springframework.stereotype.Component;

/**
 * The report of Beispielstadt's inner-administrative monitoring ({@link DemoMonitoring} sets the programme up): a
 * published report whose confidential findings stay with the city, one recommendation taken into the action plan,
 * another followed up in a focus group.
 */
@Component
class DemoMonitoringReport {

    private final Monitoring monitoring;
    private final MonitoringReports reports;
    private final FollowUps followUps;
    private final Plans plans;
    private final Cities cities;
    private final Clock clock;

    DemoMonitoringReport(
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

    void beispielstadt(CitySummary city, ProgrammeId programme) {
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
