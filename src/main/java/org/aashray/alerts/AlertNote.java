package org.aashray.alerts;

import java.time.Instant;

/** A comment on an alert, or an earlier hand resolution of its item (who, when, the reason). */
public record AlertNote(String author, Instant writtenAt, String text) {
}
