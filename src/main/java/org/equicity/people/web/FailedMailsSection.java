package org.equicity.people.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.equicity.mail.Mailer;
import org.equicity.mail.OutboxEntry;
import org.equicity.people.Role;
import org.equicity.people.WorkListSection;
import org.springframework.stereotype.Component;

/** On an administrator's work list: the mails whose delivery failed, among the latest in the outbox. */
@Component
class FailedMailsSection implements WorkListSection {

    /** How far back the outbox is read, as on its page. */
    private static final int LATEST = 500;

    private static final int SHOWN = 10;

    private final Mailer mailer;

    FailedMailsSection(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Optional<Section> forReader(Reader reader, LocalDate today) {
        if (!reader.holds(Role.PLATFORM_ADMIN)) {
            return Optional.empty();
        }
        var entries = mailer.outbox(LATEST).stream()
                .filter(mail -> mail.status() == OutboxEntry.Status.FAILED)
                .limit(SHOWN)
                .map(mail -> new Entry(
                        "/admin/outbox",
                        "site.me.mails.entry",
                        List.of(
                                mail.recipient(),
                                mail.subject(),
                                mail.createdAt().atOffset(ZoneOffset.UTC).toLocalDate()),
                        mail.failure(),
                        null,
                        List.of(),
                        true))
                .toList();
        return Optional.of(new Section("site.me.mails.heading", "site.me.mails.none", entries));
    }
}
