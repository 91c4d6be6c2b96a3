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

    AashrayUser(UserAccount account, boolean locked) {
        this.id = account.getId();
        this.username = account.getUsername();
        this.displayName = account.getDisplayName();
        this.passwordHash = account.getPasswordHash();
        this.active = account.isActive();
        this.locked = locked;
        this.roles = account.getRoles();
        this.homeIds = account.getHomeIds();
        this.districtIds = account.getDistrictIds();
        this.language = account.getLanguage();
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
