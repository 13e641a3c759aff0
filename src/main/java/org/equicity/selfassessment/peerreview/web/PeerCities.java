package org.equicity.selfassessment.peerreview.web;

import java.util.LinkedHashMap;
import java.util.List;
import org.equicity.network.Networks;
import org.equicity.shared.CityId;

/** The cities a host may invite peers from: current members of its current networks, other than itself. */
final class PeerCities {

    private PeerCities() {}

    record PeerCity(CityId id, String name, String network) {}

    static List<PeerCity> of(Networks networks, CityId host) {
        var cities = new LinkedHashMap<CityId, PeerCity>();
        for (var membership : networks.membershipsOf(host)) {
            if (!membership.isCurrent()) {
                continue;
            }
            for (var member : networks.members(membership.network())) {
                if (member.isCurrent() && !member.city().equals(host)) {
                    cities.putIfAbsent(
                            member.city(), new PeerCity(member.city(), member.cityName(), membership.networkName()));
                }
            }
        }
        return List.copyOf(cities.values());
    }
}
