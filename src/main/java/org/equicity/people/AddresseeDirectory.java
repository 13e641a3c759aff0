package org.equicity.people;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.equicity.shared.CityId;
import org.equicity.shared.DepartmentId;
import org.equicity.shared.NetworkId;
import org.equicity.shared.PersonId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class AddresseeDirectory implements Addressees {

    private static final String BACKGROUND_ONLY = "Addressees are for background work, not for web requests";

    private final PersonRepository people;

    AddresseeDirectory(PersonRepository people) {
        this.people = people;
    }

    @Override
    public Optional<Addressee> person(PersonId person) {
        PeopleFacade.refuseInWebRequest(BACKGROUND_ONLY);
        return people.findById(person.value()).filter(Person::isActive).map(AddresseeDirectory::addressee);
    }

    @Override
    public List<Addressee> inCity(CityId city, Set<Role> roles) {
        PeopleFacade.refuseInWebRequest(BACKGROUND_ONLY);
        return people.holdingRolesInCity(city.value()).stream()
                .filter(Person::isActive)
                .filter(person -> person.grants().stream()
                        .anyMatch(grant -> city.equals(grant.city()) && roles.contains(grant.role())))
                .map(AddresseeDirectory::addressee)
                .toList();
    }

    @Override
    public List<Addressee> contactsOf(CityId city, Set<DepartmentId> departments) {
        PeopleFacade.refuseInWebRequest(BACKGROUND_ONLY);
        return people.holdingRolesInCity(city.value()).stream()
                .filter(Person::isActive)
                .filter(person -> person.grants().stream()
                        .anyMatch(grant -> grant.role() == Role.DEPARTMENT_CONTACT
                                && city.equals(grant.city())
                                && departments.contains(grant.department())))
                .map(AddresseeDirectory::addressee)
                .toList();
    }

    @Override
    public List<Addressee> inNetwork(NetworkId network, Role role) {
        PeopleFacade.refuseInWebRequest(BACKGROUND_ONLY);
        return people.holdingRolesInNetwork(network.value()).stream()
                .filter(Person::isActive)
                .filter(person -> person.grants().stream()
                        .anyMatch(grant -> network.equals(grant.network()) && grant.role() == role))
                .map(AddresseeDirectory::addressee)
                .toList();
    }

    private static Addressee addressee(Person person) {
        return new Addressee(person.id(), person.email(), person.displayName(), person.language());
    }
}
