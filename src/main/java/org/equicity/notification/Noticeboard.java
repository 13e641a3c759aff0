package org.equicity.notification;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.equicity.mail.Mailer;
import org.equicity.mail.OutgoingMail;
import org.equicity.people.Addressees.Addressee;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts what waits for people: a notice for each, and a mail at once unless they chose the daily digest for its
 * kind (or nothing). The mail goes through the outbox in the same transaction as the notice.
 */
@Component
@Transactional
class Noticeboard {

    private final NoticeRepository notices;
    private final Preferences preferences;
    private final NoticeTexts texts;
    private final UnsubscribeTokens tokens;
    private final Mailer mailer;
    private final Clock clock;

    Noticeboard(
            NoticeRepository notices,
            Preferences preferences,
            NoticeTexts texts,
            UnsubscribeTokens tokens,
            Mailer mailer,
            Clock clock) {
        this.notices = notices;
        this.preferences = preferences;
        this.texts = texts;
        this.tokens = tokens;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** {@code link} is the path of the place to act; {@code arguments} those of the kind's text. */
    void post(List<Addressee> addressees, NoticeKind kind, List<String> arguments, String link) {
        post(addressees, kind, arguments, link, null);
    }

    /**
     * As {@link #post(List, NoticeKind, List, String)}, for a reminder a daily job finds again each day: each person
     * hears of what {@code about} names once.
     */
    void postOnce(List<Addressee> addressees, NoticeKind kind, List<String> arguments, String link, String about) {
        post(
                addressees.stream()
                        .filter(addressee -> !notices.existsByPersonIdAndKindAndAbout(
                                addressee.person().value(), kind, about))
                        .toList(),
                kind,
                arguments,
                link,
                about);
    }

    private void post(
            List<Addressee> addressees, NoticeKind kind, List<String> arguments, String link, @Nullable String about) {
        for (var addressee : addressees) {
            var delivery = preferences.of(addressee.person(), kind);
            if (delivery == Delivery.OFF) {
                continue;
            }
            notices.save(new Notice(
                    addressee.person(), kind, arguments, link, clock.instant(), delivery == Delivery.DAILY, about));
            if (delivery == Delivery.AT_ONCE) {
                mail(addressee, kind, arguments, link);
            }
        }
    }

    private void mail(Addressee addressee, NoticeKind kind, List<String> arguments, String link) {
        var language = Locale.forLanguageTag(addressee.language());
        mailer.send(new OutgoingMail(
                addressee.email(),
                language,
                "notice",
                texts.text(kind, arguments, language),
                addressee.displayName(),
                texts.address(link),
                texts.address("/notices/preferences"),
                texts.address("/notices/unsubscribe?token=" + tokens.sign(addressee.person(), kind.name())),
                texts.label(kind, language)));
    }
}
