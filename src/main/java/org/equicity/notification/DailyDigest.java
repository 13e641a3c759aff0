package org.equicity.notification;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.equicity.mail.Mailer;
import org.equicity.mail.OutgoingMail;
import org.equicity.people.Addressees;
import org.equicity.shared.PersonId;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day, one mail to each person with the notices of the kinds they chose to hear of in a digest, written since
 * the last one. A notice goes in one digest only; a person no longer active gets none.
 */
@Component
@Transactional
class DailyDigest {

    private final NoticeRepository notices;
    private final Addressees addressees;
    private final NoticeTexts texts;
    private final UnsubscribeTokens tokens;
    private final Mailer mailer;
    private final Clock clock;

    DailyDigest(
            NoticeRepository notices,
            Addressees addressees,
            NoticeTexts texts,
            UnsubscribeTokens tokens,
            Mailer mailer,
            Clock clock) {
        this.notices = notices;
        this.addressees = addressees;
        this.texts = texts;
        this.tokens = tokens;
        this.mailer = mailer;
        this.clock = clock;
    }

    @Scheduled(cron = "${equicity.notifications.digest-cron:0 0 7 * * *}")
    void sendScheduled() {
        send();
    }

    /** Mails the digests due now; answers how many people got one. */
    int send() {
        var byPerson = notices.findByDigestDueTrueAndCreatedAtBeforeOrderByCreatedAt(clock.instant()).stream()
                .collect(Collectors.groupingBy(Notice::person, LinkedHashMap::new, Collectors.toList()));
        int sent = 0;
        for (var entry : byPerson.entrySet()) {
            var addressee = addressees.person(entry.getKey());
            if (addressee.isPresent()) {
                mail(addressee.get(), entry.getKey(), entry.getValue());
                sent++;
            }
            entry.getValue().forEach(Notice::digested);
        }
        return sent;
    }

    private void mail(Addressees.Addressee addressee, PersonId person, List<Notice> due) {
        var language = Locale.forLanguageTag(addressee.language());
        var items = new StringBuilder();
        for (var notice : due) {
            items.append("- ")
                    .append(texts.text(notice.kind(), notice.arguments(), language))
                    .append("\n  ")
                    .append(texts.address(notice.link()))
                    .append("\n\n");
        }
        mailer.send(new OutgoingMail(
                addressee.email(),
                language,
                "notice-digest",
                due.size(),
                addressee.displayName(),
                items.toString(),
                texts.address("/notices/preferences"),
                texts.address("/notices/unsubscribe?token=" + tokens.sign(person, UnsubscribeTokens.DIGEST))));
    }
}
