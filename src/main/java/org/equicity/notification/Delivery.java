package org.equicity.notification;

/** How a person hears of one kind of notice. */
public enum Delivery {
    /** A notice and a mail as soon as it happens (the default). */
    AT_ONCE,
    /** A notice at once, and one mail a day with everything of the kinds so chosen. */
    DAILY,
    /** Neither notice nor mail. */
    OFF
}
