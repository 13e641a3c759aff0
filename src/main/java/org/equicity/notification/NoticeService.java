package org.equicity.notification;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.equicity.people.Access;
import org.equicity.shared.PersonId;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class NoticeService implements Notifications {

    /** The notices list shows the latest; older ones have long been acted on or left. */
    private static final int SHOWN = 50;

    private final NoticeRepository notices;
    private final Preferences preferences;
    private final NoticeTexts texts;
    private final UnsubscribeTokens tokens;
    private final Access access;
    private final Clock clock;

    NoticeService(
            NoticeRepository notices,
            Preferences preferences,
            NoticeTexts texts,
            UnsubscribeTokens tokens,
            Access access,
            Clock clock) {
        this.notices = notices;
        this.preferences = preferences;
        this.texts = texts;
        this.tokens = tokens;
        this.access = access;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<NoticeView> mine(Locale language) {
        return notices.findByPersonIdOrderByCreatedAtDesc(me().value(), PageRequest.ofSize(SHOWN)).stream()
                .map(notice -> new NoticeView(
                        notice.id(),
                        notice.kind(),
                        texts.text(notice.kind(), notice.arguments(), language),
                        notice.link(),
                        notice.createdAt(),
                        notice.isRead()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long unread() {
        return access.current()
                .map(me -> notices.countByPersonIdAndReadAtIsNull(me.id().value()))
                .orElse(0L);
    }

    @Override
    public Optional<String> open(UUID id) {
        var me = me();
        return notices.findById(id).filter(notice -> notice.person().equals(me)).map(notice -> {
            notice.read(clock.instant());
            return notice.link();
        });
    }

    @Override
    public void markAllRead() {
        var now = clock.instant();
        notices.findByPersonIdAndReadAtIsNull(me().value()).forEach(notice -> notice.read(now));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<NoticeKind, Delivery> preferences() {
        return preferences.of(me());
    }

    @Override
    public void choose(Map<NoticeKind, Delivery> choices) {
        var me = me();
        choices.forEach((kind, delivery) -> preferences.choose(me, kind, delivery));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Unsubscription> unsubscription(String token) {
        return tokens.read(token).flatMap(this::described);
    }

    @Override
    public Optional<Unsubscription> unsubscribe(String token) {
        var scope = tokens.read(token);
        scope.ifPresent(this::stop);
        return scope.flatMap(this::described);
    }

    /** A kind is turned off; the digest by turning off every kind that was to go in it. */
    private void stop(UnsubscribeTokens.Scope scope) {
        var kind = kind(scope.what());
        if (kind.isPresent()) {
            preferences.choose(scope.person(), kind.get(), Delivery.OFF);
            return;
        }
        preferences.of(scope.person()).forEach((each, delivery) -> {
            if (delivery == Delivery.DAILY) {
                preferences.choose(scope.person(), each, Delivery.OFF);
            }
        });
    }

    private Optional<Unsubscription> described(UnsubscribeTokens.Scope scope) {
        var kind = kind(scope.what());
        if (kind.isEmpty() && !UnsubscribeTokens.DIGEST.equals(scope.what())) {
            return Optional.empty();
        }
        return Optional.of(new Unsubscription(kind.orElse(null)));
    }

    private static Optional<NoticeKind> kind(String name) {
        for (var kind : NoticeKind.values()) {
            if (kind.name().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private PersonId me() {
        return access.current()
                .map(Access.CurrentPerson::id)
                .orElseThrow(() -> new AccessDeniedException("Sign in to read your notices"));
    }
}
