package org.equicity.monitoring;

import org.equicity.monitoring.InformationRequests.RecipientId;
import org.equicity.monitoring.InformationRequests.ReminderKind;
import org.equicity.monitoring.InformationRequests.RequestId;

/** A department that has not answered an information request is reminded, before or after the deadline. */
public record InformationRequestReminded(RequestId request, RecipientId recipient, ReminderKind kind) {}
