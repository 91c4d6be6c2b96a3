package org.aashray.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aashray.homes.BedService;
import org.aashray.homes.BedStatus;
import org.aashray.homes.BedSummary;
import org.aashray.homes.DistrictSummary;
import org.aashray.homes.HomeDetails;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeType;
import org.aashray.homes.RoomSummary;
import org.aashray.homes.ServedGroup;
import org.aashray.security.NewStaffAccount;
import org.aashray.security.Role;
import org.aashray.security.SystemAuthentication;
import org.aashray.security.UserAdminService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Seeds the fictional demo shelter once; later starts find it and leave it alone. */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String MARKER_DISTRICT = "SUNDEMO";

    private record DemoHome(String district, String code, String name, HomeType type, ServedGroup serves) {
    }

    private static final List<DemoHome> HOMES = List.of(
            new DemoHome(MARKER_DISTRICT, "SUN-T", "Asha Transit Home (demo)", HomeType.TRANSIT, ServedGroup.WOMEN),
            new DemoHome(MARKER_DISTRICT, "SUN-S", "Kiran Short-stay Home (demo)", HomeType.SHORT_TERM, ServedGroup.GIRLS),
            new DemoHome(MARKER_DISTRICT, "SUN-L", "Ujala Long-term Home (demo)", HomeType.LONG_TERM, ServedGroup.WOMEN),
            new DemoHome(MARKER_DISTRICT, "SUN-C", "Sahara Community Home (demo)", HomeType.COMMUNITY_BASED, ServedGroup.MOTHERS_WITH_CHILDREN),
            new DemoHome("NADDEMO", "NAD-T", "Nadipur Transit Home (demo)", HomeType.TRANSIT, ServedGroup.GIRLS),
            new DemoHome("NADDEMO", "NAD-S", "Disha Short-stay Home (demo)", HomeType.SHORT_TERM, ServedGroup.WOMEN),
            new DemoHome("NADDEMO", "NAD-L", "Umeed Long-term Home (demo)", HomeType.LONG_TERM, ServedGroup.GIRLS),
            new DemoHome("NADDEMO", "NAD-C", "Nadipur Community Home (demo)", HomeType.COMMUNITY_BASED, ServedGroup.WOMEN));

    private final HomeService homes;
    private final BedService beds;
    private final UserAdminService users;
    private final Clock clock;
    private final String password;

    DemoData(HomeService homes, BedService beds, UserAdminService users, Clock clock,
             @Value("${aashray.demo.password:aashray-demo}") String password) {
        this.homes = homes;
        this.beds = beds;
        this.users = users;
        this.clock = clock;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.run(this::seedOnce);
    }

    void seedOnce() {
        if (homes.districts().stream().anyMatch(d -> d.code().equals(MARKER_DISTRICT))) {
            return;
        }
        long started = System.nanoTime();
        Map<String, DistrictSummary> districts = new HashMap<>();
        districts.put(MARKER_DISTRICT, homes.addDistrict(MARKER_DISTRICT, "Sundarpur (demo)", "West Bengal"));
        districts.put("NADDEMO", homes.addDistrict("NADDEMO", "Nadipur (demo)", "West Bengal"));
        Map<String, Long> homeIds = new HashMap<>();
        int n = 0;
        for (DemoHome demo : HOMES) {
            HomeDetails home = new HomeDetails();
            home.setDistrict(districts.get(demo.district()));
            home.setCode(demo.code());
            home.setName(demo.name());
            home.setType(demo.type());
            home.setServes(demo.serves());
            home.setAddress((n + 1) + " Demo Road, " + districts.get(demo.district()).name());
            home.setLicenceNumber("DEMO/LIC/" + (100 + n));
            home.setLicenceExpiry(LocalDate.now(clock).plusMonths(n == 0 ? 1 : 6 + n * 3L));
            home.setContactPerson("Demo Superintendent " + (n + 1));
            home.setContactPhone("+91 00000 0000" + n);
            long id = homes.save(home).getId();
            homeIds.put(demo.code(), id);
            seedRooms(id, demo.type() == HomeType.TRANSIT ? 3 : 4);
            n++;
        }
        seedAccounts(homeIds, districts);
        log.info("Demo data seeded in {} ms: {} districts, {} homes", (System.nanoTime() - started) / 1_000_000,
                districts.size(), HOMES.size());
    }

    private void seedRooms(long homeId, int rooms) {
        for (int r = 1; r <= rooms; r++) {
            RoomSummary room = beds.addRoom(homeId, "Room " + r);
            List<BedSummary> added = beds.addBeds(room.id(), String.valueOf((char) ('A' + r - 1)), 4);
            if (r == rooms) { // one bed out of service, so the board shows what that looks like
                BedSummary last = added.getLast();
                beds.setStatus(last.id(), last.version(), BedStatus.OUT_OF_SERVICE);
            }
        }
    }

    private void seedAccounts(Map<String, Long> homeIds, Map<String, DistrictSummary> districts) {
        Set<Long> sundarpurHomes = Set.of(homeIds.get("SUN-T"), homeIds.get("SUN-L"));
        account("admin", "Anita Admin (demo)", EnumSet.of(Role.ADMIN), Set.of(), Set.of());
        account("reception", "Rekha Reception (demo)", EnumSet.of(Role.RECEPTION), sundarpurHomes, Set.of());
        account("counsellor", "Kavita Counsellor (demo)", EnumSet.of(Role.COUNSELLOR), sundarpurHomes, Set.of());
        account("medical", "Meena Medical (demo)", EnumSet.of(Role.MEDICAL), sundarpurHomes, Set.of());
        account("trainer", "Tara Trainer (demo)", EnumSet.of(Role.TRAINER), Set.of(homeIds.get("SUN-L")), Set.of());
        account("caremanager", "Chitra Care Manager (demo)", EnumSet.of(Role.CARE_MANAGER), sundarpurHomes, Set.of());
        // shares no home with the others: the receiving side of a transfer between districts
        account("nadipur", "Nandini Care Manager, Nadipur (demo)", EnumSet.of(Role.CARE_MANAGER), Set.of(homeIds.get("NAD-C")),
                Set.of());
        account("official", "Omana Official (demo)", EnumSet.of(Role.DISTRICT_OFFICIAL), Set.of(),
                Set.of(districts.get(MARKER_DISTRICT).id()));
    }

    private void account(String username, String name, Set<Role> roles, Set<Long> homeIds, Set<Long> districtIds) {
        if (!users.exists(username)) {
            users.createWithPermanentPassword(new NewStaffAccount(username, name, roles, homeIds, districtIds, "en", password));
        }
    }
}
