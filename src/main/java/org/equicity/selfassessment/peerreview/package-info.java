/**
 * Peer review of a city's signed-off self-assessment, after the EUROCITIES peer review method: the host city invites
 * a review team (peers of other member cities of its networks, others such as migrant organisations or national
 * government, an expert leader), shares evidence of its self-assessment with it; the team records interview and
 * focus-group evidence and writes conclusions and recommendations per key factor; a feedback session and a
 * follow-up report close it, and the host decides whether it is published. Also the network's overview of the key
 * factors its member cities most often do not meet, from the self-assessments they share.
 */
@ApplicationModule(
        allowedDependencies = {
            "city",
            "disclosure",
            "framework",
            "mail",
            "network",
            "people",
            "selfassessment",
            "shared"
        })
@NullMarked
package org.equicity.selfassessment.peerreview;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
