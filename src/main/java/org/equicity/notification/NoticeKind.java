package org.equicity.notification;

/** What a notice tells of; each person chooses per kind how they hear of it. */
public enum NoticeKind {
    CONSULTATION_OPENED,
    COMMENT_ANSWERED,
    REPORT_RETURNED,
    REPORT_ACCEPTED,
    REVIEW_ASSIGNED,
    INVITATION_ACCEPTED,
    DEADLINE_APPROACHING,
    PROGRESS_UPDATE_DUE,
    REVIEW_DUE
}
