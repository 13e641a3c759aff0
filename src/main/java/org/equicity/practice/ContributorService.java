package org.equicity.practice;

import java.time.Clock;
import java.util.List;
import org.equicity.people.Access;
import org.equicity.practice.Practices.PracticeContent;
import org.equicity.shared.NetworkId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ContributorService implements Contributors {

    private final ContributorRepository contributors;
    private final GoodPracticeRepository practices;
    private final PracticeService practiceService;
    private final Access access;
    private final TemplateCodes codes;
    private final Clock clock;

    ContributorService(
            ContributorRepository contributors,
            GoodPracticeRepository practices,
            PracticeService practiceService,
            Access access,
            TemplateCodes codes,
            Clock clock) {
        this.codes = codes;
        this.contributors = contributors;
        this.practices = practices;
        this.practiceService = practiceService;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public ContributorId add(NetworkId network, ContributorDetails details) {
        access.requireNetworkManagement(network);
        requireNewName(network, details.name());
        var contributor = new Contributor(network, details);
        contributors.save(contributor);
        return contributor.id();
    }

    @Override
    public void revise(ContributorId id, long version, ContributorDetails details) {
        var contributor = contributorOf(id);
        access.requireNetworkManagement(contributor.network());
        if (!contributor.name().equalsIgnoreCase(details.name())) {
            requireNewName(contributor.network(), details.name());
        }
        contributor.revise(version, details);
        var owner = contributor.owner();
        for (var practice : practices.findByContributorId(id.value())) {
            practice.ownedBy(owner);
            practiceService.changed(practice);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public ContributorView contributor(ContributorId id) {
        return contributorOf(id).view();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ContributorView> all() {
        return contributors.findAllByOrderByName().stream()
                .map(Contributor::view)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ContributorView> ofNetwork(NetworkId network) {
        return contributors.findByNetworkIdOrderByName(network.value()).stream()
                .map(Contributor::view)
                .toList();
    }

    @Override
    public PracticeId submit(ContributorId id, PracticeContent content) {
        var contributor = contributorOf(id);
        access.requireNetworkManagement(contributor.network());
        codes.check(content);
        var practice = GoodPractice.contributed(contributor, content, clock.instant());
        practices.save(practice);
        practiceService.changed(practice);
        return practice.id();
    }

    private void requireNewName(NetworkId network, String name) {
        if (contributors.existsByNetworkIdAndNameIgnoreCase(network.value(), name)) {
            throw RuleViolationException.about("name", "practice.rule.contributor-exists", name);
        }
    }

    private Contributor contributorOf(ContributorId id) {
        return contributors.findById(id.value()).orElseThrow(() -> new NotFoundException("Contributor", id.value()));
    }
}
