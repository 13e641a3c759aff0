package org.equicity.monitoring;

import java.util.List;
import org.equicity.city.Cities;
import org.equicity.monitoring.InformationRequests.Recipient;
import org.equicity.monitoring.InformationRequests.RequestView;
import org.equicity.monitoring.InformationRequests.ResponseRate;
import org.equicity.monitoring.InformationRequests.State;
import org.equicity.shared.DepartmentId;
import org.springframework.stereotype.Component;

/** Information requests as their readers see them, for {@link RequestService}, which has chosen the recipients. */
@Component
class RequestViews {

    private final Cities cities;

    RequestViews(Cities cities) {
        this.cities = cities;
    }

    /** With {@code coordinator}, the response rate over every department asked; otherwise none. */
    RequestView view(InformationRequest request, List<RequestRecipient> shown, boolean coordinator) {
        var answerable = request.state() == State.SENT && !coordinator;
        return new RequestView(
                request.id(),
                request.programme(),
                request.city(),
                request.version(),
                request.title(),
                request.questions(),
                request.deadline(),
                request.state(),
                request.sentAt(),
                shown.stream()
                        .map(recipient -> new Recipient(
                                recipient.id(),
                                recipient.department(),
                                departmentName(recipient.department()),
                                recipient.contactName(),
                                recipient.contactEmail(),
                                recipient.answer(),
                                recipient.answeredAt(),
                                recipient.reminded(),
                                answerable))
                        .toList(),
                coordinator ? rate(shown) : null,
                coordinator);
    }

    String departmentName(DepartmentId department) {
        return cities.department(department).map(Cities.DepartmentSummary::name).orElse("");
    }

    static ResponseRate rate(List<RequestRecipient> recipients) {
        return new ResponseRate(
                (int) recipients.stream().filter(RequestRecipient::answered).count(), recipients.size());
    }
}
