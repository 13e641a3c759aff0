package org.equicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.equicity.assessment.Assessments;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.city.Cities.DepartmentSummary;
import org.equicity.city.TestCities;
import org.equicity.framework.FrameworkRef;
import org.equicity.indicator.OwnDimensions;
import org.equicity.monitoring.FollowUps;
import org.equicity.monitoring.InformationRequests;
import org.equicity.monitoring.Monitoring;
import org.equicity.monitoring.MonitoringFixtures;
import org.equicity.monitoring.MonitoringReports;
import org.equicity.monitoring.ProgrammeId;
import org.equicity.monitoring.collection.CollectionFixtures;
import org.equicity.monitoring.collection.DataCollection;
import org.equicity.network.Networks;
import org.equicity.network.Networks.CreateNetwork;
import org.equicity.network.Networks.NetworkDetails;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.plan.ActionContent;
import org.equicity.plan.ActionId;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.CommitmentContent;
import org.equicity.plan.NeedContent;
import org.equicity.plan.NeedMethod;
import org.equicity.plan.PlanDetails;
import org.equicity.plan.PlanId;
import org.equicity.plan.Plans;
import org.equicity.plan.Plans.NewPlan;
import org.equicity.plan.consultation.PlanConsultation;
import org.equicity.plan.consultation.PlanConsultation.NewComment;
import org.equicity.plan.tracking.PlanTracking;
import org.equicity.practice.PracticeCalls;
import org.equicity.practice.PracticeId;
import org.equicity.practice.Practices;
import org.equicity.practice.importing.PracticeImports;
import org.equicity.report.CycleId;
import org.equicity.report.ReportId;
import org.equicity.report.Reports;
import org.equicity.review.Reviews;
import org.equicity.selfassessment.SelfAssessmentFixtures;
import org.equicity.selfassessment.SelfAssessmentId;
import org.equicity.selfassessment.SelfAssessments;
import org.equicity.selfassessment.peerreview.PeerReviewId;
import org.equicity.selfassessment.peerreview.PeerReviews;
import org.equicity.shared.LocalizedText;
import org.equicity.shared.PersonId;
import org.equicity.translation.Translations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Goes through every mutating endpoint of the API as someone who coordinates city A and runs the secretariat of
 * network A, against city B's and network B's objects: each must answer 403 and leave B as it was. An endpoint
 * added without a case here fails the first test, so no write can slip past the tenancy check unexamined. The
 * same cases, sent by a platform administrator with broken bodies and unknown ids, show that nothing a client can
 * type makes a write answer 500.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossTenantWriteTests {

    record Call(HttpMethod method, String path, String body) {}

    static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    Cities cities;

    @Autowired
    Networks networks;

    @Autowired
    Translations translations;

    @Autowired
    Plans plans;

    @Autowired
    PlanConsultation consultations;

    @Autowired
    PlanTracking tracking;

    @Autowired
    Reports reports;

    @Autowired
    Practices practices;

    @Autowired
    Reviews reviews;

    @Autowired
    Monitoring monitoring;

    @Autowired
    InformationRequests informationRequests;

    @Autowired
    Assessments assessments;

    @Autowired
    MonitoringReports monitoringReports;

    @Autowired
    FollowUps followUps;

    CitySummary cityB;
    DepartmentSummary departmentB;
    NetworkDetails networkB;
    UUID personInB;
    UserDetails actorOfA;
    UUID planB;
    UUID commitmentB;
    UUID actionB;
    UUID needB;
    UUID commentB;
    UUID cycleB;
    UUID reportB;
    UUID practiceB;
    UUID reviewB;
    UUID programmeB;
    UUID memberB;
    UUID requestB;
    UUID recipientB;
    UUID assessmentB;
    UUID importB;
    UserDetails reviewerOfA;
    UUID callB;
    UserDetails reviewerInCityB;
    UUID conversationsB;
    UUID staffB;
    UUID incidentsB;
    UUID selfAssessmentB;
    UUID evidenceB;
    UUID developmentB;

    @BeforeAll
    void twoCitiesInTwoNetworks() {
        var cityA = TestCities.create(context, "Stadt A");
        cityB = TestCities.create(context, "Stadt B");
        var admin = TestPeople.holding(context, RoleGrant.platformAdmin());
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        NetworkDetails networkA = TestCities.as(
                admin, () -> networks.create(new CreateNetwork("network-a-" + suffix, "Network A", null, null, 2)));
        networkB = TestCities.as(
                admin, () -> networks.create(new CreateNetwork("network-b-" + suffix, "Network B", null, null, 2)));
        departmentB = TestCities.as(admin, () -> cities.addDepartment(cityB.id(), "Amt B"));
        TestCities.as(admin, () -> networks.admit(networkB.id(), cityB.id(), LocalDate.of(2020, 1, 1)));
        var contactInB = TestPeople.holding(context, RoleGrant.departmentContact(cityB.id(), departmentB.id()));
        personInB = TestPeople.idOf(contactInB);
        var coordinatorOfB = TestPeople.holding(context, RoleGrant.inCity(Role.CITY_COORDINATOR, cityB.id()));
        TestCities.as(coordinatorOfB, () -> {
            var plan = plans.create(new NewPlan(
                    cityB.id(),
                    new PlanDetails("Plan B", 2025, 2028, null),
                    FrameworkRef.parse("eccar-commitments@2023"),
                    FrameworkRef.parse("eccar-tracks@2023"),
                    null));
            var commitment = plans.addCommitment(
                    plan,
                    new CommitmentContent(
                            "1", null, null, null, null, null, List.of(), List.of(), null, null, List.of(), List.of(),
                            null));
            var need = plans.addNeed(plan, new NeedContent(NeedMethod.SURVEY, null, null, "Need B", null, null, null));
            var action = plans.addAction(
                    plan,
                    commitment,
                    new ActionContent(
                            "Action B",
                            null,
                            null,
                            List.of(),
                            List.of(),
                            List.of(),
                            null,
                            List.of(),
                            null,
                            null,
                            null,
                            null,
                            ActionStatus.PLANNED,
                            null,
                            List.of(need),
                            List.of(),
                            null));
            planB = plan.value();
            commitmentB = commitment.value();
            needB = need.value();
            actionB = action.value();
            plans.openConsultation(plan);
        });
        commentB = TestCities.as(
                        contactInB,
                        () -> consultations.comment(
                                new PlanId(planB), new NewComment(null, new ActionId(actionB), "Comment B", null)))
                .value();
        cycleB = TestCities.as(
                        admin,
                        () -> reports.openCycle(new Reports.NewCycle(
                                networkB.id(),
                                "Cycle B",
                                LocalDate.of(2025, 1, 1),
                                LocalDate.of(2026, 12, 31),
                                LocalDate.of(2027, 3, 31),
                                List.of(),
                                null,
                                null)))
                .value();
        reportB = TestCities.as(coordinatorOfB, () -> reports.startReport(new CycleId(cycleB), cityB.id()))
                .value();
        programmeB = TestCities.as(
                        coordinatorOfB, () -> monitoring.setUp(cityB.id(), MonitoringFixtures.content(List.of())))
                .value();
        memberB = TestCities.as(
                        coordinatorOfB,
                        () -> monitoring.appoint(
                                new ProgrammeId(programmeB),
                                new Monitoring.Appointment(
                                        "Member B", null, null, "political-level", LocalDate.of(2025, 1, 1), null)))
                .value();
        requestB = TestCities.as(
                        coordinatorOfB,
                        () -> informationRequests.prepare(
                                new ProgrammeId(programmeB),
                                new InformationRequests.RequestContent(
                                        "Request B",
                                        List.of("Facts?"),
                                        LocalDate.now().plusMonths(1),
                                        List.of(new InformationRequests.Addressee(
                                                departmentB.id(), "Contact B", "contact-b@example.org")))))
                .value();
        TestCities.as(
                coordinatorOfB,
                () -> monitoringReports.write(
                        new ProgrammeId(programmeB),
                        0,
                        new MonitoringReports.ReportText(
                                "Report B",
                                List.of(),
                                List.of(new MonitoringReports.Finding(departmentB.id(), "Finding B")),
                                List.of(),
                                "Summary B",
                                null)));
        recipientB = TestCities.as(
                        coordinatorOfB,
                        () -> informationRequests
                                .request(new InformationRequests.RequestId(requestB))
                                .recipients()
                                .get(0)
                                .id())
                .value();
        assessmentB = TestCities.as(
                        coordinatorOfB, () -> assessments.start(new PlanId(planB), Assessments.Kind.FOLLOW_UP, 2025))
                .value();
        actorOfA = TestPeople.holding(
                context,
                RoleGrant.inCity(Role.CITY_COORDINATOR, cityA.id()),
                RoleGrant.inNetwork(Role.NETWORK_SECRETARIAT, networkA.id()));
        // review: a practice of city B in network B under review by a reviewer of network B
        practiceB = TestCities.as(
                        coordinatorOfB,
                        () -> practices.submit(new Practices.NewPractice(
                                cityB.id(),
                                networkB.id(),
                                new Practices.PracticeContent(
                                        "de",
                                        new Practices.Template(
                                                "Practice B",
                                                null,
                                                null,
                                                List.of(),
                                                null,
                                                null,
                                                null,
                                                null,
                                                null,
                                                null,
                                                List.of()),
                                        null))))
                .value();
        var reviewerOfB = TestPeople.holding(context, RoleGrant.inNetwork(Role.REVIEWER, networkB.id()));
        reviewB = TestCities.as(
                        admin,
                        () -> reviews.assign(new PracticeId(practiceB), new PersonId(TestPeople.idOf(reviewerOfB))))
                .value();
        reviewerOfA = TestPeople.holding(context, RoleGrant.inNetwork(Role.REVIEWER, networkA.id()));
        // a compendium network B's secretariat uploaded and has not imported yet
        importB = TestCities.as(
                        TestPeople.holding(context, RoleGrant.inNetwork(Role.NETWORK_SECRETARIAT, networkB.id())),
                        () -> context.getBean(PracticeImports.class)
                                .upload(
                                        networkB.id(),
                                        new PracticeImports.Upload(
                                                "compendium.md",
                                                "STADT B: Practice\nPurpose: To test.\n".getBytes(),
                                                "Compendium B",
                                                null,
                                                null,
                                                null,
                                                null,
                                                null)))
                .value();
        reviewerInCityB = TestPeople.holding(
                context,
                RoleGrant.inNetwork(Role.REVIEWER, networkB.id()),
                RoleGrant.inCity(Role.CIVIL_SOCIETY_PARTNER, cityB.id()));
        // a call for practices network B's secretariat opened to its member cities
        callB = TestCities.as(
                        TestPeople.holding(context, RoleGrant.inNetwork(Role.NETWORK_SECRETARIAT, networkB.id())),
                        () -> context.getBean(PracticeCalls.class)
                                .open(
                                        networkB.id(),
                                        new PracticeCalls.CallDetails(
                                                "Call B",
                                                null,
                                                java.time.LocalDate.now().plusDays(30),
                                                List.of())))
                .value();
        collectionOfB(coordinatorOfB);
        selfAssessmentOfB(coordinatorOfB);
        peerReviewOfB(coordinatorOfB);
        dimensionsOfB(coordinatorOfB);
    }

    UUID peerReviewB;
    UUID teamMemberB;

    /** A peer review of city B's self-assessment being prepared, with a participant recorded by role. */
    void peerReviewOfB(UserDetails coordinatorOfB) {
        var peerReviews = context.getBean(PeerReviews.class);
        TestCities.as(coordinatorOfB, () -> {
            var id = peerReviews.prepare(new SelfAssessmentId(selfAssessmentB), "Review B");
            teamMemberB = peerReviews.invite(
                    id,
                    new PeerReviews.NewMember(
                            PeerReviews.MemberRole.OTHER,
                            "Ministry B",
                            null,
                            null,
                            null,
                            PeerReviews.OtherKind.NATIONAL_GOVERNMENT,
                            null));
            peerReviewB = id.value();
        });
    }

    PeerReviews.ReviewView peerReviewOfB() {
        return TestCities.as(
                TestPeople.holding(context, RoleGrant.platformAdmin()),
                () -> context.getBean(PeerReviews.class).review(new PeerReviewId(peerReviewB)));
    }

    /** The peer review endpoints against city B's review and self-assessment. */
    void peerReviewCalls(Map<String, Call> calls) {
        calls.put("POST /api/v1/peer-reviews", new Call(HttpMethod.POST, "/api/v1/peer-reviews", """
                {"selfAssessment":"%s","title":"Forged"}""".formatted(
                        selfAssessmentB)));
        var review = "/api/v1/peer-reviews/" + peerReviewB;
        calls.put("POST /api/v1/peer-reviews/{id}/members", new Call(HttpMethod.POST, review + "/members", """
                {"role":"OTHER","name":"Forged","kind":"OTHER"}"""));
        calls.put(
                "DELETE /api/v1/peer-reviews/{id}/members/{teamMemberId}",
                new Call(HttpMethod.DELETE, review + "/members/" + teamMemberB, null));
        calls.put(
                "PUT /api/v1/peer-reviews/{id}/shared-evidence",
                new Call(HttpMethod.PUT, review + "/shared-evidence", """
                {"evidence":["%s"]}""".formatted(evidenceB)));
        calls.put("POST /api/v1/peer-reviews/{id}/visit", new Call(HttpMethod.POST, review + "/visit", """
                {"version":0,"visitFrom":"2026-05-01","visitTo":"2026-05-02"}"""));
        calls.put("POST /api/v1/peer-reviews/{id}/hearings", new Call(HttpMethod.POST, review + "/hearings", """
                {"factor":"kf1","method":"INTERVIEW","heardRole":"Forged","consent":false,"account":"Forged"}"""));
        calls.put(
                "PUT /api/v1/peer-reviews/{id}/conclusions/{factor}",
                new Call(HttpMethod.PUT, review + "/conclusions/kf1", """
                {"version":0,"conclusions":"Forged"}"""));
        calls.put(
                "POST /api/v1/peer-reviews/{id}/feedback-session",
                new Call(HttpMethod.POST, review + "/feedback-session", """
                {"version":0,"feedbackOn":"2026-05-01","feedbackNotes":"Forged"}"""));
        calls.put(
                "POST /api/v1/peer-reviews/{id}/follow-up-report",
                new Call(HttpMethod.POST, review + "/follow-up-report", """
                {"version":0,"followUpReport":"Forged"}"""));
        calls.put("PUT /api/v1/peer-reviews/{id}/publication", new Call(HttpMethod.PUT, review + "/publication", null));
        calls.put(
                "DELETE /api/v1/peer-reviews/{id}/publication",
                new Call(HttpMethod.DELETE, review + "/publication", null));
    }

    /** Datasets of city B's programme, one of each kind its API records into. */
    void collectionOfB(UserDetails coordinatorOfB) {
        var collection = context.getBean(DataCollection.class);
        var protection = CollectionFixtures.protection(12);
        conversationsB = TestCities.as(
                        coordinatorOfB,
                        () -> collection.open(
                                new ProgrammeId(programmeB),
                                new DataCollection.NewDataset(
                                        DataCollection.DatasetKind.CONVERSATIONS, "B", protection, null, List.of())))
                .value();
        staffB = TestCities.as(
                        coordinatorOfB,
                        () -> collection.open(
                                new ProgrammeId(programmeB),
                                new DataCollection.NewDataset(
                                        DataCollection.DatasetKind.STAFF_DIVERSITY,
                                        "B",
                                        protection,
                                        "breakdown-sex",
                                        List.of())))
                .value();
        incidentsB = TestCities.as(
                        coordinatorOfB,
                        () -> collection.open(
                                new ProgrammeId(programmeB),
                                new DataCollection.NewDataset(
                                        DataCollection.DatasetKind.INCIDENTS, "B", protection, null, List.of("B"))))
                .value();
    }

    /** City B's signed-off self-assessment against the benchmark, with a document and a priority action. */
    void selfAssessmentOfB(UserDetails coordinatorOfB) {
        var selfAssessments = context.getBean(SelfAssessments.class);
        TestCities.as(coordinatorOfB, () -> {
            var id = selfAssessments.start(
                    cityB.id(), FrameworkRef.parse("eurocities-benchmark-key-factors@2012"), "Baseline B");
            SelfAssessmentFixtures.judgeAll(selfAssessments, id, "not-met");
            evidenceB = selfAssessments
                    .addEvidence(id, "kf1", SelfAssessments.EvidenceContent.document("minutes", "Minutes B", null))
                    .value();
            selfAssessments.signOff(id, selfAssessments.assessment(id).version());
            developmentB = selfAssessments
                    .addDevelopmentAction(
                            id,
                            new SelfAssessments.DevelopmentContent(
                                    "kf1", "Statement B", SelfAssessments.Horizon.QUICK_WIN, null, null))
                    .value();
            selfAssessmentB = id.value();
        });
    }

    SelfAssessments.SelfAssessmentView selfAssessmentOfB() {
        return TestCities.as(
                TestPeople.holding(context, RoleGrant.platformAdmin()),
                () -> context.getBean(SelfAssessments.class).assessment(new SelfAssessmentId(selfAssessmentB)));
    }

    /** The self-assessment endpoints against city B's assessment, its evidence and its development plan. */
    void selfAssessmentCalls(Map<String, Call> calls) {
        calls.put(
                "POST /api/v1/cities/{id}/self-assessments",
                new Call(HttpMethod.POST, "/api/v1/cities/" + cityB.id().value() + "/self-assessments", """
                        {"framework":"eurocities-benchmark-key-factors@2012","title":"Forged"}"""));
        var assessment = "/api/v1/self-assessments/" + selfAssessmentB;
        calls.put(
                "PUT /api/v1/self-assessments/{id}/factors/{factor}",
                new Call(HttpMethod.PUT, assessment + "/factors/kf1", """
                        {"version":0,"judgement":"met","explanation":"Taken over"}"""));
        calls.put(
                "POST /api/v1/self-assessments/{id}/factors/{factor}/evidence",
                new Call(HttpMethod.POST, assessment + "/factors/kf1/evidence", """
                        {"source":"DOCUMENT","kind":"minutes","title":"Forged"}"""));
        calls.put(
                "DELETE /api/v1/self-assessments/{id}/evidence/{evidenceId}",
                new Call(HttpMethod.DELETE, assessment + "/evidence/" + evidenceB, null));
        calls.put(
                "POST /api/v1/self-assessments/{id}/sign-off",
                new Call(HttpMethod.POST, assessment + "/sign-off", "{\"version\":0}"));
        calls.put(
                "PUT /api/v1/self-assessments/{id}/shared",
                new Call(HttpMethod.PUT, assessment + "/shared", "{\"shared\":true}"));
        calls.put(
                "POST /api/v1/self-assessments/{id}/development",
                new Call(HttpMethod.POST, assessment + "/development", """
                        {"factor":"kf1","title":"Forged","horizon":"QUICK_WIN"}"""));
        calls.put(
                "PUT /api/v1/self-assessments/{id}/development/{developmentId}",
                new Call(HttpMethod.PUT, assessment + "/development/" + developmentB, """
                        {"version":0,"factor":"kf1","title":"Taken over","horizon":"LONGER_TERM"}"""));
        calls.put(
                "POST /api/v1/self-assessments/{id}/development/{developmentId}/plan",
                new Call(HttpMethod.POST, assessment + "/development/" + developmentB + "/plan", """
                        {"plan":"%s","commitment":"%s"}""".formatted(
                                planB, commitmentB)));
        // an upload without a file: the facade refuses the person before it looks at the file
        calls.put(
                "POST /api/v1/self-assessments/{id}/factors/{factor}/evidence/files",
                new Call(HttpMethod.POST, assessment + "/factors/kf1/evidence/files", null));
    }

    Map<String, Call> calls() {
        var city = cityB.id().value();
        var department = departmentB.id().value();
        var network = networkB.id().value();
        var calls = new LinkedHashMap<String, Call>();
        calls.put("POST /api/v1/cities", new Call(HttpMethod.POST, "/api/v1/cities", """
                        {"slug":"intruder-town","name":"Intruder Town","country":"AT","officialLanguages":["de"]}"""));
        calls.put(
                "PUT /api/v1/cities/{id}/profile",
                new Call(HttpMethod.PUT, "/api/v1/cities/" + city + "/profile", """
                {"version":0,"population":1,"officialLanguages":["de"],"description":"taken over"}"""));
        calls.put(
                "POST /api/v1/cities/{id}/departments",
                new Call(HttpMethod.POST, "/api/v1/cities/" + city + "/departments", "{\"name\":\"Intruders\"}"));
        calls.put(
                "PUT /api/v1/cities/{id}/departments/{departmentId}",
                new Call(
                        HttpMethod.PUT,
                        "/api/v1/cities/" + city + "/departments/" + department,
                        "{\"name\":\"Renamed\"}"));
        calls.put(
                "DELETE /api/v1/cities/{id}/departments/{departmentId}",
                new Call(HttpMethod.DELETE, "/api/v1/cities/" + city + "/departments/" + department, null));
        calls.put(
                "POST /api/v1/cities/{id}/invitations",
                new Call(HttpMethod.POST, "/api/v1/cities/" + city + "/invitations", """
                        {"email":"spy@example.org","displayName":"Spy","role":"CITY_COORDINATOR"}"""));
        calls.put(
                "POST /api/v1/networks",
                new Call(HttpMethod.POST, "/api/v1/networks", "{\"slug\":\"intruders\",\"name\":\"Intruders\"}"));
        calls.put("PUT /api/v1/networks/{id}", new Call(HttpMethod.PUT, "/api/v1/networks/" + network, """
                {"name":"Taken over","reportingPeriodYears":3,"version":0}"""));
        calls.put(
                "PUT /api/v1/networks/{id}/frameworks",
                new Call(HttpMethod.PUT, "/api/v1/networks/" + network + "/frameworks", """
                        {"frameworks":["eccar-commitments@2023"]}"""));
        calls.put(
                "PUT /api/v1/networks/{id}/translation-languages",
                new Call(HttpMethod.PUT, "/api/v1/networks/" + network + "/translation-languages", """
                        {"languages":["fr"]}"""));
        calls.put(
                "POST /api/v1/networks/{id}/members",
                new Call(HttpMethod.POST, "/api/v1/networks/" + network + "/members", """
                        {"cityId":"%s","joinedOn":"2021-01-01"}""".formatted(city)));
        calls.put(
                "DELETE /api/v1/networks/{id}/members/{cityId}",
                new Call(HttpMethod.DELETE, "/api/v1/networks/" + network + "/members/" + city, null));
        calls.put(
                "POST /api/v1/networks/{id}/invitations",
                new Call(HttpMethod.POST, "/api/v1/networks/" + network + "/invitations", """
                        {"email":"spy@example.org","displayName":"Spy","role":"REVIEWER","language":"en"}"""));
        calls.put(
                "POST /api/v1/people/invitations",
                new Call(HttpMethod.POST, "/api/v1/people/invitations", """
                {"email":"spy@example.org","role":"CITY_COORDINATOR","cityId":"%s"}""".formatted(city)));
        calls.put(
                "POST /api/v1/people/{person}/revocations",
                new Call(HttpMethod.POST, "/api/v1/people/" + personInB + "/revocations", """
                        {"role":"DEPARTMENT_CONTACT","cityId":"%s","departmentId":"%s"}""".formatted(
                                city, department)));
        calls.put(
                "POST /api/v1/admin/translation-jobs/{id}/retry",
                new Call(HttpMethod.POST, "/api/v1/admin/translation-jobs/" + UUID.randomUUID() + "/retry", null));
        calls.put("POST /api/v1/admin/search/rebuild", new Call(HttpMethod.POST, "/api/v1/admin/search/rebuild", null));
        var plan = "/api/v1/plans/" + planB;
        calls.put("POST /api/v1/plans", new Call(HttpMethod.POST, "/api/v1/plans", """
                {"city":"%s","title":"Taken over","startYear":2025,"endYear":2026}""".formatted(city)));
        calls.put("PUT /api/v1/plans/{id}", new Call(HttpMethod.PUT, plan, """
                {"version":0,"title":"Taken over","startYear":2025,"endYear":2026}"""));
        calls.put("POST /api/v1/plans/{id}/consultation", new Call(HttpMethod.POST, plan + "/consultation", null));
        calls.put("POST /api/v1/plans/{id}/adoption", new Call(HttpMethod.POST, plan + "/adoption", """
                {"date":"2025-01-01","reference":"Taken over"}"""));
        calls.put("POST /api/v1/plans/{id}/implementation", new Call(HttpMethod.POST, plan + "/implementation", null));
        calls.put("POST /api/v1/plans/{id}/closure", new Call(HttpMethod.POST, plan + "/closure", null));
        calls.put(
                "POST /api/v1/plans/{id}/supersession",
                new Call(HttpMethod.POST, plan + "/supersession", """
                {"by":"%s"}""".formatted(planB)));
        calls.put("POST /api/v1/plans/{id}/commitments", new Call(HttpMethod.POST, plan + "/commitments", """
                {"frameworkCode":"2"}"""));
        calls.put(
                "PUT /api/v1/plans/{id}/commitments/{commitmentId}",
                new Call(HttpMethod.PUT, plan + "/commitments/" + commitmentB, """
                        {"version":0,"ownTitle":"Taken over"}"""));
        calls.put(
                "POST /api/v1/plans/{id}/commitments/{commitmentId}/actions",
                new Call(HttpMethod.POST, plan + "/commitments/" + commitmentB + "/actions", """
                        {"title":"Taken over"}"""));
        calls.put(
                "PUT /api/v1/plans/{id}/actions/{actionId}",
                new Call(HttpMethod.PUT, plan + "/actions/" + actionB, """
                {"version":0,"title":"Taken over"}"""));
        calls.put("POST /api/v1/plans/{id}/needs", new Call(HttpMethod.POST, plan + "/needs", """
                {"method":"SURVEY","description":"Taken over"}"""));
        calls.put("PUT /api/v1/plans/{id}/needs/{needId}", new Call(HttpMethod.PUT, plan + "/needs/" + needB, """
                {"version":0,"method":"SURVEY","description":"Taken over"}"""));
        calls.put(
                "POST /api/v1/plans/{id}/actions/{actionId}/progress-updates",
                new Call(HttpMethod.POST, plan + "/actions/" + actionB + "/progress-updates", """
                        {"reportedOn":"2025-06-30","status":"COMPLETED","progress":100}"""));
        calls.put(
                "PUT /api/v1/plans/{id}/actions/{actionId}/cadence",
                new Call(HttpMethod.PUT, plan + "/actions/" + actionB + "/cadence", "{\"months\":1}"));
        calls.put("POST /api/v1/plans/{id}/meetings", new Call(HttpMethod.POST, plan + "/meetings", """
                {"heldOn":"2025-06-30","kind":"DEPARTMENT_MEETING","minutes":"Taken over"}"""));
        calls.put("POST /api/v1/plans/{id}/comments", new Call(HttpMethod.POST, plan + "/comments", """
                {"text":"Taken over"}"""));
        calls.put(
                "POST /api/v1/plans/{id}/comments/{commentId}/answers",
                new Call(HttpMethod.POST, plan + "/comments/" + commentB + "/answers", """
                        {"text":"Taken over"}"""));
        calls.put(
                "POST /api/v1/plans/{id}/comments/{commentId}/resolution",
                new Call(HttpMethod.POST, plan + "/comments/" + commentB + "/resolution", null));
        calls.put(
                "POST /api/v1/networks/{id}/cycles",
                new Call(HttpMethod.POST, "/api/v1/networks/" + network + "/cycles", """
                        {"name":"Taken over","periodFrom":"2025-01-01","periodTo":"2026-12-31","deadline":"2027-01-01"}"""));
        calls.put(
                "POST /api/v1/cycles/{id}/reports",
                new Call(HttpMethod.POST, "/api/v1/cycles/" + cycleB + "/reports", """
                        {"city":"%s"}""".formatted(city)));
        var report = "/api/v1/reports/" + reportB;
        calls.put("PUT /api/v1/reports/{id}", new Call(HttpMethod.PUT, report, """
                {"version":0,"language":"en","actions":[{"title":"Taken over"}]}"""));
        calls.put(
                "POST /api/v1/reports/{id}/submission",
                new Call(HttpMethod.POST, report + "/submission", "{\"version\":0}"));
        calls.put("POST /api/v1/reports/{id}/acceptance", new Call(HttpMethod.POST, report + "/acceptance", null));
        calls.put(
                "POST /api/v1/reports/{id}/return",
                new Call(HttpMethod.POST, report + "/return", "{\"comments\":\"Taken over\"}"));
        calls.put(
                "POST /api/v1/practices", new Call(HttpMethod.POST, "/api/v1/practices", """
                {"city":"%s","network":"%s","language":"de","template":{"title":"Forged"}}""".formatted(city, network)));
        calls.put("PUT /api/v1/practices/{id}", new Call(HttpMethod.PUT, "/api/v1/practices/" + practiceB, """
                {"version":0,"language":"de","template":{"title":"Taken over"}}"""));
        calls.put(
                "PUT /api/v1/practices/{id}/source",
                new Call(HttpMethod.PUT, "/api/v1/practices/" + practiceB + "/source", "{\"title\":\"Forged\"}"));
        calls.put(
                "PUT /api/v1/practices/{id}/outside-designation",
                new Call(HttpMethod.PUT, "/api/v1/practices/" + practiceB + "/outside-designation", """
                        {"body":"Forged","on":"2020-01-01","source":"Forged"}"""));
        calls.put(
                "POST /api/v1/networks/{network}/practice-imports",
                new Call(HttpMethod.POST, "/api/v1/networks/" + network + "/practice-imports", null));
        calls.put(
                "PUT /api/v1/practice-imports/{id}/corrections",
                new Call(
                        HttpMethod.PUT, "/api/v1/practice-imports/" + importB + "/corrections", "{\"deselected\":[]}"));
        calls.put(
                "POST /api/v1/practice-imports/{id}/confirm",
                new Call(HttpMethod.POST, "/api/v1/practice-imports/" + importB + "/confirm", null));
        reviewCalls(calls);
        monitoringCalls(calls);
        assessmentCalls(calls);
        callsForPractices(calls);
        collectionCalls(calls);
        selfAssessmentCalls(calls);
        followUpCalls(calls);
        peerReviewCalls(calls);
        monitoringShareCalls(calls);
        dimensionCalls(calls);
        return calls;
    }

    /** Network B's secretariat alone asks B's cities to share their published monitoring; B's coordinators pick. */
    void monitoringShareCalls(Map<String, Call> calls) {
        calls.put(
                "PUT /api/v1/cycles/{id}/monitoring",
                new Call(HttpMethod.PUT, "/api/v1/cycles/" + cycleB + "/monitoring", "{\"asked\":true}"));
        calls.put(
                "PUT /api/v1/reports/{id}/monitoring",
                new Call(HttpMethod.PUT, "/api/v1/reports/" + reportB + "/monitoring", "{\"programmes\":[]}"));
    }

    /** The data collection endpoints against city B's programme and datasets. */
    void collectionCalls(Map<String, Call> calls) {
        calls.put(
                "POST /api/v1/monitoring/programmes/{id}/datasets",
                new Call(HttpMethod.POST, "/api/v1/monitoring/programmes/" + programmeB + "/datasets", """
                        {"kind":"CONVERSATIONS","title":"Forged","protection":{"purpose":"Spy","legalBasis":"None",
                         "retentionMonths":12,"audience":"CITY_PEOPLE"}}"""));
        var datasets = "/api/v1/monitoring/datasets/";
        calls.put(
                "POST /api/v1/monitoring/datasets/{id}/conversations",
                new Call(HttpMethod.POST, datasets + conversationsB + "/conversations", """
                        {"kind":"INTERVIEW","heldOn":"2025-01-01","participants":{"political-level":1},
                         "notes":"Forged"}"""));
        calls.put(
                "PUT /api/v1/monitoring/datasets/{id}/staff-figures/{year}",
                new Call(HttpMethod.PUT, datasets + staffB + "/staff-figures/2025", """
                        {"counts":[{"department":"%s","grade":"A","category":"female","staff":1}]}""".formatted(
                                departmentB.id().value())));
        calls.put(
                "POST /api/v1/monitoring/datasets/{id}/incidents",
                new Call(HttpMethod.POST, datasets + incidentsB + "/incidents", """
                        {"month":"2025-01","district":"B","grounds":["religion"],"lifeSphere":"housing",
                         "form":"insult","response":"counselling"}"""));
        calls.put(
                "POST /api/v1/monitoring/datasets/{id}/indicator-observations",
                new Call(HttpMethod.POST, datasets + incidentsB + "/indicator-observations", """
                        {"indicator":"%s","year":2025}""".formatted(
                                UUID.randomUUID())));
    }

    /** The follow-up endpoints against a recommendation of a report city B published, and the next edition. */
    void followUpCalls(Map<String, Call> calls) {
        var coordinatorOfB = TestPeople.holding(context, RoleGrant.inCity(Role.CITY_COORDINATOR, cityB.id()));
        var published = TestCities.as(coordinatorOfB, () -> {
            var programme = monitoring.setUp(cityB.id(), MonitoringFixtures.content(List.of()));
            monitoringReports.write(
                    programme,
                    0,
                    new MonitoringReports.ReportText(
                            "Report B",
                            List.of(),
                            List.of(),
                            List.of(new MonitoringReports.Recommendation(
                                    "Recommendation B", departmentB.id(), null, "Contact B", LocalDate.of(2030, 1, 1))),
                            "Summary B",
                            null));
            monitoringReports.recordDiscussion(
                    programme, monitoringReports.report(programme).version());
            monitoringReports.askForStatements(
                    programme, monitoringReports.report(programme).version(), LocalDate.of(2030, 1, 1));
            monitoringReports.recordCouncilPresentation(
                    programme, monitoringReports.report(programme).version(), LocalDate.of(2025, 6, 1), "Noted");
            monitoringReports.publish(
                    programme, monitoringReports.report(programme).version());
            return programme;
        });
        var recommendation = "/api/v1/monitoring/recommendations/"
                + TestCities.as(
                                coordinatorOfB,
                                () -> followUps.ofProgramme(published).get(0).id())
                        .value();
        calls.put(
                "POST /api/v1/monitoring/recommendations/{id}/status",
                new Call(HttpMethod.POST, recommendation + "/status", """
                        {"version":0,"status":"NOT_ACCEPTED","reason":"Taken over"}"""));
        calls.put(
                "POST /api/v1/monitoring/recommendations/{id}/follow-ups",
                new Call(HttpMethod.POST, recommendation + "/follow-ups", """
                        {"heldOn":"2025-06-01","method":"round-table","notes":"Taken over"}"""));
        calls.put(
                "POST /api/v1/monitoring/recommendations/{id}/action",
                new Call(HttpMethod.POST, recommendation + "/action", """
                        {"plan":"%s","commitment":"%s"}""".formatted(planB, UUID.randomUUID())));
        calls.put(
                "POST /api/v1/monitoring/programmes/{id}/next-edition",
                new Call(HttpMethod.POST, "/api/v1/monitoring/programmes/" + programmeB + "/next-edition", null));
    }

    /** The monitoring endpoints against city B's programme and its steering group. */
    void assessmentCalls(Map<String, Call> calls) {
        calls.put(
                "POST /api/v1/plans/{id}/assessments",
                new Call(HttpMethod.POST, "/api/v1/plans/" + planB + "/assessments", """
                        {"kind":"FOLLOW_UP","year":2026}"""));
        calls.put(
                "PUT /api/v1/plans/{id}/review-schedule",
                new Call(HttpMethod.PUT, "/api/v1/plans/" + planB + "/review-schedule", """
                        {"everyYears":3}"""));
        calls.put("PUT /api/v1/assessments/{id}", new Call(HttpMethod.PUT, "/api/v1/assessments/" + assessmentB, """
                        {"version":0,"summary":"Taken over","findings":[]}"""));
    }

    void monitoringCalls(Map<String, Call> calls) {
        calls.put(
                "POST /api/v1/cities/{id}/monitoring/programmes",
                new Call(HttpMethod.POST, "/api/v1/cities/" + cityB.id().value() + "/monitoring/programmes", """
                        {"kind":"staff-diversity","title":"Forged","collectedBy":"INTERNAL","cycle":"YEARLY"}"""));
        var programme = "/api/v1/monitoring/programmes/" + programmeB;
        calls.put("PUT /api/v1/monitoring/programmes/{id}", new Call(HttpMethod.PUT, programme, """
                {"kind":"staff-diversity","title":"Taken over","collectedBy":"INTERNAL","cycle":"YEARLY","version":0}"""));
        calls.put(
                "PUT /api/v1/monitoring/programmes/{id}/steering-group/mandate",
                new Call(HttpMethod.PUT, programme + "/steering-group/mandate", """
                        {"mandate":"Taken over","version":0}"""));
        calls.put(
                "POST /api/v1/monitoring/programmes/{id}/steering-group/members",
                new Call(HttpMethod.POST, programme + "/steering-group/members", """
                        {"name":"Intruder","actorGroup":"political-level","joinedOn":"2025-01-01"}"""));
        calls.put(
                "POST /api/v1/monitoring/programmes/{id}/steering-group/members/{memberId}/departure",
                new Call(
                        HttpMethod.POST,
                        programme + "/steering-group/members/" + memberB + "/departure",
                        "{\"leftOn\":\"2025-06-01\"}"));
        calls.put(
                "POST /api/v1/monitoring/programmes/{id}/steering-group/meetings",
                new Call(HttpMethod.POST, programme + "/steering-group/meetings", """
                        {"heldOn":"2025-06-01","minutes":"Taken over"}"""));
        calls.put(
                "POST /api/v1/monitoring/programmes/{id}/information-requests",
                new Call(HttpMethod.POST, programme + "/information-requests", """
                        {"title":"Forged","questions":["Why?"],"deadline":"2030-01-01",
                         "addressees":[{"department":"%s","contactName":"Spy","contactEmail":"spy@example.org"}]}""".formatted(
                                departmentB.id().value())));
        var request = "/api/v1/monitoring/information-requests/" + requestB;
        calls.put(
                "POST /api/v1/monitoring/information-requests/{id}/sending",
                new Call(HttpMethod.POST, request + "/sending", null));
        calls.put(
                "POST /api/v1/monitoring/information-requests/{id}/recipients/{recipientId}/attachments",
                new Call(HttpMethod.POST, request + "/recipients/" + recipientB + "/attachments", null));
        calls.put(
                "DELETE /api/v1/monitoring/information-requests/{id}/attachments/{attachmentId}",
                new Call(HttpMethod.DELETE, request + "/attachments/" + UUID.randomUUID(), null));
        calls.put(
                "POST /api/v1/monitoring/information-requests/{id}/recipients/{recipientId}/answer",
                new Call(HttpMethod.POST, request + "/recipients/" + recipientB + "/answer", """
                        {"answers":["Taken over"]}"""));
        var report = programme + "/report";
        calls.put("PUT /api/v1/monitoring/programmes/{id}/report", new Call(HttpMethod.PUT, report, """
                {"title":"Taken over","version":0}"""));
        calls.put(
                "POST /api/v1/monitoring/programmes/{id}/report/discussion",
                new Call(HttpMethod.POST, report + "/discussion", "{\"version\":0}"));
        calls.put(
                "POST /api/v1/monitoring/programmes/{id}/report/statements-request",
                new Call(HttpMethod.POST, report + "/statements-request", """
                        {"version":0,"deadline":"2030-01-01"}"""));
        calls.put(
                "POST /api/v1/monitoring/programmes/{id}/report/statements",
                new Call(HttpMethod.POST, report + "/statements", """
                        {"department":"%s","statement":"Taken over","divergent":true}""".formatted(
                                departmentB.id().value())));
        calls.put(
                "POST /api/v1/monitoring/programmes/{id}/report/council",
                new Call(HttpMethod.POST, report + "/council", """
                        {"version":0,"presentedOn":"2025-06-01","decision":"Taken over"}"""));
        calls.put(
                "POST /api/v1/monitoring/programmes/{id}/report/publication",
                new Call(HttpMethod.POST, report + "/publication", "{\"version\":0}"));
    }

    /** The review endpoints against network B's practice and its review. */
    void reviewCalls(Map<String, Call> calls) {
        calls.put("POST /api/v1/reviews", new Call(HttpMethod.POST, "/api/v1/reviews", """
                {"practice":"%s","reviewer":"%s"}""".formatted(
                        practiceB, TestPeople.idOf(reviewerOfA))));
        var review = "/api/v1/reviews/" + reviewB;
        calls.put("PUT /api/v1/reviews/{id}", new Call(HttpMethod.PUT, review, """
                {"version":0,"ratings":[{"criterion":"goal-oriented","rating":"MET","justification":"Taken over"}],
                 "assessment":"Taken over"}"""));
        calls.put(
                "POST /api/v1/reviews/{id}/submission",
                new Call(HttpMethod.POST, review + "/submission", "{\"version\":0}"));
        calls.put(
                "POST /api/v1/reviews/practices/{practiceId}/decision",
                new Call(HttpMethod.POST, "/api/v1/reviews/practices/" + practiceB + "/decision", """
                        {"decision":"DESIGNATE","note":"Taken over"}"""));
    }

    Reviews.PracticeReviews reviewsOfB() {
        return TestCities.as(
                TestPeople.holding(context, RoleGrant.platformAdmin()),
                () -> reviews.reviewsOf(new PracticeId(practiceB)));
    }

    @Test
    void aReviewerOfNetworkAOrOfCityBIsRefusedOnNetworkBsReviews() throws Exception {
        var before = reviewsOfB();
        var failures = new ArrayList<String>();
        var calls = new LinkedHashMap<String, Call>();
        reviewCalls(calls);
        for (var entry : calls.entrySet()) {
            var call = entry.getValue();
            var status = mvc.perform(request(call.method(), call.path())
                            .with(user(reviewerOfA))
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(call.body()))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            if (status != 403) {
                failures.add(entry.getKey() + " answered " + status + " to a reviewer of network A");
            }
        }
        var ownCity = mvc.perform(request(HttpMethod.POST, "/api/v1/reviews")
                        .with(user(TestPeople.holding(
                                context, RoleGrant.inNetwork(Role.NETWORK_SECRETARIAT, networkB.id()))))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"practice":"%s","reviewer":"%s"}""".formatted(practiceB, TestPeople.idOf(reviewerInCityB))))
                .andReturn()
                .getResponse()
                .getStatus();
        if (ownCity != 422) {
            failures.add("assigning a reviewer of city B answered " + ownCity);
        }
        assertThat(failures).isEmpty();
        assertThat(reviewsOfB()).isEqualTo(before);
    }

    /** Progress updates, cadence and meetings of plan B's action, as a platform administrator reads them. */
    List<Object> trackingOfB() {
        var plan = new PlanId(planB);
        return List.of(
                tracking.action(plan, new ActionId(actionB), LocalDate.now(), Locale.ENGLISH), tracking.meetings(plan));
    }

    @Test
    void everyMutatingApiEndpointHasACase() {
        var endpoints = new TreeSet<String>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPatternValues().stream()
                        .filter(pattern -> pattern.startsWith("/api/"))
                        .forEach(pattern -> info.getMethodsCondition().getMethods().stream()
                                .filter(method -> !method.name().equals("GET"))
                                .forEach(method -> endpoints.add(method + " " + pattern))));
        assertThat(endpoints).containsExactlyInAnyOrderElementsOf(calls().keySet());
    }

    @Test
    void aPersonOfCityAAndNetworkAIsRefusedEveryWriteOnCityBAndNetworkB() throws Exception {
        var profileBefore = TestCities.as(
                TestPeople.holding(context, RoleGrant.platformAdmin()), () -> cities.profileForEditing(cityB.id()));
        var planBefore = TestCities.as(
                TestPeople.holding(context, RoleGrant.platformAdmin()),
                () -> List.of(plans.plan(new PlanId(planB)), plans.history(new PlanId(planB))));
        var trackingBefore = TestCities.as(TestPeople.holding(context, RoleGrant.platformAdmin()), this::trackingOfB);
        var consultationBefore = TestCities.as(
                TestPeople.holding(context, RoleGrant.platformAdmin()),
                () -> consultations.consultation(new PlanId(planB)));
        var reportBefore = TestCities.as(
                TestPeople.holding(context, RoleGrant.platformAdmin()), () -> reports.report(new ReportId(reportB)));
        var practiceBefore = TestCities.as(
                TestPeople.holding(context, RoleGrant.platformAdmin()),
                () -> practices.practice(new PracticeId(practiceB)));
        var reviewsBefore = reviewsOfB();
        var selfAssessmentBefore = selfAssessmentOfB();
        var peerReviewBefore = peerReviewOfB();
        var dimensionsBefore = dimensionsOfB();
        var failures = new ArrayList<String>();
        for (var entry : calls().entrySet()) {
            var call = entry.getValue();
            var request =
                    request(call.method(), call.path()).with(user(actorOfA)).with(csrf());
            if (call.body() != null) {
                request.contentType(MediaType.APPLICATION_JSON).content(call.body());
            }
            var status = mvc.perform(request).andReturn().getResponse().getStatus();
            if (status != 403) {
                failures.add(entry.getKey() + " answered " + status);
            }
        }
        assertThat(failures).isEmpty();

        var profileAfter = TestCities.as(
                TestPeople.holding(context, RoleGrant.platformAdmin()), () -> cities.profileForEditing(cityB.id()));
        assertThat(profileAfter).isEqualTo(profileBefore);
        assertThat(cities.departments(cityB.id())).containsExactly(departmentB);
        assertThat(networks.find(networkB.id())).contains(networkB);
        assertThat(translations.eagerLanguages(networkB.id())).isEmpty();
        assertThat(networks.members(networkB.id()))
                .singleElement()
                .satisfies(member -> assertThat(member.leftOn()).isNull());
        assertThat(cities.findBySlug("intruder-town")).isEmpty();
        assertThat(networks.findBySlug("intruders")).isEmpty();
        assertThat(TestCities.as(
                        TestPeople.holding(context, RoleGrant.platformAdmin()),
                        () -> List.of(plans.plan(new PlanId(planB)), plans.history(new PlanId(planB)))))
                .isEqualTo(planBefore);
        assertThat(TestCities.as(
                        TestPeople.holding(context, RoleGrant.platformAdmin()),
                        () -> consultations.consultation(new PlanId(planB))))
                .isEqualTo(consultationBefore);
        assertThat(TestCities.as(
                        TestPeople.holding(context, RoleGrant.platformAdmin()), () -> plans.ofCity(cityB.id())))
                .hasSize(1);
        assertThat(TestCities.as(TestPeople.holding(context, RoleGrant.platformAdmin()), this::trackingOfB))
                .isEqualTo(trackingBefore);
        assertThat(reviewsOfB()).isEqualTo(reviewsBefore);
        TestCities.as(TestPeople.holding(context, RoleGrant.platformAdmin()), () -> {
            assertThat(reports.report(new ReportId(reportB))).isEqualTo(reportBefore);
            assertThat(reports.cyclesOf(networkB.id())).hasSize(1);
            assertThat(reports.cycle(new CycleId(cycleB)).monitoringAsked()).isFalse();
        });
        TestCities.as(TestPeople.holding(context, RoleGrant.platformAdmin()), () -> {
            assertThat(practices.practice(new PracticeId(practiceB))).isEqualTo(practiceBefore);
            assertThat(practices.ofCity(cityB.id()))
                    .extracting(Practices.PracticeSummary::title)
                    .doesNotContain("Forged");
        });
        assertThat(selfAssessmentOfB()).isEqualTo(selfAssessmentBefore);
        assertThat(peerReviewOfB()).isEqualTo(peerReviewBefore);
        assertThat(dimensionsOfB()).isEqualTo(dimensionsBefore);
    }

    @Test
    void noWriteAnswersAServerErrorToWhatAClientCanSend() throws Exception {
        var admin = TestPeople.holding(context, RoleGrant.platformAdmin());
        var failures = new ArrayList<String>();
        for (var entry : calls().entrySet()) {
            var call = entry.getValue();
            var unknownIds =
                    ID.matcher(call.path()).replaceAll(UUID.randomUUID().toString());
            var notIds = ID.matcher(call.path()).replaceAll("not-an-id");
            var variants = new LinkedHashMap<String, Call>();
            variants.put("malformed JSON", new Call(call.method(), call.path(), "{\"name\": "));
            variants.put("an array for an object", new Call(call.method(), call.path(), "[1, 2]"));
            variants.put("wrong types", new Call(call.method(), call.path(), """
                    {"version":"seven","name":42,"role":"EMPEROR","joinedOn":"yesterday","cityId":"nobody",
                     "officialLanguages":"de","startYear":"soon","frameworks":"all","progress":"half"}"""));
            variants.put("unknown ids", new Call(call.method(), unknownIds, call.body()));
            variants.put("ids that are no ids", new Call(call.method(), notIds, call.body()));
            for (var variant : variants.entrySet()) {
                var sent = variant.getValue();
                var request =
                        request(sent.method(), sent.path()).with(user(admin)).with(csrf());
                if (sent.body() != null) {
                    request.contentType(MediaType.APPLICATION_JSON).content(sent.body());
                }
                var response = mvc.perform(request).andReturn().getResponse();
                if (response.getStatus() >= 500) {
                    failures.add(entry.getKey() + " with " + variant.getKey() + " answered " + response.getStatus());
                }
            }
        }
        assertThat(failures).isEmpty();
    }
    /** The calls for practices of network B: opening one for it, closing its call, answering for city B. */
    void callsForPractices(Map<String, Call> calls) {
        calls.put(
                "POST /api/v1/networks/{network}/calls",
                new Call(HttpMethod.POST, "/api/v1/networks/" + networkB.id().value() + "/calls", """
                        {"theme":"Forged","deadline":"2099-01-01"}"""));
        calls.put(
                "POST /api/v1/calls/{id}/close", new Call(HttpMethod.POST, "/api/v1/calls/" + callB + "/close", null));
        calls.put(
                "POST /api/v1/calls/{id}/answers",
                new Call(HttpMethod.POST, "/api/v1/calls/" + callB + "/answers", """
                        {"city":"%s","language":"de","template":{"title":"Forged"}}""".formatted(
                                cityB.id().value())));
    }

    String cityDimensionB;

    /** A breakdown dimension city B keeps, and one network B keeps for its member cities. */
    void dimensionsOfB(UserDetails coordinatorOfB) {
        var dimensions = context.getBean(OwnDimensions.class);
        var content = new OwnDimensions.DimensionContent(
                LocalizedText.of("en", "District B"),
                List.of(new OwnDimensions.Entry("north", null, LocalizedText.of("en", "North"))));
        cityDimensionB = TestCities.as(coordinatorOfB, () -> dimensions.addForCity(cityB.id(), "districts", content));
        TestCities.as(
                TestPeople.holding(context, RoleGrant.inNetwork(Role.NETWORK_SECRETARIAT, networkB.id())),
                () -> dimensions.addForNetwork(networkB.id(), "grounds", content));
    }

    List<OwnDimensions.OwnDimension> dimensionsOfB() {
        var dimensions = context.getBean(OwnDimensions.class);
        return TestCities.as(
                TestPeople.holding(context, RoleGrant.platformAdmin()),
                () -> java.util.stream.Stream.concat(
                                dimensions.ofCity(cityB.id()).stream(), dimensions.ofNetwork(networkB.id()).stream())
                        .toList());
    }

    /** The own breakdown dimension endpoints against city B's and network B's dimensions. */
    void dimensionCalls(Map<String, Call> calls) {
        var body = """
                {"code":"forged","version":0,"name":{"en":"Forged"},"categories":[{"code":"x","label":{"en":"X"}}]}""";
        calls.put(
                "POST /api/v1/cities/{id}/indicator-dimensions",
                new Call(HttpMethod.POST, "/api/v1/cities/" + cityB.id().value() + "/indicator-dimensions", body));
        calls.put(
                "POST /api/v1/networks/{id}/indicator-dimensions",
                new Call(HttpMethod.POST, "/api/v1/networks/" + networkB.id().value() + "/indicator-dimensions", body));
        calls.put(
                "PUT /api/v1/indicator-dimensions/{dimension}",
                new Call(HttpMethod.PUT, "/api/v1/indicator-dimensions/" + cityDimensionB, body));
    }
}
