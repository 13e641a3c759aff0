package org.equicity.notification.web;

import org.equicity.notification.Notifications;
import org.springframework.stereotype.Component;

/**
 * The number of unread notices the page header shows a signed-in person ({@code @unreadNotices.count()} in the
 * layout): asked only where a page is rendered, not for every API request.
 */
@Component("unreadNotices")
class UnreadNotices {

    private final Notifications notifications;

    UnreadNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    public long count() {
        return notifications.unread();
    }
}
