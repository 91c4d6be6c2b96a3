package org.aashray.placements.transfers;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.aashray.security.AashrayUser;
import org.aashray.security.CurrentUser;
import org.aashray.security.RunAs;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * While an accepted transfer is carried out, the receiving home's staff member acts for the sending home as well:
 * its care manager asked for the transfer, so the move (her stay ending there, her record following her) needs no
 * account in both homes. Only for the acceptance's transaction (its commit included, so that the listeners of
 * {@code ResidentTransferred} see both homes as a member of staff of both did), under her own name, so every audit
 * row names who accepted. Only {@link TransferService#accept} grants it, after checking she works in the receiving home.
 */
final class ActingForSendingHome {

    private ActingForSendingHome() {
    }

    static <T> T call(CurrentUser currentUser, long sendingHomeId, Supplier<T> work) {
        AashrayUser user = currentUser.get().orElse(null);
        if (user == null || currentUser.mayAccessHome(sendingHomeId)) {
            return work.get();
        }
        Set<Long> homes = new HashSet<>(user.homeIds());
        homes.add(sendingHomeId);
        AashrayUser acting = new AashrayUser(user.id(), user.getUsername(), user.displayName(), user.getPassword(),
                user.isEnabled(), !user.isAccountNonLocked(), user.roles(), Set.copyOf(homes), user.districtIds(), user.language());
        return RunAs.call(UsernamePasswordAuthenticationToken.authenticated(acting, null, acting.getAuthorities()), work);
    }
}
