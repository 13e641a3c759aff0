package org.equicity.shared;

/**
 * Demo content that a module the {@code demo} module may not reach loads itself: Spring Modulith lets only a nested
 * module's parent and siblings refer to it, so the demo loader hands each part its people once they exist.
 */
public interface DemoContentPart {

    /** The demo's people, as the demo loader created them. */
    interface DemoPeople {

        /** The address of the demo person of this role ({@code coordinator}, {@code department}, {@code partner}). */
        String account(String role, String citySlug);

        /** Signs the demo person of this address in, so that each step goes through the facades as them. */
        void signIn(String email);
    }

    void load(DemoPeople people);
}
