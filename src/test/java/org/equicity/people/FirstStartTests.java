package org.equicity.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
@ExtendWith(OutputCaptureExtension.class)
class FirstStartTests {

    @Autowired
    FirstStart firstStart;

    @Autowired
    PersonRepository persons;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void anInstallationStartsWithAnAdministratorWithoutPassword() {
        var admin = persons.findByEmail("admin@equicity.local").orElseThrow();
        assertThat(admin.grants()).contains(RoleGrant.platformAdmin());
        assertThat(admin.hasPassword()).as("no default password, ever").isFalse();
    }

    @Test
    void theSetupLinkIsPrintedOnlyWhenAnAdministratorHadToBeCreatedAndSetsThePassword(CapturedOutput output)
            throws Exception {
        // The context may have started (and printed its own banner) inside this capture: look only at what follows.
        int before = output.getOut().length();
        assertThat(firstStart.ensurePlatformAdmin())
                .as("an administrator exists already")
                .isEmpty();
        assertThat(output.getOut().substring(before)).doesNotContain("FIRST START");

        jdbc.update("delete from role_grant where role = 'PLATFORM_ADMIN'");
        var link = firstStart.ensurePlatformAdmin().orElseThrow();

        assertThat(output.getOut().substring(before))
                .contains("FIRST START")
                .contains("admin@equicity.local")
                .contains(link);
        assertThat(link).startsWith("http://localhost:8080/invitation/");
        int after = output.getOut().length();
        assertThat(firstStart.ensurePlatformAdmin()).as("printed once").isEmpty();
        assertThat(output.getOut().substring(after)).doesNotContain("FIRST START");

        var path = link.substring("http://localhost:8080".length());
        mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("admin@equicity.local")));
        var session = mvc.perform(post(path)
                        .param("displayName", "Ada Admin")
                        .param("password", "the administrator passphrase")
                        .param("passwordRepeat", "the administrator passphrase")
                        .with(csrf()))
                .andExpect(redirectedUrl("/account"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        mvc.perform(get("/account").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("admin@equicity.local")));
        mvc.perform(get(path)).andExpect(status().isGone());
        var admin = persons.findByEmail("admin@equicity.local").orElseThrow();
        assertThat(admin.displayName()).isEqualTo("Ada Admin");
        assertThat(admin.passwordHash()).startsWith("{bcrypt}");
    }

    @Test
    void aSetupLinkThatExpiredUnusedIsReplacedAtTheNextStart(CapturedOutput output) {
        jdbc.update("delete from role_grant where role = 'PLATFORM_ADMIN'");
        var first = firstStart.ensurePlatformAdmin().orElseThrow();
        assertThat(firstStart.ensurePlatformAdmin())
                .as("the first link is still open")
                .isEmpty();

        jdbc.update(
                "update one_time_link set expires_at = ? where used_at is null",
                Timestamp.from(Instant.now().minusSeconds(60)));
        int before = output.getOut().length();
        var second = firstStart.ensurePlatformAdmin().orElseThrow();

        assertThat(second).isNotEqualTo(first);
        assertThat(output.getOut().substring(before)).contains("FIRST START").contains(second);
    }
}
