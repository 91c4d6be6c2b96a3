package org.aashray.residents.casework;

import static org.aashray.residents.internal.ResidentChecks.clean;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.base.ConcurrentEditException;
import org.aashray.base.InputChecks;
import org.aashray.base.OptimisticLock;
import org.aashray.residents.DocumentType;
import org.aashray.residents.internal.Resident;
import org.aashray.residents.internal.ResidentAccess;
import org.aashray.residents.internal.ResidentChecks;
import org.aashray.residents.internal.ResidentRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Her identity documents and entitlements (Aadhaar, ration card, bank account, scheme linkage): held, applied for or missing. */
@Service
public class ResidentDocumentService {

    private final ResidentRepository residents;
    private final DocumentRepository documents;
    private final ResidentAccess access;
    private final AuditLog audit;
    private final Clock clock;

    ResidentDocumentService(ResidentRepository residents, DocumentRepository documents, ResidentAccess access, AuditLog audit,
                    Clock clock) {
        this.residents = residents;
        this.documents = documents;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(ResidentAccess.STAFF)
    @Transactional(readOnly = true)
    public List<ResidentDocument> documents(long residentId) {
        access.require(residents.findById(residentId).orElseThrow());
        return documents.findByResidentIdOrderByType(residentId);
    }

    @PreAuthorize(ResidentAccess.CASEWORK)
    @Transactional
    public ResidentDocument saveDocument(long residentId, ResidentDocument edited) {
        Resident r = residents.findById(residentId).orElseThrow();
        access.require(r);
        LocalDate today = LocalDate.now(clock);
        InputChecks checks = new InputChecks()
                .required("type", edited.getType())
                .required("status", edited.getStatus())
                .maxLength("number", edited.getNumber(), 60)
                .text("scheme", edited.getScheme(), 120, edited.getType() == DocumentType.SCHEME_LINKAGE);
        ResidentChecks.notFuture(checks, "appliedOn", edited.getAppliedOn(), today);
        ResidentChecks.notFuture(checks, "receivedOn", edited.getReceivedOn(), today);
        checks.notBefore("receivedOn", edited.getReceivedOn(), edited.getAppliedOn(), "residents.validation.beforeApplied")
                .throwIfAny();
        ResidentDocument doc = edited.getId() == null ? new ResidentDocument() : documents.findById(edited.getId()).orElseThrow();
        if (edited.getId() != null) {
            // another resident's document is refused as a stale copy would be: the caller learns nothing about it
            if (doc.getResidentId() != residentId) throw new ConcurrentEditException("Document", null);
            OptimisticLock.requireVersion("Document", doc.getVersion(), edited.getVersion());
        }
        Map<String, Object> before = edited.getId() == null ? null : snapshot(doc);
        doc.setResidentId(residentId);
        doc.setType(edited.getType());
        doc.setStatus(edited.getStatus());
        doc.setNumber(clean(edited.getNumber()));
        doc.setNumberKey(ResidentDocument.key(edited.getNumber()));
        doc.setScheme(clean(edited.getScheme()));
        doc.setAppliedOn(edited.getAppliedOn());
        doc.setReceivedOn(edited.getReceivedOn());
        OptimisticLock.write("Document", () -> documents.saveAndFlush(doc));
        audit.recordChange(before == null ? "CREATE" : "UPDATE", "ResidentDocument", doc.getId(), r.getHomeId(),
                doc.getType() + " of " + r.getCaseNumber(), before, snapshot(doc));
        return doc;
    }

    private static Map<String, Object> snapshot(ResidentDocument d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", d.getType());
        m.put("status", d.getStatus());
        m.put("number", d.getNumber());
        m.put("scheme", d.getScheme());
        m.put("appliedOn", d.getAppliedOn());
        m.put("receivedOn", d.getReceivedOn());
        return m;
    }
}
