package org.aashray.reintegration.readiness;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One readiness check as recorded on a day; checks are never edited, a new one is recorded instead (history). */
@Entity
@Table(name = "reint_readiness_checks")
class ReadinessCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long residentId;
    private long homeId;
    private LocalDate checkedOn;
    private String checkedBy;
    private boolean ready;
    private String missing;
    private Instant createdAt;
    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "check_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<ReadinessAnswer> answers = new ArrayList<>();

    protected ReadinessCheck() {
    }

    ReadinessCheck(long residentId, long homeId, LocalDate checkedOn, String checkedBy, Instant createdAt) {
        this.residentId = residentId;
        this.homeId = homeId;
        this.checkedOn = checkedOn;
        this.checkedBy = checkedBy;
        this.createdAt = createdAt;
    }

    void result(boolean ready, String missing) {
        this.ready = ready;
        this.missing = missing;
    }

    Long getId() { return id; }
    long getResidentId() { return residentId; }
    long getHomeId() { return homeId; }
    LocalDate getCheckedOn() { return checkedOn; }
    String getCheckedBy() { return checkedBy; }
    boolean isReady() { return ready; }
    List<ReadinessAnswer> getAnswers() { return answers; }
}
