package org.equicity;

import static org.equicity.city.TestCities.as;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.equicity.assessment.Assessments;
import org.equicity.city.Cities;
import org.equicity.framework.FrameworkRef;
import org.equicity.indicator.IndicatorId;
import org.equicity.indicator.Indicators;
import org.equicity.indicator.OwnDimensions;
import org.equicity.monitoring.AnswerAttachments;
import org.equicity.monitoring.FollowUps;
import org.equicity.monitoring.InformationRequests;
import org.equicity.monitoring.Monitoring;
import org.equicity.monitoring.MonitoringFixtures;
import org.equicity.monitoring.MonitoringReports;
import org.equicity.monitoring.collection.CollectionFixtures;
import org.equicity.monitoring.collection.DataCollection;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.plan.CommitmentContent;
import org.equicity.plan.NeedContent;
import org.equicity.plan.NeedMethod;
import org.equicity.plan.PlanDetails;
import org.equicity.plan.Plans;
import org.equicity.plan.Plans.NewPlan;
import org.equicity.plan.consultation.PlanConsultation;
import org.equicity.plan.consultation.PlanConsultation.NewComment;
import org.equicity.practice.ContributorKind;
import org.equicity.practice.Contributors;
import org.equicity.practice.Contributors.ContributorDetails;
import org.equicity.practice.OwnerLevel;
import org.equicity.practice.PracticeCalls;
import org.equicity.report.ReportFixtures;
import org.equicity.report.Reports;
import org.equicity.review.ReviewFixtures;
import org.equicity.selfassessment.SelfAssessmentFixtures;
import org.equicity.selfassessment.SelfAssessmentId;
import org.equicity.selfassessment.SelfAssessments;
import org.equicity.selfassessment.peerreview.PeerReviews;
import org.equicity.shared.CityId;
import org.equicity.shared.DepartmentId;
import org.equicity.shared.LocalizedText;
import org.equicity.shared.UploadedFiles;
import org.equicity.statistics.Statistics;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * One city in its own network with something of every kind a request can name (a plan with commitments, needs,
 * actions and a comment, a department and its contact, a draft report and an accepted one, a practice under review),
 * and the people who own them: the fuzz test points its requests at these. {@link #ids} holds the values a path
 * variable or a body field of each kind can take, the first being the one the mutated requests use.
 */
record FuzzTenant(ReviewFixtures fixtures, UserDetails owner, Map<String, List<String>> ids) {

    /** Kinds whose values do not belong to any tenant: frameworks, datasets, links and jobs nobody has. */
    static final Map<String, List<String>> SHARED = Map.of(
            "framework", List.of("eccar-commitments"),
            "framework-version", List.of("2023"),
            "framework-code", List.of("1"),
            "dataset", Statistics.DATASETS,
            "report-version", List.of("1"),
            "report-action-index", List.of("0"),
            "token", List.of("no-such-token"),
            "import", List.of("00000000-0000-0000-0000-000000000001"),
            "translation-job", List.of("00000000-0000-0000-0000-000000000002"),
            "year", List.of("2025"));

    static FuzzTenant create(ApplicationContext context, String name) {
        var fixtures = ReviewFixtures.create(context);
        var report = fixtures.report();
        var city = report.city();
        var network = report.network();
        var admin = TestPeople.holding(context, RoleGrant.platformAdmin());
        var department = as(admin, () -> context.getBean(Cities.class).addDepartment(city.id(), name + " office"));
        var contact = TestPeople.holding(context, RoleGrant.departmentContact(city.id(), department.id()));
        var owner = TestPeople.holding(
                context,
                RoleGrant.inCity(Role.CITY_COORDINATOR, city.id()),
                RoleGrant.inNetwork(Role.NETWORK_SECRETARIAT, network.id()));
        var plans = context.getBean(Plans.class);
        // the report's plan is adopted; the fuzzed plan is one of the city's in consultation, open to comments
        var plan = as(
                report.coordinator(),
                () -> plans.create(new NewPlan(
                        city.id(),
                        new PlanDetails(name + " plan", 2025, 2030, null),
                        FrameworkRef.parse("eccar-commitments@2023"),
                        FrameworkRef.parse("eccar-tracks@2023"),
                        null)));
        var need = as(
                report.coordinator(),
                () -> plans.addNeed(plan, new NeedContent(NeedMethod.SURVEY, null, null, "Need", null, null, null)));
        var commitment = as(
                report.coordinator(),
                () -> plans.addCommitment(
                        plan,
                        new CommitmentContent(
                                "2", null, null, null, null, null, List.of(), List.of(), null, null, List.of(),
                                List.of(), null)));
        var action = as(report.coordinator(), () -> {
            var added = plans.addAction(plan, commitment, ReportFixtures.action("Fuzzed action", 2024));
            plans.openConsultation(plan);
            return added;
        });
        var comment = as(
                contact,
                () -> context.getBean(PlanConsultation.class)
                        .comment(plan, new NewComment(null, action, "Comment", null)));
        var reports = context.getBean(Reports.class);
        var accepted = report.acceptedReport(context, name + " accepted cycle");
        var acceptedCycle = as(admin, () -> reports.report(accepted).cycle().id());
        var openCycle = report.openCycle(context, name + " open cycle", 2025);
        var draft = as(report.coordinator(), () -> reports.startReport(openCycle, city.id()));
        var reportedAction = as(
                admin,
                () -> reports.report(draft).content().actions().stream()
                        .map(reported -> reported.id().value().toString())
                        .findFirst()
                        .orElse(UUID.randomUUID().toString()));
        var practice = fixtures.directSubmission(context, name + " practice");
        var review = fixtures.assign(context, practice, fixtures.reviewer());
        var contributor = as(
                owner,
                () -> context.getBean(Contributors.class)
                        .add(
                                network.id(),
                                new ContributorDetails(
                                        name + " ministry",
                                        ContributorKind.NATIONAL_AUTHORITY,
                                        OwnerLevel.NATIONAL,
                                        List.of())));
        var ids = new LinkedHashMap<String, List<String>>(SHARED);
        ids.put("contributor", List.of(contributor.value().toString()));
        var call = as(
                owner,
                () -> context.getBean(PracticeCalls.class)
                        .open(
                                network.id(),
                                new PracticeCalls.CallDetails(
                                        name + " call",
                                        null,
                                        java.time.LocalDate.now().plusDays(30),
                                        List.of())));
        ids.put("call", List.of(call.value().toString()));
        var indicator = as(
                owner,
                () -> context.getBean(Indicators.class)
                        .define(new Indicators.NewIndicator(
                                city.id(),
                                new Indicators.Link(null, null, null),
                                new Indicators.Definition(
                                        Indicators.Kind.OUTCOME,
                                        name + " incidents",
                                        "Incidents reported in the year",
                                        "en",
                                        Indicators.Unit.COUNT,
                                        null,
                                        null,
                                        Indicators.Direction.HIGHER_IS_BETTER,
                                        null,
                                        "Case files",
                                        "Counted once",
                                        Indicators.Frequency.YEARLY,
                                        department.id(),
                                        List.of("breakdown-sex"),
                                        new Indicators.Baseline(
                                                java.math.BigDecimal.TEN,
                                                java.time.LocalDate.of(2020, 12, 31),
                                                "Report"),
                                        List.of()))));
        ids.put("indicator", List.of(indicator.value().toString()));
        var assessment = as(
                report.coordinator(),
                () -> context.getBean(Assessments.class).start(plan, Assessments.Kind.FOLLOW_UP, 2025));
        ids.put("assessment", List.of(assessment.value().toString()));
        ids.put("period", List.of("2024"));
        monitoring(context, owner, city.id(), department.id(), indicator, ids);
        selfAssessments(context, report.coordinator(), city.id(), ids);
        recommendation(context, owner, city.id(), department.id(), ids);
        ids.put("city", List.of(city.id().value().toString()));
        ids.put("city-slug", List.of(city.slug()));
        ids.put("network", List.of(network.id().value().toString()));
        ids.put("network-slug", List.of(network.slug()));
        ids.put("department", List.of(department.id().value().toString()));
        ids.put("person", List.of(TestPeople.idOf(contact).toString()));
        ids.put(
                "reviewer-person",
                List.of(TestPeople.idOf(fixtures.secondReviewer()).toString()));
        ids.put("plan", List.of(plan.value().toString()));
        ids.put("commitment", List.of(commitment.value().toString()));
        ids.put("need", List.of(need.value().toString()));
        ids.put(
                "action",
                List.of(action.value().toString(), report.actionIn2024().value().toString()));
        ids.put("comment", List.of(comment.value().toString()));
        ids.put(
                "cycle",
                List.of(openCycle.value().toString(), acceptedCycle.value().toString()));
        ids.put("report", List.of(draft.value().toString(), accepted.value().toString()));
        ids.put("reported-action", List.of(reportedAction));
        ids.put("practice", List.of(practice.value().toString()));
        ids.put("review", List.of(review.value().toString()));
        ids.put("own-dimension", List.of(as(owner, () -> ownDimension(context, city.id()))));
        return new FuzzTenant(fixtures, owner, Map.copyOf(ids));
    }

    /**
     * A draft self-assessment with a document as evidence, and a signed-off one (every key factor not met) with a
     * priority action of its development plan.
     */
    private static void selfAssessments(
            ApplicationContext context, UserDetails coordinator, CityId city, Map<String, List<String>> ids) {
        var assessments = context.getBean(SelfAssessments.class);
        as(coordinator, () -> {
            var draft = assessments.start(city, SelfAssessmentFixtures.BENCHMARK, "Draft");
            var evidence = assessments.addEvidence(
                    draft, "kf1", SelfAssessments.EvidenceContent.document("minutes", "Minutes", null));
            var signed = assessments.start(city, SelfAssessmentFixtures.BENCHMARK, "Baseline");
            SelfAssessmentFixtures.judgeAll(assessments, signed, "not-met");
            assessments.signOff(signed, assessments.assessment(signed).version());
            var development = assessments.addDevelopmentAction(
                    signed,
                    new SelfAssessments.DevelopmentContent(
                            "kf1", "Statement", SelfAssessments.Horizon.QUICK_WIN, null, null));
            ids.put(
                    "self-assessment",
                    List.of(draft.value().toString(), signed.value().toString()));
            ids.put("evidence", List.of(evidence.value().toString()));
            ids.put("development-action", List.of(development.value().toString()));
            ids.put("self-assessment-factor", List.of("kf1"));
            ids.put("assessment-framework", List.of(SelfAssessmentFixtures.BENCHMARK.toString()));
            peerReview(context, signed, ids);
        });
    }

    /** A peer review of the signed-off self-assessment being prepared, with a participant recorded by role. */
    private static void peerReview(ApplicationContext context, SelfAssessmentId signed, Map<String, List<String>> ids) {
        var reviews = context.getBean(PeerReviews.class);
        var review = reviews.prepare(signed, "Peer review");
        var member = reviews.invite(
                review,
                new PeerReviews.NewMember(
                        PeerReviews.MemberRole.OTHER,
                        "Ministry",
                        null,
                        null,
                        null,
                        PeerReviews.OtherKind.NATIONAL_GOVERNMENT,
                        null));
        ids.put("peer-review", List.of(review.value().toString()));
        ids.put("peer-review-member", List.of(member.toString()));
    }

    /** A monitoring programme following the indicator, with a steering group member and a request sent to the department. */
    private static void monitoring(
            ApplicationContext context,
            UserDetails owner,
            CityId city,
            DepartmentId department,
            IndicatorId indicator,
            Map<String, List<String>> ids) {
        var monitoring = context.getBean(Monitoring.class);
        var requests = context.getBean(InformationRequests.class);
        var contact = TestPeople.holding(context, RoleGrant.departmentContact(city, department));
        as(owner, () -> {
            var programme = monitoring.setUp(city, MonitoringFixtures.content(List.of(indicator)));
            var member = monitoring.appoint(
                    programme,
                    new Monitoring.Appointment(
                            "Member", null, null, "political-level", LocalDate.of(2025, 1, 1), null));
            var request = requests.prepare(
                    programme,
                    new InformationRequests.RequestContent(
                            "Request",
                            List.of("Facts?"),
                            LocalDate.now().plusMonths(1),
                            List.of(new InformationRequests.Addressee(department, "Contact", "contact@example.org"))));
            requests.send(request);
            context.getBean(MonitoringReports.class)
                    .write(
                            programme,
                            0,
                            new MonitoringReports.ReportText(
                                    "Report",
                                    List.of(),
                                    List.of(new MonitoringReports.Finding(department, "Finding")),
                                    List.of(),
                                    "Summary",
                                    null));
            var recipient = requests.request(request).recipients().get(0).id();
            ids.put("programme", List.of(programme.value().toString()));
            ids.put("steering-member", List.of(member.value().toString()));
            ids.put("information-request", List.of(request.value().toString()));
            ids.put("recipient", List.of(recipient.value().toString()));
            var attachment = as(
                    contact,
                    () -> context.getBean(AnswerAttachments.class)
                            .attach(
                                    request,
                                    recipient,
                                    new UploadedFiles.Upload(
                                            "figures.txt", "Figures".getBytes(StandardCharsets.UTF_8))));
            ids.put("answer-attachment", List.of(attachment.value().toString()));
            var collection = context.getBean(DataCollection.class);
            ids.put(
                    "collection-dataset",
                    Stream.of(
                                    DataCollection.DatasetKind.INCIDENTS,
                                    DataCollection.DatasetKind.CONVERSATIONS,
                                    DataCollection.DatasetKind.STAFF_DIVERSITY,
                                    DataCollection.DatasetKind.SURVEY)
                            .map(kind -> collection
                                    .open(
                                            programme,
                                            new DataCollection.NewDataset(
                                                    kind,
                                                    "Dataset",
                                                    CollectionFixtures.protection(12),
                                                    "breakdown-sex",
                                                    List.of("Altstadt")))
                                    .value()
                                    .toString())
                            .toList());
        });
    }

    /** A recommendation of a programme's published report, to be followed up. */
    private static void recommendation(
            ApplicationContext context,
            UserDetails owner,
            CityId city,
            DepartmentId department,
            Map<String, List<String>> ids) {
        var reports = context.getBean(MonitoringReports.class);
        as(owner, () -> {
            var programme = context.getBean(Monitoring.class).setUp(city, MonitoringFixtures.content(List.of()));
            reports.write(
                    programme,
                    0,
                    new MonitoringReports.ReportText(
                            "Report",
                            List.of(),
                            List.of(),
                            List.of(new MonitoringReports.Recommendation(
                                    "Recommendation", department, null, "Contact", LocalDate.of(2030, 1, 1))),
                            "Summary",
                            null));
            reports.recordDiscussion(programme, reports.report(programme).version());
            reports.askForStatements(programme, reports.report(programme).version(), LocalDate.of(2030, 1, 1));
            reports.recordCouncilPresentation(
                    programme, reports.report(programme).version(), LocalDate.of(2025, 6, 1), "Noted");
            reports.publish(programme, reports.report(programme).version());
            var recommendation = context.getBean(FollowUps.class)
                    .ofProgramme(programme)
                    .get(0)
                    .id();
            ids.put("recommendation", List.of(recommendation.value().toString()));
        });
    }

    /** A breakdown dimension the city keeps itself, with one category. */
    private static String ownDimension(ApplicationContext context, CityId city) {
        return context.getBean(OwnDimensions.class)
                .addForCity(
                        city,
                        "districts",
                        new OwnDimensions.DimensionContent(
                                LocalizedText.of("en", "District"),
                                List.of(new OwnDimensions.Entry("north", null, LocalizedText.of("en", "North")))));
    }

    String first(String kind) {
        return ids.get(kind).get(0);
    }
}
