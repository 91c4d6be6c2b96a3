package org.aashray.training.courses;

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
public class BatchSession {

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

    public Long getId() { return id; }
    public long getBatchId() { return batchId; }
    public LocalDate getDate() { return date; }
    public LocalTime getStartTime() { return startTime; }
    public LocalTime getEndTime() { return endTime; }
    boolean isMarked() { return marked; }
    public void setMarked(boolean marked) { this.marked = marked; }

    public SessionSummary summary() {
        return new SessionSummary(id, batchId, date, startTime, endTime, marked);
    }
}
