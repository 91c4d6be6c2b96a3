package org.aashray.residents.matching;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.aashray.residents.internal.Resident;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code resident_name_keys} in step with residents: the phonetic key of every word of her name and alias,
 * with her origin, gender and birth date beside it for the lookup; and her folded name and alias on her row. Written in the caller's transaction at intake
 * and at every profile save; {@link NameKeyBackfill} fills it for residents written before (or by an older
 * version of the keys).
 */
@Component
public class NameKeyIndex {

    /** Raise when the normaliser or the key changes: every resident's keys are then made again at start-up. */
    public static final int VERSION = 1;

    private final JdbcTemplate jdbc;

    NameKeyIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The keys under which a name (and alias) is found. */
    public static Set<String> keys(String name, String alias) {
        Set<String> keys = new LinkedHashSet<>();
        for (String word : NameNormaliser.words(name)) keys.add(PhoneticKey.of(word));
        for (String word : NameNormaliser.words(alias)) keys.add(PhoneticKey.of(word));
        return keys;
    }

    /** The folded words of a name, space-separated, as stored for scoring; null for none. */
    static String words(String name) {
        List<String> words = NameNormaliser.words(name);
        if (words.isEmpty()) return null;
        String joined = String.join(" ", words);
        return joined.length() > 400 ? joined.substring(0, 400) : joined;
    }

    /** Writes her keys anew; the resident must have been flushed (she has an id). */
    public void index(Resident r) {
        write(List.of(new Row(r.getId(), r.getName(), r.getAlias(), r.getOrigin(), r.getGender().name(), r.getBirthDate())));
    }

    record Row(long id, String name, String alias, String origin, String gender, LocalDate birthDate) {
    }

    void write(List<Row> rows) {
        if (rows.isEmpty()) return;
        List<Object[]> ids = rows.stream().map(r -> new Object[]{r.id()}).toList();
        jdbc.batchUpdate("delete from resident_name_keys where resident_id = ?", ids);
        List<Object[]> inserts = new ArrayList<>();
        for (Row r : rows) {
            for (String key : keys(r.name(), r.alias())) {
                inserts.add(new Object[]{r.id(), key, r.origin(), r.gender(), Date.valueOf(r.birthDate())});
            }
        }
        // another node backfilling the same resident may have written the same rows: keep one
        jdbc.batchUpdate("insert ignore into resident_name_keys (resident_id, name_key, origin, gender, birth_date)"
                + " values (?, ?, ?, ?, ?)", inserts);
        jdbc.batchUpdate("update residents set name_keys_version = " + VERSION + ", name_words = ?, alias_words = ? where id = ?",
                rows.stream().map(r -> new Object[]{words(r.name()), words(r.alias()), r.id()}).toList());
    }
}
