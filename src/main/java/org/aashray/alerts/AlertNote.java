package org.aashray.alerts;

import java.time.Instant;

/** A comment on an alert. */
public record AlertNote(String author, Instant writtenAt, String text) {
}
