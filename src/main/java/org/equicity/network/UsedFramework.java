package org.equicity.network;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import org.equicity.framework.FrameworkRef;

/** The stored form of a {@link FrameworkRef} a network uses. */
@Embeddable
class UsedFramework {

    @Column(name = "framework_id", nullable = false)
    private String frameworkId;

    @Column(name = "framework_version", nullable = false)
    private String frameworkVersion;

    protected UsedFramework() {}

    UsedFramework(FrameworkRef ref) {
        this.frameworkId = ref.id();
        this.frameworkVersion = ref.version();
    }

    FrameworkRef ref() {
        return new FrameworkRef(frameworkId, frameworkVersion);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UsedFramework that
                && frameworkId.equals(that.frameworkId)
                && frameworkVersion.equals(that.frameworkVersion);
    }

    @Override
    public int hashCode() {
        return Objects.hash(frameworkId, frameworkVersion);
    }
}
