package org.equicity.notification.web;

import org.equicity.notification.Notifications;
import org.equicity.shared.web.ErrorPages;
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

    /**
     * The count, or none on an error page without asking: the layout also frames the page that says the database is
     * busy, and that page must still be shown.
     */
    public long count() {
        return ErrorPages.rendering() ? 0 : notifications.unread();
    }
}
