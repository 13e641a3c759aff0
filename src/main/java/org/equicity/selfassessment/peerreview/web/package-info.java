/** The peer review's pages for the host and the team, its public pages, its API and the network's overview. */
@NullMarked
package org.equicity.selfassessment.peerreview.web;

import org.jspecify.annotations.NullMarked;
