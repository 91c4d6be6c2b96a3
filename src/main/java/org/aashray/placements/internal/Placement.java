package org.aashray.placements.internal;

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
import java.util.LinkedHashMap;
import java.util.Map;
import org.aashray.base.ConcurrentEditException;
import org.aashray.base.OptimisticLock;
import org.aashray.homes.HomeType;
import org.aashray.placements.EndKind;
import org.aashray.placements.EntryKind;
import org.aashray.placements.ExitReason;
import org.aashray.placements.PlacementRecord;

/**
 * One stay of a resident in one bed (or, for an accompanying child, on a cot in her mother's room), from
 * {@code startDate} (inclusive) to {@code endDate} (exclusive; open while she is there). Homes, beds and
 * residents are referenced by id only: those features own them.
 */
@Entity
@Table(name = "placements")
public class Placement {

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
    @Column(name = "exit_released_to")
    private String exitReleasedTo;
    @Column(name = "exit_released_to_phone")
    private String exitReleasedToPhone;
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

    public Placement(long residentId, long homeId, HomeType homeType, Long bedId, LocalDate startDate, LocalDate homeSince,
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

    public void end(LocalDate on, EndKind kind, String reason) {
        this.endDate = on;
        this.endKind = kind;
        this.endReason = reason;
    }

    public void basis(String orderNumber, LocalDate orderDate, String reason) {
        this.orderNumber = orderNumber;
        this.orderDate = orderDate;
        this.basisReason = reason;
    }

    public void exit(ExitReason reason, String destination, String order) {
        this.exitReason = reason;
        this.exitDestination = destination;
        this.exitOrder = order;
    }

    /** Whom she is released to (a person and a number), when the exit names one. */
    public void releasedTo(String person, String phone) {
        this.exitReleasedTo = person;
        this.exitReleasedToPhone = phone;
    }

    public void absconded(Instant at, boolean police, boolean cwc, String details) {
        this.abscondedAt = at;
        this.informedPolice = police;
        this.informedCwc = cwc;
        this.informedDetails = details;
    }

    public boolean isOpen() { return endDate == null; }
    public Long getId() { return id; }
    public long getResidentId() { return residentId; }
    public long getHomeId() { return homeId; }
    public HomeType getHomeType() { return homeType; }
    public Long getBedId() { return bedId; }
    public Long getMotherPlacementId() { return motherPlacementId; }
    public void setMotherPlacementId(Long id) { this.motherPlacementId = id; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getEndDate() { return endDate; }
    public LocalDate getHomeSince() { return homeSince; }
    public LocalDate getAdmittedOn() { return admittedOn; }
    public LocalDate getExpectedEnd() { return expectedEnd; }
    public EntryKind getEntryKind() { return entryKind; }
    public String getOrderNumber() { return orderNumber; }
    public LocalDate getOrderDate() { return orderDate; }
    public String getBasisReason() { return basisReason; }
    public EndKind getEndKind() { return endKind; }
    public String getEndReason() { return endReason; }
    public ExitReason getExitReason() { return exitReason; }
    public String getExitDestination() { return exitDestination; }
    public String getExitOrder() { return exitOrder; }
    public String getExitReleasedTo() { return exitReleasedTo; }
    public String getExitReleasedToPhone() { return exitReleasedToPhone; }
    public Instant getAbscondedAt() { return abscondedAt; }
    public boolean isInformedPolice() { return informedPolice; }
    public boolean isInformedCwc() { return informedCwc; }
    public String getInformedDetails() { return informedDetails; }
    public LocalDate getEmergencyClosedOn() { return emergencyClosedOn; }
    public void setEmergencyClosedOn(LocalDate on) { this.emergencyClosedOn = on; }
    public Long getPreviousId() { return previousId; }
    public long getVersion() { return version; }

    /** Refuses a change made on a screen that showed another stay (she was moved meanwhile) or an older version of this one. */
    public void requireSeenAs(long placementId, long expectedVersion) {
        if (id != placementId) throw new ConcurrentEditException("Placement", null);
        OptimisticLock.requireVersion("Placement", version, expectedVersion);
    }

    /** The stay as other features see it; without its details for a caller who does not work in its home. */
    public PlacementRecord toRecord(boolean detailed) {
        return new PlacementRecord(id, residentId, homeId, homeType, bedId, startDate, endDate, homeSince, expectedEnd,
                entryKind, endKind, exitReason, detailed ? orderNumber : null, detailed ? orderDate : null,
                detailed ? basisReason : null, detailed ? endReason : null, detailed ? exitDestination : null,
                detailed ? exitOrder : null, detailed ? abscondedAt : null, detailed ? informedDetails : null, detailed, version);
    }

    /** What the audit trail keeps of a stay before and after a change. */
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("residentId", residentId);
        m.put("homeId", homeId);
        m.put("bedId", String.valueOf(bedId));
        m.put("startDate", startDate);
        m.put("endDate", String.valueOf(endDate));
        m.put("expectedEnd", expectedEnd);
        m.put("orderNumber", String.valueOf(orderNumber));
        m.put("endKind", String.valueOf(endKind));
        m.put("exitReason", String.valueOf(exitReason));
        return m;
    }
}
