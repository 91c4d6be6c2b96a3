package org.aashray.hostile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.aashray.homes.BedService;
import org.aashray.homes.DistrictSummary;
import org.aashray.homes.HomeDetails;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeType;
import org.aashray.homes.RoomSummary;
import org.aashray.homes.ServedGroup;
import org.aashray.placements.Admission;
import org.aashray.placements.PlacementService;
import org.aashray.placements.board.BedBoardService;
import org.aashray.residents.intake.Intake;
import org.aashray.residents.intake.IntakeService;
import org.aashray.residents.TraffickingForm;
import org.aashray.security.NewStaffAccount;
import org.aashray.security.Role;
import org.aashray.security.SystemAuthentication;
import org.aashray.security.UserAdminService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A home of the hostile-input tests' own ("HOSTI-L", in the demo district), so what they admit, place and write
 * never takes a bed or changes a figure another test of the shared context looks at; and one account
 * ("hostile") holding every home role for it. Created once per run's database, found again afterwards.
 */
@Component
class HostileFixture {

    static final String HOME_CODE = "HOSTI-L";
    static final String OTHER_HOME_CODE = "HOSTX-L";
    static final String USER = "hostile";

    private final JdbcTemplate jdbc;
    private final HomeService homes;
    private final BedService beds;
    private final UserAdminService users;
    private final IntakeService residents;
    private final BedBoardService boards;
    private final PlacementService placements;
    private final Clock clock;

    HostileFixture(JdbcTemplate jdbc, HomeService homes, BedService beds, UserAdminService users, IntakeService residents,
                   BedBoardService boards, PlacementService placements, Clock clock) {
        this.boards = boards;
        this.placements = placements;
        this.clock = clock;
        this.jdbc = jdbc;
        this.homes = homes;
        this.beds = beds;
        this.users = users;
        this.residents = residents;
    }

    synchronized long homeId() {
        Long id = jdbc.query("select id from homes where code = ?", rs -> rs.next() ? rs.getLong(1) : null, HOME_CODE);
        if (id != null) {
            return id;
        }
        return SystemAuthentication.call(() -> {
            long created = home(HOME_CODE, "Hostile input test home", 2);
            long other = home(OTHER_HOME_CODE, "Hostile input transfer home", 1);
            users.createWithPermanentPassword(new NewStaffAccount(USER, "Hostile Input Test",
                    EnumSet.of(Role.RECEPTION, Role.CARE_MANAGER, Role.COUNSELLOR, Role.MEDICAL, Role.TRAINER),
                    Set.of(created, other), Set.of(), "en", "Hostile-test-pass-1"));
            return created;
        });
    }

    /** The second home of the account, for transfers. */
    long otherHomeId() {
        homeId();
        return jdbc.queryForObject("select id from homes where code = ?", Long.class, OTHER_HOME_CODE);
    }

    private long home(String code, String name, int rooms) {
        DistrictSummary district = homes.districts().stream().filter(d -> d.code().equals("SUNDEMO")).findFirst().orElseThrow();
        HomeDetails h = new HomeDetails();
        h.setDistrict(district);
        h.setCode(code);
        h.setName(name);
        h.setType(HomeType.LONG_TERM);
        h.setServes(ServedGroup.WOMEN);
        h.setAddress("1 Test Lane");
        long created = homes.save(h).getId();
        for (int r = 1; r <= rooms; r++) {
            RoomSummary room = beds.addRoom(created, "Room " + r);
            beds.addBeds(room.id(), String.valueOf((char) ('G' + r)), 50);
        }
        return created;
    }

    /** A new resident of the test home placed in one of its free beds (as the system). */
    long placedResident(String name) {
        long id = resident(name, 30);
        long home = homeId();
        SystemAuthentication.run(() -> {
            long bed = boards.freeBeds(home).getFirst().bedId();
            placements.admit(new Admission(id, bed, LocalDate.now(clock), null, null, "Hostile input test"));
        });
        return id;
    }

    /** The bed she sleeps in now. */
    long bedOf(long residentId) {
        return jdbc.queryForObject("select bed_id from placements where resident_id = ? and end_date is null", Long.class, residentId);
    }

    /** A new resident of the test home (not placed in a bed), of the given age. */
    long resident(String name, int age) {
        long home = homeId();
        return SystemAuthentication.call(() -> {
            Intake in = new Intake();
            in.setHomeId(home);
            in.setName(name);
            in.setApproximateAge(age);
            in.setOrigin("IN-WB");
            in.setTraffickingForm(TraffickingForm.LABOUR);
            return residents.admit(in).id();
        });
    }
}
