package org.aashray.reintegration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.aashray.homes.BedService;
import org.aashray.homes.HomeService;
import org.aashray.placements.Admission;
import org.aashray.placements.PlacementRecord;
import org.aashray.placements.PlacementService;
import org.aashray.residents.intake.Intake;
import org.aashray.residents.intake.IntakeService;
import org.aashray.residents.ResidentSummary;
import org.aashray.residents.TraffickingForm;
import org.aashray.security.SystemAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Residents placed in a bed of a demo home (a bed of their own, added for the test), and running as a demo user. */
@Component
public class ReintegrationFixtures {

    private static int counter;
    private final HomeService homes;
    private final BedService beds;
    private final IntakeService residents;
    private final PlacementService placements;
    private final UserDetailsService users;
    private final Clock clock;

    ReintegrationFixtures(HomeService homes, BedService beds, IntakeService residents, PlacementService placements,
                          UserDetailsService users, Clock clock) {
        this.homes = homes;
        this.beds = beds;
        this.residents = residents;
        this.placements = placements;
        this.users = users;
        this.clock = clock;
    }

    public record Placed(ResidentSummary resident, PlacementRecord placement) {
    }

    /** An adult resident admitted 60 days ago to a new bed of the demo home with this code. */
    public Placed placedResident(String homeCode, String name) {
        return placedResident(homeCode, name, 24);
    }

    /** A resident of this age (girls' homes take girls under 18) admitted 60 days ago to a new bed of the home. */
    public Placed placedResident(String homeCode, String name, int age) {
        return placedResident(homeCode, name, age, 60);
    }

    /** A resident of this age admitted {@code daysAgo} days ago to a new bed of the home. */
    public Placed placedResident(String homeCode, String name, int age, int daysAgo) {
        return SystemAuthentication.call(() -> {
            long homeId = homes.accessibleHomes().stream().filter(h -> h.code().equals(homeCode)).findFirst().orElseThrow().id();
            int n = next();
            var room = beds.addRoom(homeId, "Reintegration test room " + n);
            long bedId = beds.addBeds(room.id(), "RT" + n + "-", 1).getFirst().id();
            LocalDate admitted = LocalDate.now(clock).minusDays(daysAgo);
            Intake in = new Intake();
            in.setHomeId(homeId);
            in.setName(name);
            in.setApproximateAge(age);
            in.setOrigin("IN-WB");
            in.setTraffickingForm(TraffickingForm.SEXUAL_EXPLOITATION);
            in.setAdmittedOn(admitted);
            ResidentSummary r = residents.admit(in);
            PlacementRecord p = placements.admit(new Admission(r.id(), bedId, admitted, "CWC/" + n, admitted, null));
            return new Placed(r, p);
        });
    }

    /** A resident admitted today who waits for a bed (the bed board lists her under "waiting"). */
    public ResidentSummary waitingResident(String homeCode, String name) {
        return SystemAuthentication.call(() -> {
            Intake in = new Intake();
            in.setHomeId(homes.accessibleHomes().stream().filter(h -> h.code().equals(homeCode)).findFirst().orElseThrow().id());
            in.setName(name);
            in.setApproximateAge(24);
            in.setOrigin("IN-WB");
            in.setTraffickingForm(TraffickingForm.SEXUAL_EXPLOITATION);
            in.setAdmittedOn(LocalDate.now(clock));
            return residents.admit(in);
        });
    }

    public PlacementRecord currentPlacement(long residentId) {
        return SystemAuthentication.call(() -> placements.current(residentId).orElseThrow());
    }

    /** Runs the work as a demo user (as if she were logged in), then restores the caller. */
    public <T> T as(String username, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    private static synchronized int next() {
        return ++counter + (int) (System.nanoTime() % 1000) * 100;
    }
}
