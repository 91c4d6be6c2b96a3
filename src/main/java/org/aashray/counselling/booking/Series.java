package org.aashray.counselling.booking;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;

/** A weekly series: its sessions are ordinary sessions carrying the series id. */
@Entity
@Table(name = "counselling_series")
class Series {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long homeId;
    private long counsellorId;
    private LocalDateTime firstStart;
    private int occurrences;
    private Instant createdAt;
    @Version
    private long version;

    protected Series() {
    }

    Series(long homeId, long counsellorId, LocalDateTime firstStart, int occurrences, Instant createdAt) {
        this.homeId = homeId;
        this.counsellorId = counsellorId;
        this.firstStart = firstStart;
        this.occurrences = occurrences;
        this.createdAt = createdAt;
    }

    Long getId() { return id; }
}
