package org.aashray.counselling.internal;

import org.aashray.security.CurrentUser;
import org.aashray.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who may see what of a session: the staff of its home its time and place; the home's counsellors also notes and scores. */
@Component
public class SessionAccess {

    private final CounsellingSessionRepository sessions;
    private final CurrentUser currentUser;

    SessionAccess(CounsellingSessionRepository sessions, CurrentUser currentUser) {
        this.sessions = sessions;
        this.currentUser = currentUser;
    }

    /** The session; an unknown id is refused like a forbidden one, so ids cannot be probed. */
    public Session load(long id) {
        return sessions.findById(id).orElseThrow(() -> new AccessDeniedException("No such session"));
    }

    /** The session, if the caller works in its home. */
    public Session ofMyHomes(long id) {
        Session s = load(id);
        currentUser.requireHome(s.getHomeId());
        return s;
    }

    public void requireCounsellorOf(long homeId) {
        boolean system = currentUser.seesAllHomes() && !currentUser.has(Role.COUNSELLOR) && currentUser.get().isEmpty();
        if (!system && !(currentUser.has(Role.COUNSELLOR) && currentUser.homeIds().contains(homeId))) {
            throw new AccessDeniedException("Counselling notes are for the home's counsellors only");
        }
    }

    public boolean maySeeScores() {
        return currentUser.has(Role.COUNSELLOR);
    }
}
