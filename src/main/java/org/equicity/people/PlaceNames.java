package org.equicity.people;

import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;

/**
 * Names of the cities and networks roles are held in, for the people module's own pages. The people module may not
 * depend on the modules that know those names (they depend on it), so one of them provides this.
 */
public interface PlaceNames {

    /** The city's name, or a short form of its id when the city no longer exists. */
    String city(CityId city);

    /** The network's name, or a short form of its id when the network no longer exists. */
    String network(NetworkId network);
}
