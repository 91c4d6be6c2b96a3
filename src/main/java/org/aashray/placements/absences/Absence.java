package org.aashray.placements.absences;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A resident away from the home for a while (hospital, court, home visit); open until she returns. */
@Entity
@Table(name = "placement_absences")
public class Absence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "placement_id", updatable = false)
    private long placementId;
    @Column(name = "resident_id", updatable = false)
    private long residentId;
    @Column(name = "home_id", updatable = false)
    private long homeId;
    @Enumerated(EnumType.STRING)
    private AbsenceKind kind;
    @Column(name = "left_on")
    private LocalDate leftOn;
    @Column(name = "expected_return")
    private LocalDate expectedReturn;
    @Column(name = "returned_on")
    private LocalDate returnedOn;
    private String note;
    @Version
    private long version;

    protected Absence() {
    }

    Absence(long placementId, long residentId, long homeId, AbsenceKind kind, LocalDate leftOn, LocalDate expectedReturn,
            String note) {
        this.placementId = placementId;
        this.residentId = residentId;
        this.homeId = homeId;
        this.kind = kind;
        this.leftOn = leftOn;
        this.expectedReturn = expectedReturn;
        this.note = note;
    }

    public Long getId() { return id; }
    public long getPlacementId() { return placementId; }
    public long getResidentId() { return residentId; }
    long getHomeId() { return homeId; }
    public AbsenceKind getKind() { return kind; }
    public LocalDate getLeftOn() { return leftOn; }
    public LocalDate getExpectedReturn() { return expectedReturn; }
    LocalDate getReturnedOn() { return returnedOn; }
    void setReturnedOn(LocalDate on) { this.returnedOn = on; }
    String getNote() { return note; }
    public long getVersion() { return version; }
}
