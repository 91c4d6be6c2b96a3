package org.aashray.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aashray.base.ConcurrentEditException;
import org.aashray.base.ValidationException;
import org.aashray.residents.casework.Consent;
import org.aashray.residents.casework.DocumentStatus;
import org.aashray.residents.casework.LegalCase;
import org.aashray.residents.casework.LegalCaseService;
import org.aashray.residents.casework.NoContact;
import org.aashray.residents.casework.ResidentConsentService;
import org.aashray.residents.casework.ResidentContactService;
import org.aashray.residents.casework.ResidentDocument;
import org.aashray.residents.casework.ResidentDocumentService;
import org.aashray.residents.casework.ResidentPhotoService;
import org.aashray.residents.intake.Intake;
import org.aashray.residents.intake.IntakeService;
import org.aashray.residents.intake.MatchQuery;
import org.aashray.residents.intake.ReturningSurvivors;
import org.aashray.residents.internal.Resident;
import org.aashray.residents.internal.ResidentService;
import org.aashray.residents.matching.EarlierStayMatch;
import org.aashray.residents.matching.ReturnConfirmations;
import org.aashray.security.SystemAuthentication;
import org.aashray.residents.visitors.Visit;
import org.aashray.residents.visitors.VisitPurpose;
import org.aashray.residents.visitors.VisitorRegister;
import org.aashray.testsupport.AashrayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

@AashrayIntegrationTest
class ResidentsServiceTest {

    @Autowired ResidentService residents;
    @Autowired IntakeService intakes;
    @Autowired ReturningSurvivors returning;
    @Autowired ReturnConfirmations confirmations;
    @Autowired ResidentConsentService consents;
    @Autowired ResidentPhotoService photos;
    @Autowired ResidentDocumentService documents;
    @Autowired LegalCaseService legalCases;
    @Autowired ResidentContactService contacts;
    @Autowired ResidentDirectory directory;
    @Autowired VisitorRegister visitors;
    @Autowired JdbcTemplate jdbc;

    long homeId(String code) {
        return jdbc.queryForObject("select id from homes where code = ?", Long.class, code);
    }

    Intake intake(String home, String name, int age, String origin) {
        Intake in = new Intake();
        in.setHomeId(homeId(home));
        in.setName(name);
        in.setApproximateAge(age);
        in.setOrigin(origin);
        in.setTraffickingForm(TraffickingForm.LABOUR);
        return in;
    }

