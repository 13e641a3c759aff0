package org.equicity.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.plan.PlanFixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.equicity.monitoring.InformationRequests;
import org.equicity.monitoring.InformationRequests.Addressee;
import org.equicity.monitoring.InformationRequests.RequestContent;
import org.equicity.monitoring.InformationRequests.RequestId;
import org.equicity.monitoring.MonitoringFixtures;
import org.equicity.monitoring.MonitoringFixtures.TestMonitoring;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class RequestPagesTests {

    private static final Pattern RECIPIENT = Pattern.compile("/recipients/([0-9a-f-]{36})/answer");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    TestMonitoring city;
    String base;

    @BeforeEach
    void setUp() {
        city = MonitoringFixtures.city(context);
        base = "/manage/cities/" + city.city().city().slug() + "/monitoring";
    }

    @Test
    void theCoordinatorSendsARequestTheDepartmentAnswersOnItsPageAndTheSteeringGroupSeesTheRate() throws Exception {
        var requests = base + "/" + city.programme().value() + "/requests";
        mvc.perform(get(requests + "/new").with(user(city.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Which facts and numbers does your department have")))
                .andExpect(content().string(containsString("Housing office")));
        var request = mvc.perform(post(requests + "/new")
                        .with(user(city.coordinator()))
                        .with(csrf())
                        .param("title", "Services and discrimination")
                        .param("questions[0]", "Which facts and numbers do you have?")
                        .param("questions[1]", "Which problems do you see?")
                        .param("questions[2]", "")
                        .param("deadline", LocalDate.now().plusWeeks(3).toString())
                        .param(
                                "addressees[0].department",
                                city.city().department().id().value().toString())
                        .param("addressees[0].asked", "true")
                        .param("addressees[0].contactName", "Eva Equal")
                        .param("addressees[0].contactEmail", "eva@example.org")
                        .param(
                                "addressees[1].department",
                                city.housing().id().value().toString())
                        .param("addressees[1].asked", "true")
                        .param("addressees[1].contactName", "Hans Housing")
                        .param("addressees[1].contactEmail", "hans@example.org"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(request).with(user(city.housingContact()))).andExpect(status().isForbidden());
        mvc.perform(post(request + "/send").with(user(city.coordinator())).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(base + "/requests/mine").with(user(city.housingContact())))
                .andExpect(content().string(containsString("Services and discrimination")));
        var page = mvc.perform(get(request).with(user(city.housingContact())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Eva Equal"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var matcher = RECIPIENT.matcher(page);
        org.assertj.core.api.Assertions.assertThat(matcher.find()).isTrue();
        var answer = request + "/recipients/" + matcher.group(1) + "/answer";
        mvc.perform(post(answer).with(user(city.housingContact())).with(csrf()).header("Accept-Language", "it"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"answers-0-error\"")))
                .andExpect(content().string(containsString("Rispondere ad almeno una domanda")));
        mvc.perform(post(answer)
                        .with(user(city.housingContact()))
                        .with(csrf())
                        .param("answers[0]", "Waiting lists by nationality")
                        .param("figures", "Applications: 1200"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(answer).with(user(city.equalityContact())).with(csrf()).param("answers[0]", "Not ours"))
                .andExpect(status().isForbidden());

        mvc.perform(get(request).with(user(city.coordinator())))
                .andExpect(content().string(containsString("1 of 2 answered (50 %)")))
                .andExpect(content().string(containsString("Waiting lists by nationality")));
        mvc.perform(get("/api/v1/monitoring/information-requests/" + request.substring(request.lastIndexOf('/') + 1))
                        .with(user(city.equalityContact())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recipients.length()").value(1))
                .andExpect(jsonPath("$.responseRate").value(org.hamcrest.Matchers.nullValue()));

        var other = MonitoringFixtures.city(context);
        mvc.perform(get(request).with(user(other.coordinator()))).andExpect(status().isForbidden());
        mvc.perform(get(requests).with(user(other.coordinator()))).andExpect(status().isForbidden());
        mvc.perform(get("/cities/" + city.city().city().slug()))
                .andExpect(content().string(not(containsString("Waiting lists by nationality"))))
                .andExpect(content().string(not(containsString("Services and discrimination"))));
    }

    /**
     * Item 3: a department attaches files to its answer. A disguised file is refused beside the field in the reader's
     * language; the file is served only as a download to that department and the coordinators, never to another
     * department, another city or the public.
     */
    @Test
    void aDepartmentAttachesAFileWhichOnlyItAndTheCoordinatorsDownload() throws Exception {
        var requests = context.getBean(InformationRequests.class);
        var request = sentToBothDepartments(requests);
        var housing = as(city.housingContact(), () -> requests.request(request))
                .recipients()
                .get(0)
                .id()
                .value();
        var page = base + "/requests/" + request.value();
        var upload = page + "/recipients/" + housing + "/attachments";
        mvc.perform(multipart(upload)
                        .file(disguisedFile())
                        .with(user(city.housingContact()))
                        .with(csrf())
                        .locale(Locale.GERMAN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"file-0-error\"")))
                .andExpect(content().string(containsString("werden nicht angenommen")));
        var figures = "Applications 2025: 1200\n".getBytes(StandardCharsets.UTF_8);
        var file = new MockMultipartFile("file", "C:\\Users\\hans\\figures.txt", "text/plain", figures);
        mvc.perform(multipart(upload)
                        .file(file)
                        .with(user(city.equalityContact()))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart(upload)
                        .file(file)
                        .with(user(city.housingContact()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "monitoring.notice.attached"));

        var shown = mvc.perform(get(page).with(user(city.coordinator())))
                .andExpect(content().string(containsString("figures.txt")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var link = Pattern.compile("/attachments/([0-9a-f-]{36})").matcher(shown);
        assertThat(link.find()).isTrue();
        var download = page + "/attachments/" + link.group(1);
        for (var reader : List.of(city.housingContact(), city.coordinator())) {
            var response = mvc.perform(get(download).with(user(reader)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse();
            assertThat(response.getContentType()).startsWith("text/plain");
            assertThat(response.getHeader("Content-Disposition"))
                    .startsWith("attachment")
                    .contains("figures.txt");
            assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.getContentAsByteArray()).isEqualTo(figures);
        }
        var api = "/api/v1/monitoring/information-requests/" + request.value() + "/attachments/" + link.group(1);
        var other = MonitoringFixtures.city(context);
        mvc.perform(get(download).with(user(city.equalityContact()))).andExpect(status().isForbidden());
        mvc.perform(get(api).with(user(city.equalityContact()))).andExpect(status().isForbidden());
        mvc.perform(get(api).with(user(other.coordinator()))).andExpect(status().isForbidden());
        mvc.perform(get(api)).andExpect(status().isUnauthorized());
        mvc.perform(get("/cities/" + city.city().city().slug() + "/monitoring"))
                .andExpect(content().string(not(containsString("figures.txt"))));

        // the data protection officer's list of what the city holds names the request whose answers hold files
        var cityPath = city.city().city();
        mvc.perform(get("/manage/cities/" + cityPath.slug() + "/monitoring/data-protection.csv")
                        .with(user(city.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Services and discrimination")))
                .andExpect(content().string(containsString("Files attached to answers of an information request")))
                .andExpect(content().string(not(containsString("Applications 2025"))));
        mvc.perform(get("/api/v1/cities/" + cityPath.id().value() + "/monitoring/data-protection")
                        .with(user(city.coordinator())))
                .andExpect(jsonPath("$.files[0].request").value("Services and discrimination"))
                .andExpect(jsonPath("$.files[0].files").value(1));
        mvc.perform(get("/api/v1/cities/" + cityPath.id().value() + "/monitoring/data-protection")
                        .with(user(city.housingContact())))
                .andExpect(status().isForbidden());

        mvc.perform(delete(api).with(user(city.coordinator())).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(delete(api).with(user(city.housingContact())).with(csrf())).andExpect(status().isNoContent());
        mvc.perform(get(api).with(user(city.coordinator()))).andExpect(status().isNotFound());
    }

    /**
     * Someone who answers for two departments has a form for each on one page: a file refused for the second
     * department is shown beside that department's field only, under ids of its own, and the summary links there.
     */
    @Test
    void aRefusedFileOfOneOfTwoDepartmentsIsShownBesideThatDepartmentsField() throws Exception {
        var requests = context.getBean(InformationRequests.class);
        var request = sentToBothDepartments(requests);
        var both = TestPeople.holding(
                context,
                RoleGrant.departmentContact(
                        city.city().city().id(), city.city().department().id()),
                RoleGrant.departmentContact(
                        city.city().city().id(), city.housing().id()));
        var recipients = as(both, () -> requests.request(request)).recipients();
        assertThat(recipients).hasSize(2);
        var page = base + "/requests/" + request.value();

        var shown = mvc.perform(
                        multipart(page + "/recipients/" + recipients.get(1).id().value() + "/attachments")
                                .file(disguisedFile())
                                .with(user(both))
                                .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(shown).containsOnlyOnce("class=\"field-error\"");
        assertThat(shown).contains("id=\"file-1-error\"", "href=\"#file-1\"").doesNotContain("file-0-error");
        var second = Pattern.compile("<input[^>]*id=\"file-1\"[^>]*>").matcher(shown);
        assertThat(second.find()).isTrue();
        assertThat(second.group()).contains("aria-invalid=\"true\"", "file-1-error");
        var first = Pattern.compile("<input[^>]*id=\"file-0\"[^>]*>").matcher(shown);
        assertThat(first.find()).isTrue();
        assertThat(first.group()).doesNotContain("aria-invalid");
    }

    /** A request about services, sent to the equality office and the housing office. */
    RequestId sentToBothDepartments(InformationRequests requests) {
        return as(city.coordinator(), () -> {
            var id = requests.prepare(
                    city.programme(),
                    new RequestContent(
                            "Services and discrimination",
                            List.of("Which facts and numbers do you have?"),
                            LocalDate.now().plusDays(20),
                            List.of(
                                    new Addressee(city.city().department().id(), "Eva Equal", "eva@example.org"),
                                    new Addressee(city.housing().id(), "Hans Housing", "hans@example.org"))));
            requests.send(id);
            return id;
        });
    }

    /** A page named as a PDF, which the upload refuses. */
    static MockMultipartFile disguisedFile() {
        return new MockMultipartFile(
                "file",
                "figures.pdf",
                "application/pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
    }
}
