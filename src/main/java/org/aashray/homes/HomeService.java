package org.aashray.homes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.aashray.audit.AuditLog;
import org.aashray.base.OptimisticLock;
import org.aashray.base.RequestMemo;
import org.aashray.homes.internal.District;
import org.aashray.homes.internal.DistrictRepository;
import org.aashray.homes.internal.Home;
import org.aashray.homes.internal.HomeChecks;
import org.aashray.homes.internal.HomeRepository;
import org.aashray.security.CurrentUser;
import org.aashray.security.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Homes and districts: ADMIN edits them; everyone sees the homes they work for. */
@Service
public class HomeService {

    private static final String MEMO = "homes.accessible:";

    private final HomeRepository homes;
    private final DistrictRepository districts;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    HomeService(HomeRepository homes, DistrictRepository districts, CurrentUser currentUser, AuditLog audit,
                Clock clock) {
        this.homes = homes;
        this.districts = districts;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The homes the caller works with: their assigned homes, their districts' homes, or all for ADMIN. Asked
     * several times per click (menu, bell, view, service checks), so it is worked out once per request and,
     * on a repeat, answered without a transaction.
     */
    @PreAuthorize("isAuthenticated()")
    public List<HomeSummary> accessibleHomes() {
        boolean all = currentUser.managesAllHomes();
        boolean official = currentUser.has(Role.DISTRICT_OFFICIAL);
        String key = MEMO + all + ":" + new TreeSet<>(currentUser.homeIds())
                + ":" + (official ? new TreeSet<>(currentUser.districtIds()) : "-");
        return RequestMemo.get(key, () -> List.copyOf(loadAccessibleHomes(all, official)));
    }

    private List<HomeSummary> loadAccessibleHomes(boolean all, boolean official) {
        if (all) {
            return homes.allSummaries();
        }
        List<HomeSummary> result = new ArrayList<>();
        if (!currentUser.homeIds().isEmpty()) {
            result.addAll(homes.summariesByIds(currentUser.homeIds()));
        }
        if (official && !currentUser.districtIds().isEmpty()) {
            homes.summariesByDistricts(currentUser.districtIds()).stream()
                    .filter(h -> result.stream().noneMatch(r -> r.id() == h.id()))
                    .forEach(result::add);
        }
        return result;
    }

    /**
     * Every open home of the state of {@code homeId}'s district, in every district, by district and name: where
     * staff may send a resident (a transfer request). Names, types and districts only, nothing of their residents.
     */
    @PreAuthorize("hasAnyRole('RECEPTION','COUNSELLOR','MEDICAL','TRAINER','CARE_MANAGER','SYSTEM')")
    @Transactional(readOnly = true)
    public List<HomeSummary> homesOfState(long homeId) {
        currentUser.requireHome(homeId);
        Map<Long, String> stateOf = new java.util.HashMap<>();
        districts.findAllByOrderByName().forEach(d -> stateOf.put(d.getId(), d.getState()));
        String state = stateOf.get(homes.summariesByIds(Set.of(homeId)).getFirst().districtId());
        return homes.allSummaries().stream().filter(HomeSummary::active)
                .filter(h -> java.util.Objects.equals(stateOf.get(h.districtId()), state)).toList();
    }

    /** After a change to a home, a district or a bed: this request's later questions see it. */
    static void forgetAccessibleHomes() {
        RequestMemo.forget(MEMO);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public HomeSummary summary(long homeId) {
        return summaries(List.of(homeId)).getFirst();
    }

    /**
     * The homes asked for (not all the caller may see: an administrator sees hundreds), in id order, each with its
     * capacity: the one place a home's capacity (its in-service beds) is counted, for every screen and report.
     * Refused as a whole if the caller may not see one of them: staff their homes, district officials their
     * districts' homes.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<HomeSummary> summaries(Collection<Long> homeIds) {
        Set<Long> asked = Set.copyOf(homeIds);
        if (asked.isEmpty()) return List.of();
        List<HomeSummary> found = homes.summariesByIds(asked).stream()
                .sorted(Comparator.comparingLong(HomeSummary::id)).toList();
        if (found.size() != asked.size()) {
            throw new AccessDeniedException("No such home in " + asked);
        }
        boolean official = currentUser.has(Role.DISTRICT_OFFICIAL);
        for (HomeSummary home : found) {
            if (!currentUser.mayAccessHomeStructure(home.id())
                    && !(official && currentUser.mayAccessDistrictStructure(home.districtId()))) {
                throw new AccessDeniedException("No access to home " + home.id());
            }
        }
        return found;
    }

    /**
     * Name and district of any homes, also those the caller does not work in: what intake may say about where a
     * returning survivor stayed before. Nothing else of those homes.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, HomeLabel> labels(Collection<Long> homeIds) {
        if (homeIds.isEmpty()) return Map.of();
        Map<Long, HomeLabel> out = new LinkedHashMap<>();
        homes.summariesByIds(Set.copyOf(homeIds)).forEach(h -> out.put(h.id(), new HomeLabel(h.id(), h.name(), h.districtName())));
        return out;
    }

    /** Open homes whose licence runs out on or before {@code date} (for the licence-expiry alert). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<HomeSummary> licencesExpiringOnOrBefore(LocalDate date) {
        return homes.licencesExpiringOnOrBefore(date);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<HomeSummary> search(String text, Pageable pageable) {
        return homes.search(text == null || text.isBlank() ? null : text.trim(), pageable);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public HomeDetails getForEdit(long id) {
        return details(homes.findWithDistrict(id).orElseThrow());
    }

    /** Creates a home (no id) or changes one, refused if someone else changed it since the form was opened. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public HomeDetails save(HomeDetails edited) {
        String code = edited.getCode();
        HomeChecks.check(edited, LocalDate.now(clock))
                .require(code == null || !(edited.getId() == null ? homes.existsByCode(code) : homes.existsByCodeAndIdNot(code, edited.getId())),
                        "code", "homes.validation.codeTaken")
                .throwIfAny();
        District district = districts.findById(edited.getDistrict().id()).orElseThrow();
        if (edited.getId() == null) {
            Home home = new Home();
            copy(edited, home, district);
            homes.saveAndFlush(home);
            forgetAccessibleHomes();
            audit.recordChange("CREATE", "Home", home.getId(), home.getId(), "Home " + home.getCode() + " created",
                    null, snapshot(home));
            return details(home);
        }
        Home current = homes.findWithDistrict(edited.getId()).orElseThrow();
        OptimisticLock.requireVersion("Home " + current.getCode(), current.getVersion(), edited.getVersion());
        Map<String, Object> before = snapshot(current);
        copy(edited, current, district);
        OptimisticLock.write("Home " + current.getCode(), homes::flush);
        forgetAccessibleHomes();
        audit.recordChange("UPDATE", "Home", current.getId(), current.getId(), "Home " + current.getCode() + " changed",
                before, snapshot(current));
        return details(current);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DistrictSummary> districts() {
        return districts.findAllByOrderByName().stream().map(HomeService::summary).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public DistrictSummary addDistrict(String code, String name, String state) {
        HomeChecks.checkDistrict(code, name, state)
                .require(code == null || !districts.existsByCode(code), "code", "homes.validation.codeTaken")
                .throwIfAny();
        District saved = districts.saveAndFlush(new District(code, name, state));
        forgetAccessibleHomes();
        audit.recordChange("CREATE", "District", saved.getId(), null, "District " + saved.getCode() + " saved", null,
                Map.of("code", saved.getCode(), "name", saved.getName(), "state", saved.getState()));
        return summary(saved);
    }

    private static DistrictSummary summary(District d) {
        return new DistrictSummary(d.getId(), d.getCode(), d.getName(), d.getState());
    }

    private static HomeDetails details(Home h) {
        HomeDetails d = new HomeDetails(h.getId(), h.getVersion());
        d.setDistrict(summary(h.getDistrict()));
        d.setCode(h.getCode());
        d.setName(h.getName());
        d.setType(h.getType());
        d.setServes(h.getServes());
        d.setAddress(h.getAddress());
        d.setLicenceNumber(h.getLicenceNumber());
        d.setLicenceExpiry(h.getLicenceExpiry());
        d.setContactPerson(h.getContactPerson());
        d.setContactPhone(h.getContactPhone());
        d.setActive(h.isActive());
        return d;
    }

    private static void copy(HomeDetails from, Home to, District district) {
        to.setDistrict(district);
        to.setCode(from.getCode().trim());
        to.setName(from.getName().trim());
        to.setType(from.getType());
        to.setServes(from.getServes());
        to.setAddress(from.getAddress().trim());
        to.setLicenceNumber(blankToNull(from.getLicenceNumber()));
        to.setLicenceExpiry(from.getLicenceExpiry());
        to.setContactPerson(blankToNull(from.getContactPerson()));
        to.setContactPhone(blankToNull(from.getContactPhone()));
        to.setActive(from.isActive());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Map<String, Object> snapshot(Home h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("district", h.getDistrict().getId());
        m.put("code", h.getCode());
        m.put("name", h.getName());
        m.put("type", h.getType());
        m.put("serves", h.getServes());
        m.put("address", h.getAddress());
        m.put("licenceNumber", h.getLicenceNumber());
        m.put("licenceExpiry", h.getLicenceExpiry());
        m.put("contactPerson", h.getContactPerson());
        m.put("contactPhone", h.getContactPhone());
        m.put("active", h.isActive());
        return m;
    }
}
