package org.aashray.residents.casework;

import static org.aashray.residents.internal.ResidentChecks.clean;

import java.util.List;
import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.base.InputChecks;
import org.aashray.residents.internal.Resident;
import org.aashray.residents.internal.ResidentAccess;
import org.aashray.residents.internal.ResidentChecks;
import org.aashray.residents.internal.ResidentRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people around her: family contacts she names, and the no-contact list reception checks every visitor against. */
@Service
public class ResidentContactService {

    private final ResidentRepository residents;
    private final ContactRepository contacts;
    private final NoContactRepository noContacts;
    private final ResidentAccess access;
    private final AuditLog audit;

    ResidentContactService(ResidentRepository residents, ContactRepository contacts, NoContactRepository noContacts,
                   ResidentAccess access, AuditLog audit) {
        this.residents = residents;
        this.contacts = contacts;
        this.noContacts = noContacts;
        this.access = access;
        this.audit = audit;
    }

    private Resident resident(long id) {
        Resident r = residents.findById(id).orElseThrow();
        access.require(r);
        return r;
    }

    @PreAuthorize(ResidentAccess.STAFF)
    @Transactional(readOnly = true)
    public List<FamilyContact> contacts(long residentId) {
        resident(residentId);
        return contacts.findByResidentIdOrderById(residentId);
    }

    @PreAuthorize(ResidentAccess.CASEWORK)
    @Transactional
    public FamilyContact addContact(long residentId, FamilyContact given) {
        Resident r = resident(residentId);
        InputChecks checks = new InputChecks()
                .text("name", given.getName(), 120, true)
                .text("relation", given.getRelation(), 60, true);
        ResidentChecks.phone(checks, "phone", given.getPhone());
        checks.maxLength("address", given.getAddress(), 300).throwIfAny();
        FamilyContact c = new FamilyContact();
        c.setResidentId(residentId);
        c.setName(clean(given.getName()));
        c.setRelation(clean(given.getRelation()));
        c.setPhone(clean(given.getPhone()));
        c.setAddress(clean(given.getAddress()));
        contacts.save(c);
        audit.recordChange("CREATE", "FamilyContact", c.getId(), r.getHomeId(), "Family contact of " + r.getCaseNumber(),
                null, Map.of("name", c.getName(), "relation", c.getRelation()));
        return c;
    }

    @PreAuthorize(ResidentAccess.CASEWORK)
    @Transactional
    public void removeContact(long contactId) {
        FamilyContact c = contacts.findById(contactId).orElseThrow();
        Resident r = resident(c.getResidentId());
        contacts.delete(c);
        audit.recordChange("DELETE", "FamilyContact", contactId, r.getHomeId(), "Family contact of " + r.getCaseNumber()
                + " removed", Map.of("name", c.getName(), "relation", c.getRelation()), null);
    }

    @PreAuthorize(ResidentAccess.STAFF)
    @Transactional(readOnly = true)
    public List<NoContact> noContacts(long residentId) {
        resident(residentId);
        return noContacts.findByResidentIdOrderById(residentId);
    }

    @PreAuthorize(ResidentAccess.CASEWORK)
    @Transactional
    public NoContact addNoContact(long residentId, NoContact given) {
        Resident r = resident(residentId);
        InputChecks checks = new InputChecks()
                .require(clean(given.getPersonName()) != null || clean(given.getPhone()) != null,
                        "personName", "residents.validation.nameOrPhone")
                .maxLength("personName", given.getPersonName(), 120);
        ResidentChecks.phone(checks, "phone", given.getPhone());
        checks.maxLength("reason", given.getReason(), 300).throwIfAny();
        NoContact n = new NoContact();
        n.setResidentId(residentId);
        n.setPersonName(clean(given.getPersonName()));
        n.setPhone(clean(given.getPhone()));
        n.setReason(clean(given.getReason()));
        noContacts.save(n);
        audit.recordChange("CREATE", "NoContact", n.getId(), r.getHomeId(), "No-contact entry for " + r.getCaseNumber(),
                null, Map.of("person", String.valueOf(n.getPersonName()), "phone", String.valueOf(n.getPhone())));
        return n;
    }

    @PreAuthorize(ResidentAccess.INTAKE)
    @Transactional
    public void removeNoContact(long noContactId) {
        NoContact n = noContacts.findById(noContactId).orElseThrow();
        Resident r = resident(n.getResidentId());
        noContacts.delete(n);
        audit.recordChange("DELETE", "NoContact", noContactId, r.getHomeId(), "No-contact entry of " + r.getCaseNumber()
                + " removed", Map.of("person", String.valueOf(n.getPersonName()), "phone", String.valueOf(n.getPhone())), null);
    }
}
