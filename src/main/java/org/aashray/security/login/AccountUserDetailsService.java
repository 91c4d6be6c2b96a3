package org.aashray.security.login;

import java.time.Clock;
import org.aashray.security.AashrayUser;
import org.aashray.security.accounts.UserAccountRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads staff accounts from the database for Spring Security. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final Clock clock;

    AccountUserDetailsService(UserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(a -> new AashrayUser(a.getId(), a.getUsername(), a.getDisplayName(), a.getPasswordHash(),
                        a.isActive(), a.isLockedAt(clock.instant()), a.getRoles(), a.getHomeIds(), a.getDistrictIds(),
                        a.getLanguage()))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
