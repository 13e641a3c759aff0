package org.equicity.people;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.equicity.shared.CityId;
import org.equicity.shared.DepartmentId;
import org.equicity.shared.NetworkId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class AccessRules implements Access {

    private final PersonRepository people;

    AccessRules(PersonRepository people) {
        this.people = people;
    }

    @Override
    public Optional<CurrentPerson> current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedIn signedIn)) {
            return Optional.empty();
        }
        return people.findById(signedIn.personId())
                .filter(Person::isActive)
                .map(person -> new CurrentPerson(person.id(), person.email(), person.displayName(), person.grants()));
    }

    @Override
    public List<CityId> coordinatedCities() {
        return current().stream()
                .flatMap(me -> me.grants().stream())
                .filter(grant -> grant.role() == Role.CITY_COORDINATOR)
                .map(RoleGrant::city)
                .distinct()
                .toList();
    }

    private Set<RoleGrant> grants() {
        return current().map(CurrentPerson::grants).orElse(Set.of());
    }

    @Override
    public boolean isPlatformAdmin() {
        return grants().contains(RoleGrant.platformAdmin());
    }

    @Override
    public boolean canManageCity(CityId city) {
        var grants = grants();
        return grants.contains(RoleGrant.platformAdmin())
                || grants.contains(RoleGrant.inCity(Role.CITY_COORDINATOR, city));
    }

    @Override
    public boolean canManageNetwork(NetworkId network) {
        var grants = grants();
        return grants.contains(RoleGrant.platformAdmin())
                || grants.contains(RoleGrant.inNetwork(Role.NETWORK_SECRETARIAT, network));
    }

    @Override
    public boolean belongsToCity(CityId city) {
        return grants().stream().anyMatch(grant -> city.equals(grant.city()));
    }

    @Override
    public boolean canReadCity(CityId city) {
        return belongsToCity(city) || isPlatformAdmin();
    }

    @Override
    public boolean isDepartmentContact(CityId city, DepartmentId department) {
        return grants().contains(RoleGrant.departmentContact(city, department));
    }

    @Override
    public boolean isReviewer(NetworkId network) {
        return grants().contains(RoleGrant.inNetwork(Role.REVIEWER, network));
    }

    @Override
    public void requirePlatformAdmin() {
        require(isPlatformAdmin());
    }

    @Override
    public void requireCityManagement(CityId city) {
        require(canManageCity(city));
    }

    @Override
    public void requireNetworkManagement(NetworkId network) {
        require(canManageNetwork(network));
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new AccessDeniedException("Not allowed");
        }
    }
}
