package org.equicity.notification.web;

import org.equicity.notification.Notifications;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

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
     * The count, or none when the database cannot be asked: the layout also frames the page that says the database is
     * busy, and that page must still be shown.
     */
    public long count() {
        try {
            return notifications.unread();
        } catch (DataAccessException | TransactionException busy) {
            return 0;
        }
    }
}
