package org.aashray.counselling.records;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.aashray.base.crypto.EncryptedText;

/** The confidential note of a session; the column holds AES-GCM ciphertext only. */
@Entity
@Table(name = "counselling_notes")
class SessionNote {

    @Id
    private Long sessionId;
    @Convert(converter = EncryptedText.class)
    @Column(name = "ciphertext")
    private String text;
    private String writtenBy;
    private Instant writtenAt;
    @Version
    private long version;

    protected SessionNote() {
    }

    SessionNote(long sessionId) {
        this.sessionId = sessionId;
    }

    String getText() { return text; }
    void write(String text, String by, Instant at) {
        this.text = text;
        this.writtenBy = by;
        this.writtenAt = at;
    }
    String getWrittenBy() { return writtenBy; }
    Instant getWrittenAt() { return writtenAt; }
}
