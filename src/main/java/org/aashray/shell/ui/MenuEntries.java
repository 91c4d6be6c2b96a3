package org.aashray.shell.ui;

import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The side navigation's entries, worked out once per set of roles. Vaadin filters them by each view's access
 * rules, and for every route it asks the class path for a role-prefix service: about 35 class-path scans per
 * page load, all queued on the same jar lock, which under load cost seconds. The answer depends only on the
 * roles (views are guarded by role annotations), so people with the same roles share it.
 */
@Component
class MenuEntries {

    private final Map<Set<String>, List<MenuEntry>> byAuthorities = new ConcurrentHashMap<>();

    List<MenuEntry> forCurrentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return MenuConfiguration.getMenuEntries();
        }
        Set<String> key = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toUnmodifiableSet());
        List<MenuEntry> entries = byAuthorities.get(key);
        if (entries == null) {
            entries = List.copyOf(MenuConfiguration.getMenuEntries());
            byAuthorities.put(key, entries);
        }
        return entries;
    }
}
