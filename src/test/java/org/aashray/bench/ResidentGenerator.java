package org.aashray.bench;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/** Fills the residents table quickly with batched inserts: a realistic mix of names, ages, statuses and flags. */
public class ResidentGenerator {

    private static final String[] FIRST = {"Asha", "Rina", "Mousumi", "Puja", "Salma", "Sunita", "Kajal", "Rupa", "Moni",
            "Jharna", "Lakshmi", "Anjali", "Shabnam", "Priya", "Sita", "Gita", "Parvati", "Nasrin", "Tania", "Bina",
            "सीमा", "पूजा", "রুমা", "মিতালী"};
    private static final String[] LAST = {"Das", "Khatun", "Mondal", "Tamang", "Biswas", "Oraon", "Sardar", "Bibi", "Rai",
            "Munda", "Sheikh", "Ghosh", "कुमारी", "দাস"};
    private static final String[] ORIGINS = {"IN-WB", "IN-JH", "IN-AS", "IN-BR", "IN-OR", "NP", "BD", "IN-UP", "IN-MH"};
    private static final String[] FORMS = {"SEXUAL_EXPLOITATION", "LABOUR", "SEXUAL_AND_LABOUR", "FORCED_MARRIAGE", "BEGGING"};
    private static final String[] REFERRALS = {"POLICE_AHTU", "CWC_ORDER", "MAGISTRATE_ORDER", "NGO", "HELPLINE", "SELF"};

    private final JdbcTemplate jdbc;

    public ResidentGenerator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Spreads {@code total} residents evenly over the homes; case numbers continue each home's counter. */
    public void generate(List<Long> homeIds, int total) {
        Random random = new Random(42);
        LocalDate today = LocalDate.now();
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> counters = new ArrayList<>();
        int perHome = total / homeIds.size();
        for (long homeId : homeIds) {
            String code = jdbc.queryForObject("select code from homes where id = ?", String.class, homeId);
            int[] seqByYear = new int[10];
            for (int i = 0; i < perHome; i++) {
                LocalDate admitted = today.minusDays(random.nextInt(6 * 365));
                int y = today.getYear() - admitted.getYear();
                int seq = ++seqByYear[y];
                LocalDate birth = admitted.minusYears(10 + random.nextInt(45)).minusDays(random.nextInt(365));
                int roll = random.nextInt(100);
                String status = roll < 60 ? "IN_RESIDENCE" : roll < 90 ? "EXITED" : "ABSCONDED";
                boolean minor = birth.plusYears(18).isAfter(admitted);
                rows.add(new Object[]{homeId, "%s-%d-%04d".formatted(code, admitted.getYear(), seq),
                        FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)],
                        Date.valueOf(birth), REFERRALS[random.nextInt(REFERRALS.length)], Date.valueOf(admitted),
                        FORMS[random.nextInt(FORMS.length)], ORIGINS[random.nextInt(ORIGINS.length)], minor,
                        random.nextInt(20) == 0, random.nextInt(10) == 0, random.nextInt(15) == 0, random.nextInt(25) == 0,
                        random.nextInt(100) < 85, random.nextInt(30) == 0, status, Date.valueOf(admitted), now});
            }
            for (int y = 0; y < seqByYear.length; y++) {
                if (seqByYear[y] > 0) counters.add(new Object[]{homeId, today.getYear() - y, seqByYear[y]});
            }
        }
        for (List<Object[]> chunk : Bench.chunks(rows, 5000)) {
            jdbc.batchUpdate("""
                    insert into residents (home_id, case_number, name, gender, birth_date, referred_by, rescue_date,
                        trafficking_form, origin, minor, pregnant, injured_or_ill, with_children, security_threat,
                        consent_recorded, possible_retrafficking, status, admitted_on, created_at)
                    values (?, ?, ?, 'FEMALE', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", chunk);
        }
        jdbc.batchUpdate("insert into resident_case_counters (home_id, case_year, last_value) values (?, ?, ?)", counters);
        jdbc.execute("analyze table residents");
    }
}
