package org.aashray.placements.transfers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.aashray.homes.BedService;
import org.aashray.homes.BedSummary;
import org.aashray.homes.DistrictSummary;
import org.aashray.homes.HomeDetails;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeType;
import org.aashray.homes.RoomSummary;
import org.aashray.homes.ServedGroup;
import org.aashray.placements.Admission;
import org.aashray.placements.PlacementRecord;
import org.aashray.placements.PlacementService;
import org.aashray.residents.Gender;
import org.aashray.residents.ResidentSummary;
import org.aashray.residents.TraffickingForm;
import org.aashray.residents.intake.Intake;
import org.aashray.residents.intake.IntakeService;
import org.aashray.security.NewStaffAccount;
import org.aashray.security.Role;
import org.aashray.security.SystemAuthentication;
import org.aashray.security.UserAdminService;
import org.springframework.stereotype.Component;

/**
 * Two homes in two districts whose staff share no home: each with a care manager and a reception of its own, and
 * residents placed in the sending one. Created as "system"; names are unique per run.
 */
@Component
public class TransferFixtures {

    private static int counter;
    private final HomeService homes;
    private final BedService beds;
    private final IntakeService intake;
    private final PlacementService placements;
    private final UserAdminService users;
    private final Clock clock;

    TransferFixtures(HomeService homes, BedService beds, IntakeService intake, PlacementService placements,
                     UserAdminService users, Clock clock) {
        this.homes = homes;
        this.beds = beds;
        this.intake = intake;
        this.placements = placements;
        this.users = users;
        this.clock = clock;
    }

    /** A home, its free beds, and the logins of its care manager and reception (who work only there). */
    public record Home(long id, List<Long> beds, String careManager, String reception) {
    }

    public record Placed(ResidentSummary resident, PlacementRecord placement) {
    }

    public Home home(String districtCode, HomeType type, int bedCount) {
        return SystemAuthentication.call(() -> {
            String letters = nextLetters();
            DistrictSummary district = homes.districts().stream().filter(d -> d.code().equals(districtCode)).findFirst().orElseThrow();
            HomeDetails h = new HomeDetails();
            h.setDistrict(district);
            h.setCode("TR" + letters + "-" + type.letter());
            h.setName("Transfer test home " + letters);
            h.setType(type);
            h.setServes(ServedGroup.WOMEN);
            h.setAddress("2 Test Lane");
            long id = homes.save(h).getId();
            RoomSummary room = beds.addRoom(id, "Room 1");
            List<Long> added = beds.addBeds(room.id(), "T", bedCount).stream().map(BedSummary::id).toList();
            return new Home(id, added, account("tr-cm-" + letters.toLowerCase(), Role.CARE_MANAGER, id),
                    account("tr-rec-" + letters.toLowerCase(), Role.RECEPTION, id));
        });
    }

    /** An adult woman admitted ten days ago to {@code bed} of the home. */
    public Placed placed(Home home, String name, long bed) {
        return SystemAuthentication.call(() -> {
            LocalDate admitted = LocalDate.now(clock).minusDays(10);
            Intake in = new Intake();
            in.setHomeId(home.id());
            in.setName(name);
            in.setApproximateAge(26);
            in.setGender(Gender.FEMALE);
            in.setOrigin("IN-WB");
            in.setTraffickingForm(TraffickingForm.LABOUR);
            in.setAdmittedOn(admitted);
            ResidentSummary r = intake.admit(in);
            PlacementRecord p = placements.admit(new Admission(r.id(), bed, admitted, "TR/ORD/" + r.id(), admitted, null));
            return new Placed(r, p);
        });
    }

    private String account(String username, Role role, long homeId) {
        users.createWithPermanentPassword(new NewStaffAccount(username, "Transfer test " + role, EnumSet.of(role), Set.of(homeId),
                Set.of(), "en", "transfer-pass-1"));
        return username;
    }

    private static synchronized String nextLetters() {
        int n = counter++;
        return "" + (char) ('A' + (n / 26) % 26) + (char) ('A' + n % 26) + (char) ('A' + (int) (System.nanoTime() % 26));
    }
}
