package org.equicity.monitoring;

import org.equicity.shared.CityId;

/** A programme's report was published: its public part is on the city's page and everyone who gave information is told. */
public record MonitoringReportPublished(ProgrammeId programme, CityId city) {}
