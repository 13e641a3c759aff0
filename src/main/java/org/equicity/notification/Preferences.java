package org.equicity.notification;

import java.util.EnumMap;
import java.util.Map;
import org.equicity.shared.PersonId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** How each person wants to hear of each kind; at once unless they chose otherwise. */
@Component
@Transactional
class Preferences {

    private final NoticePreferenceRepository preferences;

    Preferences(NoticePreferenceRepository preferences) {
        this.preferences = preferences;
    }

    Delivery of(PersonId person, NoticeKind kind) {
        return preferences
                .findByPersonIdAndKind(person.value(), kind)
                .map(NoticePreference::delivery)
                .orElse(Delivery.AT_ONCE);
    }

    Map<NoticeKind, Delivery> of(PersonId person) {
        var chosen = new EnumMap<NoticeKind, Delivery>(NoticeKind.class);
        for (var kind : NoticeKind.values()) {
            chosen.put(kind, Delivery.AT_ONCE);
        }
        preferences
                .findByPersonId(person.value())
                .forEach(preference -> chosen.put(preference.kind(), preference.delivery()));
        return chosen;
    }

    void choose(PersonId person, NoticeKind kind, Delivery delivery) {
        preferences
                .findByPersonIdAndKind(person.value(), kind)
                .ifPresentOrElse(
                        preference -> preference.choose(delivery),
                        () -> preferences.save(new NoticePreference(person, kind, delivery)));
    }
}
