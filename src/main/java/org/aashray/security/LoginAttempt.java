package org.aashray.security;

import java.time.Instant;

/** One login attempt as the administrator's activity screen lists it; {@code reason} names a refusal. */
public record LoginAttempt(Instant occurredAt, String username, boolean success, String reason, String remoteAddress) {
}
