package org.equicity.plan.tracking.web;

import java.util.UUID;
import org.equicity.indicator.Indicators.CellStatus;

/** One indicator's total for its due period as typed beside a progress update: the value as typed, and its status. */
record FigureField(UUID indicator, String period, String value, CellStatus status) {}
