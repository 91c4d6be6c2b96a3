package org.aashray.medical.internal;

import org.aashray.audit.AuditLog;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentSummary;
import org.aashray.security.AashrayUser;
import org.aashray.security.CurrentUser;
import org.aashray.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who may read what of medical work: purpose, results, findings, conditions and medication are for the home's medical staff. */
@Component
public class MedicalAccess {

    private final CurrentUser currentUser;
    private final ResidentDirectory residents;

    MedicalAccess(CurrentUser currentUser, ResidentDirectory residents) {
        this.currentUser = currentUser;
        this.residents = residents;
    }

    /** Whether the caller may see purpose, results and findings of this home. */
    public boolean confidential(long homeId) {
        return currentUser.has(Role.MEDICAL) && currentUser.homeIds().contains(homeId);
    }

    /** Medical staff of the home, or the application itself (a job, the demo data). */
    public void requireMedicalOf(long homeId) {
        if (!(currentUser.get().isEmpty() && currentUser.seesAllHomes()) && !confidential(homeId)) {
            throw new AccessDeniedException("Medical details are for the home's medical staff only");
        }
    }

    public ResidentSummary resident(long id) {
        return residents.find(id).orElseThrow(() -> new AccessDeniedException("No access to resident"));
    }

    public String username() {
        return currentUser.get().map(AashrayUser::getUsername).orElse(AuditLog.SYSTEM_USER);
    }
}
