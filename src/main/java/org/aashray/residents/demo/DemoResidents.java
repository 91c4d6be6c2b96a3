package org.aashray.residents.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aashray.homes.HomeService;
import org.aashray.homes.HomeSummary;
import org.aashray.residents.DocumentType;
import org.aashray.residents.Gender;
import org.aashray.residents.ResidentDirectory;
import org.aashray.residents.ResidentFilter;
import org.aashray.residents.ResidentStatus;
import org.aashray.residents.ResidentSummary;
import org.aashray.residents.TraffickingForm;
import org.aashray.residents.casework.CompensationStatus;
import org.aashray.residents.casework.Consent;
import org.aashray.residents.casework.DocumentStatus;
import org.aashray.residents.casework.LawyerType;
import org.aashray.residents.casework.LegalCase;
import org.aashray.residents.casework.LegalCaseService;
import org.aashray.residents.casework.NoContact;
import org.aashray.residents.casework.ResidentConsentService;
import org.aashray.residents.casework.ResidentContactService;
import org.aashray.residents.casework.ResidentDocument;
import org.aashray.residents.casework.ResidentDocumentService;
import org.aashray.residents.intake.Intake;
import org.aashray.residents.intake.IntakeService;
import org.aashray.residents.internal.ReferralSource;
import org.aashray.residents.internal.RescuePlace;
import org.aashray.residents.matching.ReturnConfirmations;
import org.aashray.residents.visitors.Visit;
import org.aashray.residents.visitors.VisitPurpose;
import org.aashray.residents.visitors.VisitorRegister;
import org.aashray.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Seeds about 60 fictional residents in the demo homes, at every stage: just arrived without consent,
 * in care with documents and a legal case, exited, absconded, a mother with children, a returning
 * survivor, a no-contact list and today's visitors. Uses the same services as the screens, once.
 */
