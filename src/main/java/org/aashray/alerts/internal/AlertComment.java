package org.aashray.alerts.internal;

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
public class AlertComment {

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

    public AlertComment(long alertId, String author, Instant writtenAt, String text) {
        this.alertId = alertId;
        this.author = author;
        this.writtenAt = writtenAt;
        this.text = text;
    }

    public String getAuthor() { return author; }
    public Instant getWrittenAt() { return writtenAt; }
    public String getText() { return text; }
}
