package org.equicity.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.equicity.plan.PlanFixtures.as;

import java.time.LocalDate;
import java.util.List;
import org.equicity.mail.Mailer;
import org.equicity.monitoring.InformationRequests.Addressee;
import org.equicity.monitoring.InformationRequests.Answer;
import org.equicity.monitoring.InformationRequests.ReminderKind;
import org.equicity.monitoring.InformationRequests.RequestContent;
import org.equicity.monitoring.InformationRequests.RequestId;
import org.equicity.monitoring.MonitoringFixtures.TestMonitoring;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class InformationRequestsTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    InformationRequests requests;

    @Autowired
    RequestReminders reminders;

    @Autowired
    Mailer mailer;

    TestMonitoring city;
    LocalDate deadline;
    String equalityMail;
    String housingMail;

    @BeforeEach
    void setUp() {
        city = MonitoringFixtures.city(context);
        deadline = LocalDate.now().plusDays(10);
        equalityMail = "equality-" + city.programme().value() + "@example.org";
        housingMail = "housing-" + city.programme().value() + "@example.org";
    }

    RequestId sendToBothDepartments() {
        var content = new RequestContent(
                "Services and discrimination",
                List.of("Which facts and numbers do you have?", "Which problems do you see?", "Good practices?"),
                deadline,
                List.of(
                        new Addressee(city.city().department().id(), "Eva Equal", equalityMail),
                        new Addressee(city.housing().id(), "Hans Housing", housingMail)));
        return as(city.coordinator(), () -> {
            var id = requests.prepare(city.programme(), content);
            requests.send(id);
            return id;
        });
    }

    @Test
    void theCoordinatorAsksTwoDepartmentsOneAnswersTheOtherIsRemindedBeforeAndAfterTheDeadline() {
        var request = sendToBothDepartments();
        assertThat(mailer.outbox(200))
                .filteredOn(mail ->
                        mail.recipient().equals(housingMail) || mail.recipient().equals(equalityMail))
                .hasSize(2)
                .allSatisfy(mail -> assertThat(mail.body()).contains("/monitoring/requests/" + request.value()));

        var ownPart = as(city.equalityContact(), () -> requests.request(request));
        assertThat(ownPart.recipients())
                .singleElement()
                .satisfies(r -> assertThat(r.answerable()).isTrue());
        assertThat(ownPart.rate())
                .as("the response rate is the steering group's")
                .isNull();
        as(
                city.equalityContact(),
                () -> requests.answer(
                        request,
                        ownPart.recipients().get(0).id(),
                        new Answer(List.of("42 complaints in 2025", "", "Interpreters on call"), "Complaints: 42")));

        var housingPart = as(city.housingContact(), () -> requests.request(request));
        assertThat(housingPart.recipients()).singleElement().satisfies(r -> {
            assertThat(r.departmentName()).isEqualTo("Housing office");
            assertThat(r.answer()).isNull();
        });
        assertThat(as(
                        city.housingContact(),
                        () -> requests.assignedToMe(city.city().city().id())))
                .singleElement()
                .satisfies(assignment -> assertThat(assignment.answered()).isFalse());

        assertThat(reminders.remind(deadline.minusDays(3)))
                .as("only the housing office owes its answer")
                .isEqualTo(1);
        assertThat(reminders.remind(deadline.minusDays(2)))
                .as("each reminder once")
                .isZero();
        assertThat(reminders.remind(deadline.plusDays(1))).isEqualTo(1);
        assertThat(mailer.outbox(200))
                .filteredOn(mail -> mail.recipient().equals(housingMail))
                .hasSize(3);
        assertThat(mailer.outbox(200))
                .filteredOn(mail -> mail.recipient().equals(equalityMail))
                .hasSize(1);

        var overview = as(city.coordinator(), () -> requests.request(request));
        assertThat(overview.rate().answered()).isEqualTo(1);
        assertThat(overview.rate().percent()).isEqualTo(50);
        assertThat(overview.recipients())
                .filteredOn(r -> r.departmentName().equals("Housing office"))
                .singleElement()
                .satisfies(r -> assertThat(r.reminded())
                        .containsExactly(ReminderKind.BEFORE_DEADLINE, ReminderKind.AFTER_DEADLINE));
        assertThat(overview.recipients())
                .filteredOn(r -> r.answer() != null)
                .singleElement()
                .satisfies(r -> assertThat(r.answer().answers()).contains("Interpreters on call"));
    }

    @Test
    void aDepartmentAnswersOnlyForItselfAndAnotherCityIsRefusedEverything() {
        var request = sendToBothDepartments();
        var all = as(city.coordinator(), () -> requests.request(request));
        var housing = all.recipients().stream()
                .filter(r -> r.departmentName().equals("Housing office"))
                .findFirst()
                .orElseThrow();
        var answer = new Answer(List.of("Not ours"), null);
        assertThatThrownBy(() -> as(city.equalityContact(), () -> requests.answer(request, housing.id(), answer)))
                .isInstanceOf(AccessDeniedException.class);

        var other = MonitoringFixtures.city(context);
        assertThatThrownBy(() -> as(other.coordinator(), () -> requests.request(request)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other.coordinator(), () -> requests.ofProgramme(city.programme())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other.coordinator(), () -> requests.send(request)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        other.coordinator(),
                        () -> requests.prepare(
                                city.programme(),
                                new RequestContent(
                                        "Forged",
                                        List.of("?"),
                                        deadline,
                                        List.of(new Addressee(city.housing().id(), "X", "x@example.org"))))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        city.coordinator(),
                        () -> requests.prepare(
                                city.programme(),
                                new RequestContent(
                                        "Foreign",
                                        List.of("?"),
                                        deadline,
                                        List.of(new Addressee(
                                                other.city().department().id(), "X", "x@example.org"))))))
                .as("another city's department")
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("monitoring.rule.foreign-department");

        var otherRequest = as(other.coordinator(), () -> {
            var id = requests.prepare(
                    other.programme(),
                    new RequestContent(
                            "Theirs",
                            List.of("?"),
                            deadline,
                            List.of(new Addressee(other.housing().id(), "Y", "y@example.org"))));
            requests.send(id);
            return id;
        });
        assertThatThrownBy(() -> as(city.housingContact(), () -> requests.answer(otherRequest, housing.id(), answer)))
                .as("a recipient of another request")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(city.coordinator(), () -> requests.send(request)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("monitoring.rule.sent-already");
        assertThatThrownBy(() -> new RequestContent(
                        "Too many",
                        List.of("1", "2", "3", "4", "5", "6"),
                        deadline,
                        List.of(new Addressee(city.housing().id(), "X", "x@example.org"))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("monitoring.rule.questions");
        assertThatThrownBy(() -> new Addressee(city.housing().id(), "X", "not an address"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("monitoring.rule.email");
    }
}
