package org.aashray.alerts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "alert_comments")
class AlertComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "alert_id")
    private long alertId;
    private String author;
    @Column(name = "written_at")
    private Instant writtenAt;
    private String text;

    protected AlertComment() {
    }

    AlertComment(long alertId, String author, Instant writtenAt, String text) {
        this.alertId = alertId;
        this.author = author;
        this.writtenAt = writtenAt;
        this.text = text;
    }

    String getAuthor() { return author; }
    Instant getWrittenAt() { return writtenAt; }
    String getText() { return text; }
}
