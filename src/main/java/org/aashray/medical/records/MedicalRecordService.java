package org.aashray.medical.records;

import java.time.Clock;
import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.base.InputChecks;
import org.aashray.base.OptimisticLock;
import org.aashray.medical.MedicalService;
import org.aashray.medical.internal.MedicalAccess;
import org.aashray.medical.internal.MedicalText;
import org.aashray.residents.ResidentSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A resident's ongoing conditions and medication: medical staff of her home only; each read is logged. */
@Service
public class MedicalRecordService {

    /** The version a form carries for a resident who has no record yet. */
    static final long NO_RECORD = -1;

    private final MedicalRecordRepository records;
    private final MedicalAccess access;
    private final AuditLog audit;
    private final Clock clock;

    MedicalRecordService(MedicalRecordRepository records, MedicalAccess access, AuditLog audit, Clock clock) {
        this.records = records;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('MEDICAL')")
    @Transactional(readOnly = true)
    public MedicalNotes notes(long residentId) {
        ResidentSummary r = access.resident(residentId);
        access.requireMedicalOf(r.homeId());
        audit.recordAccess("MedicalRecord", residentId, r.homeId(), "Read conditions and medication");
        return records.findById(residentId).map(MedicalRecord::notes)
                .orElse(new MedicalNotes(residentId, null, null, null, null, NO_RECORD));
    }

    @PreAuthorize(MedicalService.WRITE)
    @Transactional
    public MedicalNotes saveNotes(long residentId, long version, String conditions, String medication) {
        ResidentSummary r = access.resident(residentId);
        access.requireMedicalOf(r.homeId());
        new InputChecks().maxLength("conditions", conditions, MedicalText.MAX_LENGTH)
                .maxLength("medication", medication, MedicalText.MAX_LENGTH).throwIfAny();
        MedicalRecord stored = records.findById(residentId).orElse(null);
        OptimisticLock.requireVersion("Medical record", stored == null ? NO_RECORD : stored.getVersion(), version);
        MedicalRecord m = stored != null ? stored : new MedicalRecord(residentId, r.homeId());
        m.update(clean(conditions), clean(medication), access.username(), clock.instant());
        MedicalRecord saved = OptimisticLock.write("Medical record", () -> records.saveAndFlush(m));
        audit.recordChange("UPDATE", "MedicalRecord", residentId, r.homeId(), "Conditions and medication updated", null, Map.of());
        return saved.notes();
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