@Component
@Profile("demo")
@Order(20)
class DemoResidents implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoResidents.class);
    private static final String[] FIRST = {"Asha", "Rina", "Mousumi", "Puja", "Salma", "Sunita", "Kajal", "Rupa", "Moni",
            "Jharna", "Lakshmi", "Anjali", "Shabnam", "Priya", "Sita", "Gita", "Parvati", "Nasrin", "Tania", "Bina"};
    private static final String[] LAST = {"Das", "Khatun", "Mondal", "Tamang", "Biswas", "Oraon", "Sardar", "Bibi",
            "Rai", "Munda", "Sheikh", "Ghosh"};
    /** A few names in Devanagari and Bengali script, so search in any script can be tried at once. */
    private static final String[] OTHER_SCRIPTS = {"सीमा कुमारी", "রুমা বিবি", "মিতালী দাস", "पूजा तमांग"};
    private static final String[] ORIGINS = {"IN-WB", "IN-WB", "IN-JH", "IN-AS", "IN-BR", "IN-OR", "NP", "BD", "BD", "IN-UP"};
    private static final Map<String, Integer> PER_HOME = Map.of("SUN-T", 20, "SUN-L", 18, "SUN-S", 8, "SUN-C", 4,
            "NAD-T", 4, "NAD-L", 4);

    private final IntakeService intakes;
    private final ResidentConsentService consents;
    private final ResidentDocumentService documents;
    private final LegalCaseService legalCases;
    private final ResidentContactService contacts;
    private final ResidentDirectory directory;
    private final VisitorRegister visitors;
    private final HomeService homes;
    private final ReturnConfirmations confirmations;
    private final Clock clock;

    DemoResidents(IntakeService intakes, ResidentConsentService consents, ResidentDocumentService documents, LegalCaseService legalCases,
                  ResidentContactService contacts, ResidentDirectory directory, VisitorRegister visitors, HomeService homes,
                  ReturnConfirmations confirmations, Clock clock) {
        this.intakes = intakes;
        this.consents = consents;
        this.documents = documents;
        this.legalCases = legalCases;
        this.contacts = contacts;
        this.directory = directory;
        this.visitors = visitors;
        this.homes = homes;
        this.confirmations = confirmations;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.run(this::seedOnce);
    }

    void seedOnce() {
        Map<String, Long> homeIds = new HashMap<>();
        homes.accessibleHomes().forEach(h -> homeIds.put(h.code(), h.id()));
        if (!homeIds.keySet().containsAll(PER_HOME.keySet())
                || !directory.search(new ResidentFilter(null, null, homeIds.get("SUN-T"), null, null, null, null),
                PageRequest.of(0, 1)).isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        int n = 0;
        for (String code : List.of("SUN-T", "SUN-L", "SUN-S", "SUN-C", "NAD-T", "NAD-L")) {
            for (int i = 0; i < PER_HOME.get(code); i++, n++) {
                seedResident(homes.summary(homeIds.get(code)), n, i, today);
            }
        }
        seedFamilyAndReturn(homeIds, today);
        log.info("Demo residents seeded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private void seedResident(HomeSummary home, int n, int i, LocalDate today) {
        boolean girlsHome = home.serves().name().startsWith("GIRLS");
        Intake in = new Intake();
        in.setHomeId(home.id());
        in.setName(n % 13 == 5 ? OTHER_SCRIPTS[(n / 13) % OTHER_SCRIPTS.length] : FIRST[n % FIRST.length] + " " + LAST[(n * 7) % LAST.length]);
        if (n % 9 == 0) in.setAlias("Chhoti");
        in.setApproximateAge(girlsHome ? 12 + n % 6 : 18 + (n * 5) % 30);
        in.setLanguages(n % 3 == 0 ? "Bengali" : n % 3 == 1 ? "Hindi, Bengali" : "Nepali, Hindi");
        in.setReferredBy(ReferralSource.values()[n % ReferralSource.values().length]);
        if (in.getReferredBy() != ReferralSource.SELF) {
            in.setOrderNumber("DEMO/" + (in.getReferredBy() == ReferralSource.CWC_ORDER ? "CWC" : "ORD") + "/" + (100 + n));
        }
        // newest arrivals first in the transit home; long-stay homes hold older admissions
        int daysAgo = switch (home.type()) {
            case TRANSIT -> i * 3;
            case SHORT_TERM -> 20 + i * 15;
            default -> 60 + i * 40;
        };
        LocalDate admitted = today.minusDays(daysAgo);
        in.setAdmittedOn(admitted);
        in.setRescueDate(admitted.minusDays(n % 3));
        in.setOrderDate(in.getOrderNumber() == null ? null : admitted);
        in.setRescuePlace(RescuePlace.values()[n % 3]);
        in.setTraffickingForm(TraffickingForm.values()[(n * 3) % 5]);
        in.setOrigin(ORIGINS[n % ORIGINS.length]);
        in.setPregnant(!girlsHome && n % 11 == 3);
        in.setInjuredOrIll(n % 7 == 2);
        in.setSecurityThreat(n % 10 == 4);
        ResidentSummary r = intakes.admit(in);
        // the newest three arrivals of each home are still waiting for consent
        if (i >= 3 || home.type().name().equals("LONG_TERM")) {
            Consent c = new Consent();
            c.setExplained("Explained what the home records, who sees it and that she may withdraw consent at any time.");
            c.setLanguage(in.getLanguages().split(",")[0]);
            c.setAgreesData(true);
            c.setAgreesCounselling(true);
            c.setAgreesMedical(n % 5 != 0);
            c.setAgreesPhoto(n % 4 == 0);
            c.setWitness("Demo Superintendent");
            consents.recordConsent(r.id(), c);
        }
        if (i >= 3) {
            document(r.id(), DocumentType.AADHAAR, n % 3 == 0 ? DocumentStatus.HELD : DocumentStatus.APPLIED, admitted,
                    n % 3 == 0 ? "0000 1111 " + (2000 + n) : null);
            document(r.id(), DocumentType.BANK_ACCOUNT, n % 4 == 0 ? DocumentStatus.HELD : DocumentStatus.MISSING, null, null);
            LegalCase legal = new LegalCase();
            legal.setFirNumber("DEMO-FIR-" + (200 + n) + "/" + admitted.getYear());
            legal.setPoliceStation("Sundarpur Demo PS");
            legal.setSectionsInvoked("ITPA 5, 6; BNS 143");
            legal.setStatementSection(n % 2 == 0 ? "BNSS 183" : "BNSS 180");
            legal.setStatementDate(admitted);
            legal.setCourt("Demo Sessions Court");
            legal.setNextHearing(today.plusDays(7 + n % 30));
            legal.setLawyerType(n % 2 == 0 ? LawyerType.DLSA : LawyerType.NONE);
            legal.setCompensationStatus(n % 4 == 0 ? CompensationStatus.APPLIED : CompensationStatus.NOT_APPLIED);
            legal.setCompensationAppliedOn(n % 4 == 0 ? admitted.plusDays(10).isAfter(today) ? today : admitted.plusDays(10) : null);
            legalCases.saveLegalCase(r.id(), legal);
        }
        // long-stay homes: some have gone home, one or two ran away
        if (!home.type().name().equals("TRANSIT") && i >= 4 && i % 4 == 0) {
            directory.markStatus(r.id(), ResidentStatus.EXITED, admitted.plusDays(30).isAfter(today) ? today : admitted.plusDays(30));
        } else if (!home.type().name().equals("TRANSIT") && i % 7 == 6) {
            directory.markStatus(r.id(), ResidentStatus.ABSCONDED, admitted.plusDays(10).isAfter(today) ? today : admitted.plusDays(10));
        }
        if (n % 8 == 1) {
            NoContact nc = new NoContact();
            nc.setPersonName("Demo Agent " + LAST[n % LAST.length]);
            nc.setPhone("+91 90000 0" + (1000 + n));
            nc.setReason("Named in the FIR as the recruiter.");
            contacts.addNoContact(r.id(), nc);
        }
        if (home.code().equals("SUN-T") && i < 6 && i >= 3) {
            Visit v = new Visit();
            v.setResidentId(r.id());
            v.setPurpose(i == 4 ? VisitPurpose.POLICE : i == 5 ? VisitPurpose.LAWYER : VisitPurpose.FAMILY);
            v.setVisitorName(i == 4 ? "SI Demo Officer" : i == 5 ? "Demo DLSA Advocate" : "Demo Mother " + LAST[n % LAST.length]);
            v.setRelation(i == 4 ? "Investigating officer" : i == 5 ? "Lawyer" : "Mother");
            v.setIdSeen(i == 4 ? "Police ID card" : "Voter ID");
            v.setOfficerName(i == 4 ? "SI Demo Officer" : null);
            v.setPoliceStation(i == 4 ? "Sundarpur Demo PS" : null);
            visitors.register(v);
        }
    }

    private void document(long residentId, DocumentType type, DocumentStatus status, LocalDate applied, String number) {
        ResidentDocument d = new ResidentDocument();
        d.setType(type);
        d.setStatus(status);
        d.setNumber(number);
        d.setAppliedOn(status == DocumentStatus.MISSING ? null : applied);
        documents.saveDocument(residentId, d);
    }

    /** A mother with two children, and a survivor who came back after an earlier stay. */
    private void seedFamilyAndReturn(Map<String, Long> homeIds, LocalDate today) {
        Intake mother = demoIntake(homeIds.get("SUN-C"), "Farida Bibi (demo)", 27, "BD", today.minusDays(45));
        mother.setWithChildren(true);
        ResidentSummary m = intakes.admit(mother);
        for (String child : List.of("Sabina (demo)", "Rafiq (demo)")) {
            Intake c = demoIntake(homeIds.get("SUN-C"), child, child.startsWith("S") ? 6 : 3, "BD", today.minusDays(45));
            c.setMotherId(m.id());
            c.setMinor(true);
            c.setGender(child.startsWith("S") ? Gender.FEMALE : Gender.MALE);
            c.setTraffickingForm(TraffickingForm.OTHER);
            c.setReferredBy(ReferralSource.SELF);
            intakes.admit(c);
        }
        Intake first = demoIntake(homeIds.get("SUN-L"), "Mitali Sardar (demo)", 19, "IN-WB", today.minusYears(2));
        first.setDocumentNumber("DEMO-VOTER-7788");
        ResidentSummary earlier = intakes.admit(first);
        directory.markStatus(earlier.id(), ResidentStatus.EXITED, today.minusYears(1));
        Intake again = demoIntake(homeIds.get("SUN-T"), "Mitali Sardar (demo)", 21, "IN-WB", today.minusDays(1));
        again.setEarlierCaseNumber(earlier.caseNumber());
        again.setSecurityThreat(true);
        ResidentSummary returned = intakes.admit(again);
        // Ujala's care manager confirmed her and both homes have reviewed her safety: a link, no open alert
        confirmations.toConfirm().stream().filter(q -> q.newCaseNumber().equals(returned.caseNumber())).forEach(q -> {
            confirmations.confirm(q.requestId(), q.version());
            confirmations.markReviewed(q.requestId());
        });
        seedFormerResident(homeIds, today);
    }

    /**
     * A woman who stayed in Nadipur two years ago, her name in Devanagari: typed in Latin letters at intake in
     * Sundarpur ("Seema Khatoon", about 25, West Bengal), she is offered as a possible earlier stay.
     */
    private void seedFormerResident(Map<String, Long> homeIds, LocalDate today) {
        Intake former = demoIntake(homeIds.get("NAD-C"), "सीमा खातून (demo)", 22, "IN-WB", today.minusYears(3));
        ResidentSummary seema = intakes.admit(former);
        directory.markStatus(seema.id(), ResidentStatus.EXITED, today.minusYears(1));
    }

    private static Intake demoIntake(long homeId, String name, int age, String origin, LocalDate admitted) {
        Intake in = new Intake();
        in.setHomeId(homeId);
        in.setName(name);
        in.setApproximateAge(age);
        in.setOrigin(origin);
        in.setLanguages(origin.equals("BD") ? "Bengali" : "Bengali, Hindi");
        in.setTraffickingForm(TraffickingForm.SEXUAL_EXPLOITATION);
        in.setAdmittedOn(admitted);
        in.setRescueDate(admitted);
        return in;
    }
}
