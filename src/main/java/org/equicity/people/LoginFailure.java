package org.equicity.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "login_failure")
class LoginFailure {

    static final String ACCOUNT = "account";
    static final String ADDRESS = "address";

    @Id
    private UUID id;

    @Column(nullable = false)
    private String kind;

    @Column(name = "login_key", nullable = false)
    private String loginKey;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected LoginFailure() {}

    LoginFailure(String kind, String loginKey, Instant failedAt) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.loginKey = loginKey;
        this.failedAt = failedAt;
    }

    Instant failedAt() {
        return failedAt;
    }
}
