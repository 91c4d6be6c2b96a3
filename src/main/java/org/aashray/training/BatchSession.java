package org.aashray.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;

/** One class of a batch, generated from its weekly timetable. */
@Entity
@Table(name = "training_sessions")
class BatchSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "batch_id")
    private long batchId;
    @Column(name = "session_date")
    private LocalDate date;
    @Column(name = "start_time")
    private LocalTime startTime;
    @Column(name = "end_time")
    private LocalTime endTime;
    private boolean marked;

    protected BatchSession() {
    }

    BatchSession(long batchId, LocalDate date, LocalTime startTime, LocalTime endTime) {
        this.batchId = batchId;
        this.date = date;
        this.startTime = startTime;
        this.endTime = endTime;
    }

    Long getId() { return id; }
    long getBatchId() { return batchId; }
    LocalDate getDate() { return date; }
    LocalTime getStartTime() { return startTime; }
    LocalTime getEndTime() { return endTime; }
    boolean isMarked() { return marked; }
    void setMarked(boolean marked) { this.marked = marked; }

    SessionSummary summary() {
        return new SessionSummary(id, batchId, date, startTime, endTime, marked);
    }
}
