package org.equicity.site;

import org.equicity.city.Cities;
import org.equicity.network.Networks;
import org.equicity.people.PlaceNames;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;
import org.springframework.stereotype.Component;

@Component
class ModulePlaceNames implements PlaceNames {

    private final Cities cities;
    private final Networks networks;

    ModulePlaceNames(Cities cities, Networks networks) {
        this.cities = cities;
        this.networks = networks;
    }

    @Override
    public String city(CityId city) {
        return cities.find(city)
                .map(Cities.CitySummary::name)
                .orElseGet(() -> shortId(city.value().toString()));
    }

    @Override
    public String network(NetworkId network) {
        return networks.find(network)
                .map(Networks.NetworkDetails::name)
                .orElseGet(() -> shortId(network.value().toString()));
    }

    private static String shortId(String id) {
        return id.substring(0, 8);
    }
}
