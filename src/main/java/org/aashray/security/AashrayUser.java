package org.aashray.security;

import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in person as the security context holds it: roles and the homes or districts they may see.
 * Equal by username, so the session registry finds all sessions of one person.
 */
public final class AashrayUser implements UserDetails {

    private final long id;
    private final String username;
    private final String displayName;
    private final String passwordHash;
    private final boolean active;
    private final boolean locked;
    private final Set<Role> roles;
    private final Set<Long> homeIds;
    private final Set<Long> districtIds;
    private final String language;

    /** Built by the login from the stored account; {@code locked} is whether it is locked at the moment of login. */
    public AashrayUser(long id, String username, String displayName, String passwordHash, boolean active,
                       boolean locked, Set<Role> roles, Set<Long> homeIds, Set<Long> districtIds, String language) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.active = active;
        this.locked = locked;
        this.roles = roles;
        this.homeIds = homeIds;
        this.districtIds = districtIds;
        this.language = language;
    }

    public long id() { return id; }
    public String displayName() { return displayName; }
    public Set<Role> roles() { return roles; }
    public Set<Long> homeIds() { return homeIds; }
    public Set<Long> districtIds() { return districtIds; }
    public String language() { return language; }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() { return passwordHash; }

    @Override
    public String getUsername() { return username; }

    @Override
    public boolean isAccountNonLocked() { return !locked; }

    @Override
    public boolean isEnabled() { return active; }

    @Override
    public boolean equals(Object o) {
        return o instanceof AashrayUser other && other.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return username;
    }
}
