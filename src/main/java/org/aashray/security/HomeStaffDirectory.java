package org.aashray.security;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The active accounts of a home, for assigning work (e.g. a home verification) to a member of its staff. */
@Service
public class HomeStaffDirectory {

    /** A member of staff as other features show her: login name, display name and roles. */
    public record StaffMember(String username, String displayName, Set<Role> roles) {
    }

    private final EntityManager em;
    private final CurrentUser currentUser;

    HomeStaffDirectory(EntityManager em, CurrentUser currentUser) {
        this.em = em;
        this.currentUser = currentUser;
    }

    /** Active staff assigned to the home, by display name; the caller must work in that home. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<StaffMember> staffOf(long homeId) {
        currentUser.requireHome(homeId);
        return em.createQuery("""
                        select distinct u from UserAccount u join u.homeIds h
                        where h = :homeId and u.active = true order by u.displayName""", UserAccount.class)
                .setParameter("homeId", homeId).getResultList().stream()
                .map(u -> new StaffMember(u.getUsername(), u.getDisplayName(), Set.copyOf(u.getRoles()))).toList();
    }
}
