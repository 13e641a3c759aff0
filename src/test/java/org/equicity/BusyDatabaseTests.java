package org.equicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.equicity.report.ReportFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.modulith.events.core.EventPublicationRegistry;

/**
 * A burst of saves on one node can keep every database connection busy for longer than the pool lets a request wait.
 * The coordinator who saves at that moment is told to send it again shortly (503 with Retry-After), not that the
 * server broke, nothing is half-written, and the same request succeeds once a connection is free.
 */
class BusyDatabaseTests extends RaceTestContext {

    @Autowired
    HikariDataSource pool;

    final List<Connection> taken = new ArrayList<>();
    long connectionTimeout;

    @BeforeEach
    void rememberTheWait() {
        connectionTimeout = pool.getConnectionTimeout();
    }

    @AfterEach
    void giveConnectionsBack() throws Exception {
        for (var connection : taken) {
            connection.close();
        }
        taken.clear();
        letRequestsWait(connectionTimeout);
    }

    @Test
    void aSaveWhileEveryConnectionIsTakenIsRefusedForAMomentAndSucceedsWhenSentAgain() throws Exception {
        var world = ReportFixtures.create(context);
        var cycle = world.openCycle(context, "Cycle 2023–2024", 2023);
        var start = post("/api/v1/cycles/" + cycle.value() + "/reports")
                .with(user(world.coordinator()))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"city":"%s"}""".formatted(world.city().id().value()));

        takeEveryConnection();
        var refused = mvc.perform(start).andReturn().getResponse();
        giveConnectionsBack();

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("5");
        assertThat(refused.getContentAsString()).contains("https://equicity.org/problems/busy");
        assertThat(count("select count(*) from city_report where cycle_id = ?", cycle.value()))
                .isZero();

        assertThat(mvc.perform(start).andReturn().getResponse().getStatus()).isEqualTo(201);
        assertThat(count("select count(*) from city_report where cycle_id = ?", cycle.value()))
                .isEqualTo(1);
    }

    @Test
    void aFormSentWhileEveryConnectionIsTakenShowsAPageSayingToSendItAgain() throws Exception {
        var world = ReportFixtures.create(context);
        var cycle = world.openCycle(context, "Cycle 2023–2024", 2023);

        takeEveryConnection();
        var refused = mvc.perform(post("/manage/cities/" + world.city().slug() + "/reports?cycle=" + cycle.value())
                        .with(user(world.coordinator()))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        giveConnectionsBack();

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getContentAsString()).contains("send it again in a few seconds");
    }

    /**
     * Takes the whole pool once the background work of the set-up (listeners of its events) is done, waiting as long as
     * the pool lets anyone wait for a connection a scheduled job still holds; only then is the wait cut short, for
     * the request under test.
     */
    private void takeEveryConnection() throws Exception {
        EventsSettled.await(context.getBean(EventPublicationRegistry.class));
        for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
            taken.add(pool.getConnection());
        }
        letRequestsWait(250);
    }

    /**
     * Sets how long a request waits for a connection, at once. HikariCP copies a timeout changed through its MXBean into
     * the running pool only on its next housekeeping run (every 30 s), so a request sent right after the change would
     * still wait the old 30 s (and a restored timeout would reach the pool only after later tests had begun): the
     * running pool's copy is therefore set too.
     */
    private void letRequestsWait(long millis) throws ReflectiveOperationException {
        pool.getHikariConfigMXBean().setConnectionTimeout(millis);
        var running = pool.getHikariPoolMXBean();
        var copy = running.getClass().getSuperclass().getDeclaredField("connectionTimeout");
        copy.setAccessible(true);
        copy.setLong(running, pool.getConnectionTimeout());
    }
}
