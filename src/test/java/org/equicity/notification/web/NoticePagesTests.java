package org.equicity.notification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.city.TestCities.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.equicity.EventsSettled;
import org.equicity.mail.Mailer;
import org.equicity.mail.OutboxEntry;
import org.equicity.notification.Delivery;
import org.equicity.notification.NoticeKind;
import org.equicity.notification.Notifications;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.plan.PlanFixtures;
import org.equicity.plan.Plans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A person reads what waits for them under "Notices" (with the unread count in the header), opens a notice to act,
 * chooses how they hear of each kind, and stops a kind of mail through the mail's link without signing in.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NoticePagesTests {

    private static final Pattern UNSUBSCRIBE = Pattern.compile("/notices/unsubscribe\\?token=([A-Za-z0-9_.-]+)");

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    Mailer mailer;

    @Autowired
    Plans plans;

    @Autowired
    Notifications notifications;

    PlanFixtures.TestCity city;
    UserDetails coordinator;
    UserDetails partner;

    List<OutboxEntry> mailsTo(UserDetails person) {
        EventsSettled.await(context.getBean(EventPublicationRegistry.class));
        return mailer.outbox(500).stream()
                .filter(mail -> mail.recipient().equals(person.getUsername()))
                .toList();
    }

    void consultationOpens() {
        as(coordinator, () -> {
            var plan = plans.create(PlanFixtures.newPlan(city, null));
            plans.addCommitment(plan, PlanFixtures.commitment("1", city));
            plans.openConsultation(plan);
        });
        EventsSettled.await(context.getBean(EventPublicationRegistry.class));
    }

    void partnerInANewCity() {
        city = PlanFixtures.city(context);
        coordinator = PlanFixtures.coordinator(context, city);
        partner = TestPeople.holding(
                context,
                RoleGrant.inCity(Role.CIVIL_SOCIETY_PARTNER, city.city().id()));
    }

    @Test
    void theUnsubscribeLinkOfAMailStopsThatKindWithoutSigningIn() throws Exception {
        partnerInANewCity();
        consultationOpens();
        var matcher = UNSUBSCRIBE.matcher(mailsTo(partner).get(0).body());
        assertThat(matcher.find()).isTrue();
        var token = matcher.group(1);

        mvc.perform(get("/notices/unsubscribe").param("token", token))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(org.hamcrest.Matchers.containsString("A draft plan opens for consultation")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Stop them")));
        assertThat(as(partner, () -> notifications.preferences().get(NoticeKind.CONSULTATION_OPENED)))
                .isEqualTo(Delivery.AT_ONCE);

        mvc.perform(post("/notices/unsubscribe").param("token", token).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Done")));

        assertThat(as(partner, () -> notifications.preferences()))
                .containsEntry(NoticeKind.CONSULTATION_OPENED, Delivery.OFF)
                .containsEntry(NoticeKind.COMMENT_ANSWERED, Delivery.AT_ONCE);
        consultationOpens();
        assertThat(mailsTo(partner)).hasSize(1);
    }

    @Test
    void aLinkThatThisInstallationDidNotSignChangesNothing() throws Exception {
        partnerInANewCity();
        consultationOpens();
        var matcher = UNSUBSCRIBE.matcher(mailsTo(partner).get(0).body());
        assertThat(matcher.find()).isTrue();
        var token = matcher.group(1);
        var forged = token.substring(0, token.indexOf('.') + 1) + "AAAA" + token.substring(token.indexOf('.') + 5);

        for (var tampered : List.of(forged, "", "not-a-token", "a.b.c", "%%%")) {
            mvc.perform(post("/notices/unsubscribe").param("token", tampered).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("cannot be used")));
        }
        assertThat(as(partner, () -> notifications.preferences().get(NoticeKind.CONSULTATION_OPENED)))
                .isEqualTo(Delivery.AT_ONCE);
    }

    @Test
    void aPersonSeesTheUnreadCountInTheHeaderAndOpensANoticeToAct() throws Exception {
        partnerInANewCity();
        consultationOpens();
        var notice = as(partner, () -> notifications.mine(Locale.ENGLISH)).get(0);

        mvc.perform(get("/me").with(user(partner)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<span class=\"badge\">1</span>")));
        mvc.perform(get("/notices").with(user(partner)).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("is open for consultation")));
        mvc.perform(get("/notices/" + notice.id()).with(user(coordinator))).andExpect(status().isNotFound());

        mvc.perform(get("/notices/" + notice.id()).with(user(partner))).andExpect(redirectedUrl(notice.link()));

        assertThat(as(partner, () -> notifications.unread())).isZero();
        mvc.perform(get("/me").with(user(partner)))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(
                                org.hamcrest.Matchers.containsString("<span class=\"badge\">"))));
    }

    @Test
    void aPersonChoosesPerKindAndWhatCannotBeReadIsIgnored() throws Exception {
        partnerInANewCity();

        mvc.perform(get("/notices/preferences").with(user(partner)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("A review is assigned to you")));
        mvc.perform(post("/notices/preferences")
                        .with(user(partner))
                        .with(csrf())
                        .param("REPORT_RETURNED", "DAILY")
                        .param("REVIEW_ASSIGNED", "OFF")
                        .param("COMMENT_ANSWERED", "SOMETIMES")
                        .param("NOT_A_KIND", "OFF"))
                .andExpect(redirectedUrl("/notices/preferences"));

        assertThat(as(partner, () -> notifications.preferences()))
                .containsEntry(NoticeKind.REPORT_RETURNED, Delivery.DAILY)
                .containsEntry(NoticeKind.REVIEW_ASSIGNED, Delivery.OFF)
                .containsEntry(NoticeKind.COMMENT_ANSWERED, Delivery.AT_ONCE);
        mvc.perform(get("/notices/preferences")).andExpect(status().is3xxRedirection());
    }
}
