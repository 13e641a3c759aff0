package org.equicity.demo;

import org.equicity.monitoring.ProgrammeId;
import org.equicity.shared.CityId;

/**
 * Published while the demo content loads, once a demo city's monitoring programme is set up, so that the data
 * collection nested in the monitoring module, which the demo module may not reach, adds its demo datasets to it. It is
 * heard at once, in the loading thread and under the demo administrator's sign-in, like every other demo write.
 */
public record DemoProgrammeSetUp(CityId city, ProgrammeId programme) {}
