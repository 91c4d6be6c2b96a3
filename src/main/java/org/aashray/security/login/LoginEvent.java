package org.aashray.security.login;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One login attempt, successful or not. */
@Entity
@Immutable
@Table(name = "login_events")
public class LoginEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(nullable = false)
    private String username;
    private boolean success;
    private String reason;
    @Column(name = "remote_address")
    private String remoteAddress;

    protected LoginEvent() {
    }

    LoginEvent(Instant occurredAt, String username, boolean success, String reason, String remoteAddress) {
        this.occurredAt = occurredAt;
        this.username = username;
        this.success = success;
        this.reason = reason;
        this.remoteAddress = remoteAddress;
    }

    public Instant getOccurredAt() { return occurredAt; }
    public String getUsername() { return username; }
    public boolean isSuccess() { return success; }
    public String getReason() { return reason; }
    public String getRemoteAddress() { return remoteAddress; }
}
