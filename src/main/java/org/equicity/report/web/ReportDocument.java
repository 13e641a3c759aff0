package org.equicity.report.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.equicity.city.Cities.Level1Profile;
import org.equicity.report.Explanation;
import org.equicity.report.ReportedAction;
import org.equicity.report.Reports.ReportExport;

/**
 * A report as the published JSON schema {@code /schemas/report/1.0.json} describes it. The schema is a promise to
 * whoever reads these files: a field is added only with a new minor version of the schema, and renamed or removed
 * only with a new major one. {@code ReportDocumentSchemaTests} keeps the two in step.
 */
record ReportDocument(
        @JsonProperty("$schema") String schema,
        String schemaVersion,
        UUID id,
        Cycle cycle,
        City city,
        Integer version,
        String status,
        Instant submittedAt,
        Instant decidedAt,
        String language,
        Level1 level1,
        List<Action> actions,
        List<Explanation> explanations) {

    static final String SCHEMA_VERSION = "1.0";
    static final String SCHEMA_PATH = "/schemas/report/" + SCHEMA_VERSION + ".json";

    record Network(UUID id, String name) {}

    record Cycle(
            UUID id,
            String name,
            Network network,
            LocalDate periodFrom,
            LocalDate periodTo,
            LocalDate deadline,
            String framework) {}

    record City(UUID id, String slug, String name) {}

    record Person(String name, String position, String email, String phone) {}

    record Politician(String name, String office) {}

    record Contact(String address, String website, String email) {}

    record Level1(
            Person focalPoint,
            Politician politicalResponsibility,
            String coordinationStructure,
            String networksAndMemberships,
            Contact publicContact,
            String description) {

        static Level1 of(Level1Profile profile) {
            var focal = profile.focalPoint();
            var politician = profile.politicalResponsibility();
            var contact = profile.publicContact();
            return new Level1(
                    new Person(focal.name(), focal.position(), focal.email(), focal.phone()),
                    new Politician(politician.name(), politician.office()),
                    profile.coordinationStructure(),
                    profile.networksAndMemberships(),
                    new Contact(contact.address(), contact.website(), contact.email()),
                    profile.description());
        }
    }

    record Action(
            UUID id,
            UUID planAction,
            String title,
            String objectives,
            String methods,
            String duration,
            String impact,
            String department,
            String commitment,
            List<String> fieldsOfActivity,
            String track,
            String status,
            Integer progress,
            List<String> evidenceLinks) {

        static Action of(ReportedAction action) {
            return new Action(
                    action.id().value(),
                    action.planAction() == null ? null : action.planAction().value(),
                    action.title(),
                    action.objectives(),
                    action.methods(),
                    action.duration(),
                    action.impact(),
                    action.department(),
                    action.commitment(),
                    action.fieldsOfActivity(),
                    action.track(),
                    action.status() == null ? null : action.status().name(),
                    action.progress(),
                    action.evidenceLinks());
        }
    }

    record Explanation(String commitment, String text) {}

    /** @param baseUrl where this installation is reached, so that {@code $schema} is an address that answers */
    static ReportDocument of(ReportExport report, String baseUrl) {
        var cycle = report.cycle();
        var content = report.content();
        return new ReportDocument(
                baseUrl + SCHEMA_PATH,
                SCHEMA_VERSION,
                report.id().value(),
                new Cycle(
                        cycle.id().value(),
                        cycle.name(),
                        new Network(cycle.network().value(), cycle.networkName()),
                        cycle.periodFrom(),
                        cycle.periodTo(),
                        cycle.deadline(),
                        report.framework().toString()),
                new City(report.city().value(), report.citySlug(), report.cityName()),
                report.version(),
                report.status().name(),
                report.submittedAt(),
                report.decidedAt(),
                content.language(),
                Level1.of(content.level1()),
                content.actions().stream().map(Action::of).toList(),
                content.explanations().stream()
                        .map(explanation -> new Explanation(explanation.commitment(), explanation.text()))
                        .toList());
    }
}
