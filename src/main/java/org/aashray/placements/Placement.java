package org.aashray.placements;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.aashray.homes.HomeType;

/**
 * One stay of a resident in one bed (or, for an accompanying child, on a cot in her mother's room), from
 * {@code startDate} (inclusive) to {@code endDate} (exclusive; open while she is there). Homes, beds and
 * residents are referenced by id only: those features own them.
 */
@Entity
@Table(name = "placements")
class Placement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "resident_id", updatable = false)
    private long residentId;
    @Column(name = "home_id", updatable = false)
    private long homeId;
    @Enumerated(EnumType.STRING)
    @Column(name = "home_type", updatable = false)
    private HomeType homeType;
    @Column(name = "bed_id", updatable = false)
    private Long bedId;
    @Column(name = "mother_placement_id", updatable = false)
    private Long motherPlacementId;
    @Column(name = "start_date", updatable = false)
    private LocalDate startDate;
    @Column(name = "end_date")
    private LocalDate endDate;
    @Column(name = "home_since", updatable = false)
    private LocalDate homeSince;
    @Column(name = "admitted_on", updatable = false)
    private LocalDate admittedOn;
    @Column(name = "expected_end")
    private LocalDate expectedEnd;
    @Enumerated(EnumType.STRING)
    @Column(name = "entry_kind", updatable = false)
    private EntryKind entryKind;
    @Column(name = "order_number")
    private String orderNumber;
    @Column(name = "order_date")
    private LocalDate orderDate;
    @Column(name = "basis_reason")
    private String basisReason;
    @Enumerated(EnumType.STRING)
    @Column(name = "end_kind")
    private EndKind endKind;
    @Column(name = "end_reason")
    private String endReason;
    @Enumerated(EnumType.STRING)
    @Column(name = "exit_reason")
    private ExitReason exitReason;
    @Column(name = "exit_destination")
    private String exitDestination;
    @Column(name = "exit_order")
    private String exitOrder;
    @Column(name = "absconded_at")
    private Instant abscondedAt;
    @Column(name = "informed_police")
    private boolean informedPolice;
    @Column(name = "informed_cwc")
    private boolean informedCwc;
    @Column(name = "informed_details")
    private String informedDetails;
    @Column(name = "emergency_closed_on")
    private LocalDate emergencyClosedOn;
    @Column(name = "previous_id", updatable = false)
    private Long previousId;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;
    @Column(name = "created_by", updatable = false)
    private String createdBy;
    @Version
    private long version;

    protected Placement() {
    }

    Placement(long residentId, long homeId, HomeType homeType, Long bedId, LocalDate startDate, LocalDate homeSince,
              LocalDate admittedOn, LocalDate expectedEnd, EntryKind entryKind, Long previousId, Instant createdAt,
              String createdBy) {
        this.residentId = residentId;
        this.homeId = homeId;
        this.homeType = homeType;
        this.bedId = bedId;
        this.startDate = startDate;
        this.homeSince = homeSince;
        this.admittedOn = admittedOn;
        this.expectedEnd = expectedEnd;
        this.entryKind = entryKind;
        this.previousId = previousId;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void end(LocalDate on, EndKind kind, String reason) {
        this.endDate = on;
        this.endKind = kind;
        this.endReason = reason;
    }

    void basis(String orderNumber, LocalDate orderDate, String reason) {
        this.orderNumber = orderNumber;
        this.orderDate = orderDate;
        this.basisReason = reason;
    }

    void exit(ExitReason reason, String destination, String order) {
        this.exitReason = reason;
        this.exitDestination = destination;
        this.exitOrder = order;
    }

    void absconded(Instant at, boolean police, boolean cwc, String details) {
        this.abscondedAt = at;
        this.informedPolice = police;
        this.informedCwc = cwc;
        this.informedDetails = details;
    }

    boolean isOpen() { return endDate == null; }
    Long getId() { return id; }
    long getResidentId() { return residentId; }
    long getHomeId() { return homeId; }
    HomeType getHomeType() { return homeType; }
    Long getBedId() { return bedId; }
    Long getMotherPlacementId() { return motherPlacementId; }
    void setMotherPlacementId(Long id) { this.motherPlacementId = id; }
    LocalDate getStartDate() { return startDate; }
    LocalDate getEndDate() { return endDate; }
    LocalDate getHomeSince() { return homeSince; }
    LocalDate getAdmittedOn() { return admittedOn; }
    LocalDate getExpectedEnd() { return expectedEnd; }
    EntryKind getEntryKind() { return entryKind; }
    String getOrderNumber() { return orderNumber; }
    LocalDate getOrderDate() { return orderDate; }
    String getBasisReason() { return basisReason; }
    EndKind getEndKind() { return endKind; }
    String getEndReason() { return endReason; }
    ExitReason getExitReason() { return exitReason; }
    String getExitDestination() { return exitDestination; }
    String getExitOrder() { return exitOrder; }
    Instant getAbscondedAt() { return abscondedAt; }
    boolean isInformedPolice() { return informedPolice; }
    boolean isInformedCwc() { return informedCwc; }
    String getInformedDetails() { return informedDetails; }
    LocalDate getEmergencyClosedOn() { return emergencyClosedOn; }
    void setEmergencyClosedOn(LocalDate on) { this.emergencyClosedOn = on; }
    Long getPreviousId() { return previousId; }
    long getVersion() { return version; }
}
