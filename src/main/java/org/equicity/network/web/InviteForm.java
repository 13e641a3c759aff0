package org.equicity.network.web;

/** Whom a secretariat invites, in which network role, and the language of the invitation. */
record InviteForm(String email, String displayName, String role, String language) {

    static InviteForm blank(String language) {
        return new InviteForm(null, null, "NETWORK_SECRETARIAT", language);
    }
}
