package org.equicity.notification;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in person's notices and how they want to hear of each kind; and the unsubscribe link of a mail, which
 * works without signing in.
 */
public interface Notifications {

    /** The reader's latest notices, newest first, their texts in {@code language}. */
    List<NoticeView> mine(Locale language);

    /** How many of the reader's notices they have not read; 0 when nobody is signed in. */
    long unread();

    /** Marks the reader's notice read and answers where it leads; empty when it is not theirs. */
    Optional<String> open(UUID notice);

    void markAllRead();

    /** The reader's choice for every kind. */
    Map<NoticeKind, Delivery> preferences();

    void choose(Map<NoticeKind, Delivery> choices);

    /** What the token of an unsubscribe link stops, or empty when the token is not one this installation signed. */
    Optional<Unsubscription> unsubscription(String token);

    /** Stops what the token names, without a signed-in reader; empty when the token is not valid. */
    Optional<Unsubscription> unsubscribe(String token);

    /** A notice; {@code link} is a path on this site. */
    record NoticeView(UUID id, NoticeKind kind, String text, String link, Instant at, boolean read) {}

    /** One kind ({@code kind} set) or the daily digest ({@code kind} null) that a person's link turns off. */
    record Unsubscription(@Nullable NoticeKind kind) {}
}
