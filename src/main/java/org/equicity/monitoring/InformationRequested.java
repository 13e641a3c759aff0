package org.equicity.monitoring;

import org.equicity.monitoring.InformationRequests.RecipientId;
import org.equicity.monitoring.InformationRequests.RequestId;

/** An information request was sent to a department, whose named contact is to be told. */
public record InformationRequested(RequestId request, RecipientId recipient) {}
