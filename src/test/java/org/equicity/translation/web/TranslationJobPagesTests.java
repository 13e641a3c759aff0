package org.equicity.translation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.shared.CityId;
import org.equicity.translation.FieldRef;
import org.equicity.translation.TranslationTestContext;
import org.equicity.translation.Translations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Italian is routed to a DeepL address where nothing listens, so its jobs fail until they are given up. */
@Tag("database")
class TranslationJobPagesTests extends TranslationTestContext {

    @Autowired
    MockMvc mvc;

    @Autowired
    Translations translations;

    @Autowired
    TransactionTemplate transactions;

    UserDetails admin;
    UserDetails coordinator;
    FieldRef field;

    @BeforeEach
    void aJobThatFailedThreeTimes() {
        admin = TestPeople.holding(context, RoleGrant.platformAdmin());
        coordinator =
                TestPeople.holding(context, RoleGrant.inCity(Role.CITY_COORDINATOR, new CityId(UUID.randomUUID())));
        field = new FieldRef("practice", UUID.randomUUID(), "description");
        transactions.executeWithoutResult(status ->
                translations.textsSaved(new CityId(UUID.randomUUID()), "it", Map.of(field, "Buongiorno a tutti.")));
        var now = Instant.now();
        runWorker(context, now);
        runWorker(context, now.plus(Duration.ofSeconds(61)));
        runWorker(context, now.plus(Duration.ofMinutes(4)));
    }

    JsonNode job() throws Exception {
        var body = mvc.perform(get("/api/v1/admin/translation-jobs").with(user(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonMapper.builder()
                .build()
                .readTree(body)
                .valueStream()
                .filter(job -> job.path("field")
                        .path("ownerId")
                        .asString()
                        .equals(field.ownerId().toString()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theAdministratorSeesTheFailedJobWithItsErrorAndRunsItAgain() throws Exception {
        var job = job();
        assertThat(job.path("state").asString()).isEqualTo("FAILED");
        assertThat(job.path("attempts").asInt()).isEqualTo(3);
        assertThat(job.path("sourceLanguage").asString()).isEqualTo("it");
        assertThat(job.path("targetLanguage").asString()).isEqualTo("en");
        var id = job.path("id").asString();

        mvc.perform(get("/admin/translations").param("lang", "en").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Translation jobs</h1>")))
                .andExpect(content().string(containsString("id=\"job-" + id + "\"")))
                .andExpect(content().string(containsString(field.toString())))
                .andExpect(content().string(containsString("it → en")))
                .andExpect(content().string(containsString("<span class=\"status status--attention\">Failed</span>")))
                .andExpect(content().string(containsString("ResourceAccessException: I/O error on POST request for")))
                .andExpect(content().string(containsString("action=\"/admin/translations/" + id + "/retry\"")));

        mvc.perform(post("/admin/translations/{id}/retry", id).with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/translations"))
                .andExpect(flash().attribute("notice", "translation.admin.retried"));

        var rerun = job();
        assertThat(rerun.path("state").asString()).isEqualTo("PENDING");
        assertThat(rerun.path("attempts").asInt()).isZero();
        mvc.perform(get("/admin/translations").param("lang", "de").with(user(admin)))
                .andExpect(content().string(containsString("\">Wartet</span>")));
    }

    @Test
    void theApiRunsAJobAgainAndAnswers404ForAJobThatIsGone() throws Exception {
        var id = job().path("id").asString();

        mvc.perform(post("/api/v1/admin/translation-jobs/{id}/retry", id)
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(status().isNoContent());

        assertThat(job().path("state").asString()).isEqualTo("PENDING");
        mvc.perform(post("/api/v1/admin/translation-jobs/{id}/retry", UUID.randomUUID())
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/translations/{id}/retry", UUID.randomUUID())
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(flash().attribute("problem", "translation.admin.gone"));
    }

    @Test
    void nobodyButAPlatformAdministratorSeesOrRerunsJobs() throws Exception {
        var id = job().path("id").asString();

        mvc.perform(get("/admin/translations").with(user(coordinator))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/translation-jobs").with(user(coordinator)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/translations/{id}/retry", id)
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/translation-jobs/{id}/retry", id)
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/translation-jobs")).andExpect(status().isUnauthorized());

        var unchanged = job();
        assertThat(unchanged.path("state").asString()).isEqualTo("FAILED");
        assertThat(unchanged.path("attempts").asInt()).isEqualTo(3);
    }
}