    long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    @Test
    @WithUserDetails("reception")
    void twenty_parallel_intakes_get_twenty_distinct_case_numbers() throws Exception {
        SecurityContext reception = SecurityContextHolder.getContext();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Intake in = intake("SUN-L", "Parallel arrival " + i, 25, "IN-JH");
            Callable<String> admit = () -> {
                SecurityContextHolder.setContext(reception);
                start.await();
                return intakes.admit(in).caseNumber();
            };
            results.add(pool.submit(admit));
        }
        start.countDown();
        List<String> numbers = new ArrayList<>();
        for (Future<String> f : results) numbers.add(f.get());
        pool.shutdown();
        assertThat(numbers).hasSize(20).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("SUN-L-" + LocalDate.now().getYear() + "-\\d{4}"));
    }

    @Test
    @WithUserDetails("reception")
    void a_returning_survivor_is_found_by_document_number_or_by_similar_name_age_and_origin_and_asked_about_not_merged() {
        Intake first = intake("SUN-T", "Nirmala Hansda", 22, "IN-JH");
        first.setDocumentNumber("ABC 123 4567");
        ResidentSummary earlier = intakes.admit(first);

        assertThat(returning.possibleMatches(new MatchQuery("Someone Else", null, 40, null, Gender.FEMALE, "IN-WB", "abc1234567")))
                .extracting(EarlierStayMatch::caseNumber).contains(earlier.caseNumber());
        assertThat(returning.possibleMatches(new MatchQuery("nirmla", null, 24, null, Gender.FEMALE, "IN-JH", null)))
                .extracting(EarlierStayMatch::caseNumber).contains(earlier.caseNumber());
        assertThat(returning.possibleMatches(new MatchQuery("nirmala", null, 40, null, Gender.FEMALE, "IN-JH", null)))
                .extracting(EarlierStayMatch::caseNumber).doesNotContain(earlier.caseNumber());
        assertThat(returning.possibleMatches(new MatchQuery("nirmala", null, 22, null, Gender.FEMALE, "NP", null)))
                .extracting(EarlierStayMatch::caseNumber).doesNotContain(earlier.caseNumber());
        assertThat(returning.possibleMatches(new MatchQuery("nirmala", null, 22, null, Gender.MALE, "IN-JH", null)))
                .extracting(EarlierStayMatch::caseNumber).doesNotContain(earlier.caseNumber());

        Intake again = intake("SUN-T", "Nirmala Hansda", 23, "IN-JH");
        again.setEarlierCaseNumber(earlier.caseNumber());
        ResidentSummary returned = intakes.admit(again);
        assertThat(returned.id()).isNotEqualTo(earlier.id());
        assertThat(returned.possibleRetrafficking()).as("not before the earlier home confirms").isFalse();
        assertThat(jdbc.queryForObject("select status from resident_return_requests where resident_id = ? and earlier_stay_id = ?",
                String.class, returned.id(), earlier.id())).isEqualTo("PENDING");
        assertThat(residents.summary(earlier.id()).name()).isEqualTo("Nirmala Hansda");

        // the earlier home declines: nothing is linked, and no question is left open for other tests' alerts
        long request = jdbc.queryForObject("select id from resident_return_requests where resident_id = ?", Long.class, returned.id());
        SystemAuthentication.run(() -> confirmations.decline(request, 0, "Another Nirmala"));
        assertThat(residents.summary(returned.id()).possibleRetrafficking()).isFalse();
        assertThat(confirmations.asked(returned.id())).singleElement()
                .satisfies(q -> assertThat(q.declineReason()).isEqualTo("Another Nirmala"));
    }

    @Test
    @WithUserDetails("caremanager")
    void a_care_manager_sees_the_earlier_stay_of_a_returning_survivor() {
        ResidentSummary mitali = directory.search(ResidentFilter.none().withName("Mitali Sardar"),
                PageRequest.of(0, 10)).stream().filter(r -> r.possibleRetrafficking() && r.name().equals("Mitali Sardar (demo)"))
                .findFirst().orElseThrow();
        assertThat(returning.earlierStays(mitali.id())).extracting(ResidentSummary::status).containsExactly(ResidentStatus.EXITED);
    }

    @Test
    @WithUserDetails("reception")
    void staff_of_one_home_cannot_read_residents_of_another_home_even_by_id() {
        long nadipurResident = jdbc.queryForObject("select min(r.id) from residents r join homes h on h.id = r.home_id "
                + "where h.code = 'NAD-T'", Long.class);
        assertThatThrownBy(() -> residents.open(nadipurResident)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> residents.summary(nadipurResident)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> legalCases.legalCase(nadipurResident)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> photos.photo(nadipurResident)).isInstanceOf(AccessDeniedException.class);
        assertThat(directory.find(nadipurResident)).isEmpty();
        assertThatThrownBy(() -> directory.search(new ResidentFilter(null, null, homeId("NAD-T"), null, null, null, null),
                PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThat(directory.search(ResidentFilter.none(), PageRequest.of(0, 500)))
                .isNotEmpty().allMatch(r -> r.homeId() == homeId("SUN-T") || r.homeId() == homeId("SUN-L"));
    }

    @Test
    @WithUserDetails("admin")
    void administrators_manage_structure_and_do_not_see_survivors() {
        assertThatThrownBy(() -> directory.search(ResidentFilter.none(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("official")
    void district_officials_see_no_resident_and_no_photo() {
        long any = jdbc.queryForObject("select min(id) from residents", Long.class);
        assertThatThrownBy(() -> photos.photo(any)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.find(any)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("reception")
    void bad_input_is_refused_field_by_field_and_nothing_is_saved() {
        Intake in = intake("SUN-T", "x".repeat(121), 130, "Atlantis");
        in.setRescueDate(LocalDate.now().plusDays(1));
        in.setTraffickingForm(null);
        long before = count("residents");
        assertThatThrownBy(() -> intakes.admit(in)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.errors()).extracting(ValidationException.FieldError::field)
                        .containsExactlyInAnyOrder("name", "approximateAge", "origin", "rescueDate", "traffickingForm"));
        Intake noAge = intake("SUN-T", "Rupa", 20, "IN-WB");
        noAge.setApproximateAge(null);
        noAge.setBirthDate(LocalDate.now().minusYears(101).minusDays(1));
        assertThatThrownBy(() -> intakes.admit(noAge)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.errors()).extracting(ValidationException.FieldError::field).containsExactly("birthDate"));
        assertThat(count("residents")).isEqualTo(before);
    }

    @Test
    @WithUserDetails("reception")
    void names_in_any_script_are_accepted_and_found_case_insensitively_and_markup_is_kept_as_text() {
        ResidentSummary bengali = intakes.admit(intake("SUN-T", "মৌসুমী হালদার", 19, "BD"));
        ResidentSummary hindi = intakes.admit(intake("SUN-T", "राधा कुमारी", 17, "IN-BR"));
        ResidentSummary latin = intakes.admit(intake("SUN-T", "Sakina KHATUNBIBI", 30, "IN-WB"));
        ResidentSummary markup = intakes.admit(intake("SUN-T", "<b>Bold</b> Begum", 30, "IN-WB"));
        assertThat(search("হালদার")).containsExactly(bengali.id());
        assertThat(search("राधा")).containsExactly(hindi.id());
        assertThat(search("khatunbibi")).containsExactly(latin.id());
        assertThat(search("<b>bold")).containsExactly(markup.id());
        assertThat(residents.summary(markup.id()).name()).isEqualTo("<b>Bold</b> Begum");
        assertThat(hindi.minor()).isTrue();
    }

    private List<Long> search(String name) {
        return directory.search(ResidentFilter.none().withName(name), PageRequest.of(0, 50)).stream().map(ResidentSummary::id).toList();
    }

    @Test
    @WithUserDetails("reception")
    void filters_and_sorting_happen_in_the_database() {
        List<ResidentSummary> minors = directory.search(new ResidentFilter(null, null, null, null, null, null, ResidentFlag.MINOR),
                PageRequest.of(0, 200));
        assertThat(minors).isNotEmpty().allMatch(ResidentSummary::minor);
        List<ResidentSummary> byCase = directory.search(new ResidentFilter(null, null, null, null, null, null, null),
                PageRequest.of(0, 200, org.springframework.data.domain.Sort.by("caseNumber")));
        assertThat(byCase).extracting(ResidentSummary::caseNumber).isSorted();
        assertThat(directory.search(new ResidentFilter(null, null, null, ResidentStatus.EXITED, null, null, null),
                PageRequest.of(0, 200))).allMatch(r -> r.status() == ResidentStatus.EXITED);
        assertThat(directory.search(new ResidentFilter(null, null, null, null, AgeBand.FROM_18_TO_25, null, null),
                PageRequest.of(0, 200))).allMatch(r -> r.age(LocalDate.now()) >= 18 && r.age(LocalDate.now()) <= 25);
        assertThat(directory.search(new ResidentFilter(null, null, null, null, null, null, ResidentFlag.NO_CONSENT),
                PageRequest.of(0, 200))).allMatch(r -> !r.consentRecorded());
    }

    @Test
    @WithUserDetails("reception")
    void two_people_editing_one_resident_get_a_conflict_instead_of_a_silent_overwrite() {
        long id = intakes.admit(intake("SUN-T", "Conflict Test", 25, "IN-WB")).id();
        Resident first = residents.open(id);
        Resident second = residents.open(id);
        first.setNativePlace("Village A");
        residents.save(first);
        second.setNativePlace("Village B");
        assertThatThrownBy(() -> residents.save(second)).isInstanceOf(ConcurrentEditException.class);
        assertThat(residents.open(id).getNativePlace()).isEqualTo("Village A");
    }

    @Test
    @WithUserDetails("reception")
    void every_change_is_audited_and_every_profile_open_is_logged() {
        long id = intakes.admit(intake("SUN-T", "Audit Test", 25, "IN-WB")).id();
        residents.open(id);
        Consent c = new Consent();
        c.setExplained("Explained");
        c.setLanguage("Bengali");
        c.setWitness("Witness");
        c.setAgreesData(true);
        consents.recordConsent(id, c);
        assertThat(jdbc.queryForList("select action from audit_events where entity_type = 'Resident' and entity_id = ?",
                String.class, String.valueOf(id))).contains("CREATE", "CONSENT");
        assertThat(jdbc.queryForObject("select count(*) from record_access_log where entity_type = 'Resident' and entity_id = ?"
                + " and username = 'reception'", Long.class, String.valueOf(id))).isEqualTo(1);
        assertThat(residents.summary(id).consentRecorded()).isTrue();
    }

    @Test
    @WithUserDetails("reception")
    void a_photo_must_be_a_small_jpeg_or_png_and_she_must_have_agreed_to_it() {
        long id = intakes.admit(intake("SUN-T", "Photo Test", 25, "IN-WB")).id();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
        assertThatThrownBy(() -> photos.setPhoto(id, "image/png", png)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("residents.validation.photoConsent"));
        Consent c = new Consent();
        c.setExplained("Explained");
        c.setLanguage("Hindi");
        c.setWitness("Witness");
        c.setAgreesData(true);
        c.setAgreesPhoto(true);
        consents.recordConsent(id, c);
        assertThatThrownBy(() -> photos.setPhoto(id, "image/png", "%PDF-1.7".getBytes()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("residents.validation.photoType"));
        byte[] big = new byte[3 * 1024 * 1024];
        System.arraycopy(png, 0, big, 0, png.length);
        assertThatThrownBy(() -> photos.setPhoto(id, "image/png", big)).isInstanceOf(ValidationException.class);
        photos.setPhoto(id, "image/png", png);
        assertThat(photos.photo(id)).hasValueSatisfying(p -> assertThat(p.mimeType()).isEqualTo("image/png"));
    }

    @Test
    @WithUserDetails("reception")
    void a_visitor_on_the_no_contact_list_is_warned_about_and_the_warning_is_recorded() {
        long id = intakes.admit(intake("SUN-T", "Visit Test", 25, "IN-WB")).id();
        NoContact n = new NoContact();
        n.setPersonName("Raju Trafficker");
        n.setPhone("+91 98300 12345");
        contacts.addNoContact(id, n);
        assertThat(visitors.check(id, "raju  trafficker", null)).hasSize(1);
        assertThat(visitors.check(id, "Someone", "09830012345")).hasSize(1);
        assertThat(visitors.check(id, "Meena Mother", "0333")).isEmpty();
        Visit v = new Visit();
        v.setResidentId(id);
        v.setVisitorName("Raju");
        v.setVisitorPhone("98300 12345");
        v.setRelation("Uncle");
        v.setPurpose(VisitPurpose.FAMILY);
        VisitorRegister.Registered result = visitors.register(v);
        assertThat(result.warnings()).hasSize(1);
        assertThat(result.visit().isNoContactMatch()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_events where action = 'NO_CONTACT_WARNING' and entity_id = ?",
                Long.class, String.valueOf(result.visit().getId()))).isEqualTo(1);
        Visit police = new Visit();
        police.setResidentId(id);
        police.setVisitorName("Inspector");
        police.setRelation("Investigating officer");
        police.setPurpose(VisitPurpose.POLICE);
        assertThatThrownBy(() -> visitors.register(police)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.errors()).extracting(ValidationException.FieldError::field)
                        .containsExactlyInAnyOrder("officerName", "policeStation"));
    }

    @Test
    @WithUserDetails("caremanager")
    void other_features_change_status_through_the_directory_and_the_change_is_audited() {
        long id = intakes.admit(intake("SUN-L", "Status Test", 25, "IN-WB")).id();
        assertThat(directory.markStatus(id, ResidentStatus.ABSCONDED, LocalDate.now()).status()).isEqualTo(ResidentStatus.ABSCONDED);
        assertThat(directory.find(id)).hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(ResidentStatus.ABSCONDED));
        assertThat(jdbc.queryForObject("select count(*) from audit_events where action = 'STATUS' and entity_id = ?",
                Long.class, String.valueOf(id))).isEqualTo(1);
    }

    @Test
    @WithUserDetails("counsellor")
    void legal_case_and_documents_keep_their_dates_plausible() {
        long id = directory.search(ResidentFilter.none(), PageRequest.of(0, 1)).getFirst().id();
        LegalCase legal = legalCases.legalCase(id);
        legal.setStatementDate(LocalDate.now().plusDays(2));
        assertThatThrownBy(() -> legalCases.saveLegalCase(id, legal)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.errors()).extracting(ValidationException.FieldError::field).containsExactly("statementDate"));
        ResidentDocument doc = new ResidentDocument();
        doc.setType(DocumentType.RATION_CARD);
        doc.setStatus(DocumentStatus.APPLIED);
        doc.setAppliedOn(LocalDate.now().minusDays(3));
        doc.setReceivedOn(LocalDate.now().minusDays(5));
        assertThatThrownBy(() -> documents.saveDocument(id, doc)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.errors()).extracting(ValidationException.FieldError::field).containsExactly("receivedOn"));
    }
}
