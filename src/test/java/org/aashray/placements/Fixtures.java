package org.aashray.placements;

import java.time.LocalDate;
import java.util.List;
import org.aashray.homes.BedService;
import org.aashray.homes.BedSummary;
import org.aashray.homes.DistrictSummary;
import org.aashray.homes.HomeDetails;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeType;
import org.aashray.homes.RoomSummary;
import org.aashray.homes.ServedGroup;
import org.aashray.residents.Gender;
import org.aashray.residents.intake.Intake;
import org.aashray.residents.intake.IntakeService;
import org.aashray.residents.ResidentSummary;
import org.aashray.residents.TraffickingForm;
import org.aashray.security.SystemAuthentication;
import org.springframework.stereotype.Component;

/** Test homes with a known number of beds, and residents in them; created as "system". */
@Component
public class Fixtures {

    private static int counter;
    private final HomeService homes;
    private final BedService beds;
    private final IntakeService residents;

    Fixtures(HomeService homes, BedService beds, IntakeService residents) {
        this.homes = homes;
        this.beds = beds;
        this.residents = residents;
    }

    public record TestHome(long id, List<Long> beds) {
    }

    public TestHome home(HomeType type, ServedGroup serves, int bedCount) {
        return SystemAuthentication.call(() -> {
            String letters = nextLetters();
            DistrictSummary district = homes.districts().stream().filter(d -> d.code().equals("SUNDEMO")).findFirst().orElseThrow();
            HomeDetails h = new HomeDetails();
            h.setDistrict(district);
            h.setCode("PT" + letters + "-" + type.letter());
            h.setName("Placement test home " + letters);
            h.setType(type);
            h.setServes(serves);
            h.setAddress("1 Test Lane");
            long id = homes.save(h).getId();
            RoomSummary room = beds.addRoom(id, "Room 1");
            List<BedSummary> added = beds.addBeds(room.id(), "T", bedCount);
            return new TestHome(id, added.stream().map(BedSummary::id).toList());
        });
    }

    public ResidentSummary resident(long homeId, String name, int age, Gender gender, LocalDate admittedOn) {
        return SystemAuthentication.call(() -> {
            Intake in = new Intake();
            in.setHomeId(homeId);
            in.setName(name);
            in.setApproximateAge(age);
            in.setGender(gender);
            in.setOrigin("IN-WB");
            in.setTraffickingForm(TraffickingForm.LABOUR);
            in.setAdmittedOn(admittedOn);
            return residents.admit(in);
        });
    }

    private static synchronized String nextLetters() {
        int n = counter++;
        return "" + (char) ('A' + (n / 26) % 26) + (char) ('A' + n % 26) + (char) ('A' + (int) (System.nanoTime() % 26));
    }
}
