package org.aashray.testsupport;

import java.util.Set;
import java.util.function.Supplier;
import org.aashray.security.Role;
import org.aashray.security.RunAs;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Accounts as they could be before ADMIN and staff roles were kept apart (migration V140): written straight into the
 * tables, because the application refuses to create them now. A test acts as one of them, as a session opened before
 * the change would, to show that holding ADMIN opens no resident's record.
 */
@Component
public class LegacyAccounts {

    private final JdbcTemplate jdbc;
    private final UserDetailsService userDetails;

    LegacyAccounts(JdbcTemplate jdbc, UserDetailsService userDetails) {
        this.jdbc = jdbc;
        this.userDetails = userDetails;
    }

    /** The account with exactly these roles and homes (created, or set back to them); returns its id. */
    public long combined(String username, Set<Role> roles, String... homeCodes) {
        if (jdbc.queryForObject("select count(*) from user_accounts where username = ?", Integer.class, username) == 0) {
            jdbc.update("insert into user_accounts (username, display_name, password_hash, created_at) values (?, ?, ?, now())",
                    username, "Legacy " + username, "{noop}not-for-login");
        }
        long id = jdbc.queryForObject("select id from user_accounts where username = ?", Long.class, username);
        jdbc.update("delete from user_roles where user_id = ?", id);
        jdbc.update("delete from user_homes where user_id = ?", id);
        roles.forEach(r -> jdbc.update("insert into user_roles (user_id, role) values (?, ?)", id, r.name()));
        for (String code : homeCodes) {
            jdbc.update("insert into user_homes (user_id, home_id) select ?, id from homes where code = ?", id, code);
        }
        return id;
    }

    /** Runs the work as that account, logged in with what the tables hold now. */
    public <T> T as(String username, Supplier<T> work) {
        UserDetails user = userDetails.loadUserByUsername(username);
        return RunAs.call(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), work);
    }
}
