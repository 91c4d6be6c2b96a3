package org.aashray.medical.appointments;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.aashray.base.crypto.EncryptedText;
import org.aashray.medical.AppointmentKind;
import org.aashray.medical.AppointmentStatus;
import org.aashray.medical.AppointmentSummary;
import org.aashray.medical.CancelCause;

/** A medical appointment of one resident; purpose and result are encrypted. */
@Entity
@Table(name = "medical_appointments")
public class Appointment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long homeId;
    private long residentId;
    private String residentName;
    private long staffId;
    private String staffName;
    @Enumerated(EnumType.STRING)
    private AppointmentKind kind;
    private String place;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    @Enumerated(EnumType.STRING)
    private AppointmentStatus status = AppointmentStatus.PLANNED;
    @Enumerated(EnumType.STRING)
    private CancelCause cancelCause;
    @Convert(converter = EncryptedText.class)
    private String purpose;
    @Convert(converter = EncryptedText.class)
    private String result;
    @Version
    private long version;

    protected Appointment() {
    }

    public Appointment(long homeId, long staffId, String staffName) {
        this.homeId = homeId;
        this.staffId = staffId;
        this.staffName = staffName;
    }

    public void plan(long residentId, String residentName, AppointmentKind kind, String place, LocalDateTime start, LocalDateTime end,
                     String purpose) {
        this.residentId = residentId;
        this.residentName = residentName;
        this.kind = kind;
        this.place = place;
        this.startsAt = start;
        this.endsAt = end;
        this.purpose = purpose;
    }

    /** Purpose and result only for the home's medical staff ({@code confidential}). */
    public AppointmentSummary summary(boolean confidential) {
        return new AppointmentSummary(id, homeId, residentId, residentName, staffId, staffName, kind, place, startsAt, endsAt,
                status, cancelCause, confidential ? purpose : null, confidential ? result : null, version);
    }

    /** What the audit trail keeps: never purpose or result. */
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("resident", residentId);
        m.put("kind", kind);
        m.put("place", place);
        m.put("start", String.valueOf(startsAt));
        m.put("end", String.valueOf(endsAt));
        m.put("status", status);
        m.put("cancelCause", cancelCause);
        return m;
    }

    /** She no longer comes to this home's appointment: cancelled for that cause. */
    void cancelBecause(CancelCause cause) {
        status = AppointmentStatus.CANCELLED;
        cancelCause = cause;
    }

    /** A hospital referral keeps its date when she is transferred: the receiving home takes her there. */
    void moveTo(long homeId) {
        this.homeId = homeId;
    }

    public Long getId() { return id; }
    public long getHomeId() { return homeId; }
    long getResidentId() { return residentId; }
    String getResidentName() { return residentName; }
    public long getStaffId() { return staffId; }
    public String getStaffName() { return staffName; }
    AppointmentKind getKind() { return kind; }
    String getPlace() { return place; }
    LocalDateTime getStartsAt() { return startsAt; }
    LocalDateTime getEndsAt() { return endsAt; }
    AppointmentStatus getStatus() { return status; }
    public void setStatus(AppointmentStatus status) { this.status = status; this.cancelCause = null; }
    String getPurpose() { return purpose; }
    String getResult() { return result; }
    public void setResult(String result) { this.result = result; }
    public long getVersion() { return version; }
}
