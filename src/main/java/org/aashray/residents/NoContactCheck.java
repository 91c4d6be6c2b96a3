package org.aashray.residents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aashray.audit.AuditLog;
import org.aashray.residents.casework.NoContact;
import org.aashray.residents.casework.NoContactMatcher;
import org.aashray.residents.casework.NoContactRepository;
import org.aashray.residents.internal.Resident;
import org.aashray.residents.internal.ResidentAccess;
import org.aashray.residents.internal.ResidentRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks whether the people and numbers another feature is about to record (whom she is released to, whom a home
 * verification or a follow-up met) are on her no-contact list. Names are compared across scripts and spellings
 * (every word of the listed name must be among the words recorded), numbers by their last ten digits, also inside
 * free text. The visitor register's warning uses the same comparison.
 */
@Service
public class NoContactCheck {

    private final ResidentRepository residents;
    private final NoContactRepository noContacts;
    private final ResidentAccess access;
    private final AuditLog audit;

    NoContactCheck(ResidentRepository residents, NoContactRepository noContacts, ResidentAccess access, AuditLog audit) {
        this.residents = residents;
        this.noContacts = noContacts;
        this.access = access;
        this.audit = audit;
    }

    /**
     * For each field (name → text as typed) whose text matches an entry of her no-contact list, the first entry it
     * matches; empty when none does. Refused alike when she does not exist or the caller does not work in her home.
     * A match is logged as a read of her no-contact list (it names the entry), even when the caller's save then fails.
     */
    @PreAuthorize(ResidentAccess.CASEWORK)
    @Transactional(readOnly = true)
    public List<NoContactMatch> check(long residentId, Map<String, String> recorded) {
        Resident r = residents.findById(residentId).orElseThrow(() -> new AccessDeniedException("No resident " + residentId));
        access.require(r);
        List<NoContact> entries = noContacts.findByResidentIdOrderById(residentId);
        if (entries.isEmpty()) return List.of();
        List<NoContactMatch> found = new ArrayList<>();
        recorded.forEach((field, text) -> entries.stream().filter(n -> NoContactMatcher.matches(n, text)).findFirst()
                .ifPresent(n -> found.add(new NoContactMatch(field, n.getPersonName() != null ? n.getPersonName() : n.getPhone()))));
        if (!found.isEmpty()) {
            audit.recordAccess("NoContact", residentId, r.getHomeId(), "no-contact check: " + found.size() + " match(es)");
        }
        return List.copyOf(found);
    }
}
