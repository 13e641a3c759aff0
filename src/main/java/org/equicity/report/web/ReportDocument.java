package org.equicity.report.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.equicity.city.Cities.Level1Profile;
import org.equicity.report.Explanation;
import org.equicity.report.ReportedAction;
import org.equicity.report.ReportedIndicator;
import org.equicity.report.ReportedMonitoring;
import org.equicity.report.Reports.ReportExport;

/**
 * A report as the published JSON schema {@code /schemas/report/1.2.json} describes it. The schema is a promise to
 * whoever reads these files: a field is added only with a new minor version of the schema, and renamed or removed
 * only with a new major one; 1.1 added the indicators of actions and commitments, 1.2 the published monitoring the
 * report shares when its cycle asks for it, each as optional properties, so that every earlier document stays valid. {@code ReportExportTests} keeps schemas and documents in step.
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
        List<Explanation> explanations,
        List<CommitmentIndicators> commitmentIndicators,
        List<ReportedMonitoring> monitoring) {

    static final String SCHEMA_VERSION = "1.2";
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
            List<String> evidenceLinks,
            List<Indicator> indicators) {

        static Action of(ReportedAction action, List<ReportedIndicator> indicators) {
            var planAction =
                    action.planAction() == null ? null : action.planAction().value();
            return new Action(
                    action.id().value(),
                    planAction,
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
                    action.evidenceLinks(),
                    indicators.stream()
                            .filter(indicator -> planAction != null && planAction.equals(indicator.action()))
                            .map(Indicator::of)
                            .toList());
        }
    }

    /** Since 1.1: the indicators of a commitment as a whole. */
    record CommitmentIndicators(String commitment, List<Indicator> indicators) {}

    /** Since 1.1: an indicator with its published figures; suppressed figures have no value. */
    record Indicator(
            UUID id,
            String kind,
            String name,
            String language,
            String unit,
            Integer rateBase,
            String currency,
            String direction,
            ReportedIndicator.Baseline baseline,
            ReportedIndicator.Target target,
            ReportedIndicator.Latest latest,
            Progress progress) {

        static Indicator of(ReportedIndicator indicator) {
            return new Indicator(
                    indicator.id(),
                    indicator.kind(),
                    indicator.name(),
                    indicator.language(),
                    indicator.unit(),
                    indicator.rateBase(),
                    indicator.currency(),
                    indicator.direction(),
                    indicator.baseline(),
                    indicator.target(),
                    indicator.latest(),
                    new Progress(indicator.progress(), indicator.progressMethod()));
        }
    }

    record Progress(String status, String method) {}

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
                content.actions().stream()
                        .map(action -> Action.of(action, report.indicators()))
                        .toList(),
                content.explanations().stream()
                        .map(explanation -> new Explanation(explanation.commitment(), explanation.text()))
                        .toList(),
                commitmentIndicators(report.indicators()),
                report.monitoring());
    }

    private static List<CommitmentIndicators> commitmentIndicators(List<ReportedIndicator> indicators) {
        var byCommitment = new LinkedHashMap<String, List<Indicator>>();
        indicators.stream()
                .filter(indicator -> indicator.commitment() != null)
                .forEach(indicator -> byCommitment
                        .computeIfAbsent(indicator.commitment(), code -> new ArrayList<>())
                        .add(Indicator.of(indicator)));
        return byCommitment.entrySet().stream()
                .map(entry -> new CommitmentIndicators(entry.getKey(), entry.getValue()))
                .toList();
    }
}
