package org.aashray.residents.matching;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aashray.residents.Gender;
import org.aashray.residents.ResidentStatus;
import org.aashray.residents.casework.DocumentRepository;
import org.aashray.residents.casework.ResidentDocument;
import org.aashray.residents.internal.Resident;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds earlier stays, in every home, that may be the person at intake: the same document number, or a name that
 * agrees ({@link NameSimilarity}) with the same origin and gender and a birth date within a few years. The
 * database narrows by phonetic key, origin, gender and birth date on one index and returns the candidates' folded
 * names, which are scored here: only the typed name is transliterated.
 */
@Component
public class EarlierStayFinder {

    /** Ages at intake are often guessed: a birth date this many years either side still counts. */
    static final int AGE_SLACK_YEARS = 4;
    /** A guard against a key so common that the scoring would read thousands of rows; never reached in tests. */
    private static final int MAX_CANDIDATES = 2000;
    private static final int OFFERED = 10;
    private static final double SAME_DOCUMENT = 2.0;
    private static final String COLUMNS = "select r.id, r.case_number, r.home_id, r.admitted_on, r.status,"
            + " r.status_changed_on, r.name_words, r.alias_words from residents r";

    private final NamedParameterJdbcTemplate jdbc;
    private final DocumentRepository documents;

    EarlierStayFinder(NamedParameterJdbcTemplate jdbc, DocumentRepository documents) {
        this.jdbc = jdbc;
        this.documents = documents;
    }

    /** What intake knows of her, the residents with her document number, and whom to leave out (herself). */
    public record Wanted(String name, String alias, Gender gender, String origin, LocalDate estimatedBirth,
                         Collection<Long> sameDocument, Long exclude, LocalDate admittedBefore) {
    }

    /** One earlier stay, as much of it as the match needs, and how well it agrees (above 1: the same document). */
    public record Found(long residentId, String caseNumber, long homeId, LocalDate admittedOn, ResidentStatus status,
                        LocalDate statusChangedOn, double score) {
    }

    private record Row(Found stay, List<String> name, List<String> alias) {
    }

    /**
     * The earlier stays offered for a resident's own record (her profile after intake), herself and later stays left
     * out: also the check that a request to an earlier home concerns a stay that was offered.
     */
    public List<Found> findFor(Resident r) {
        List<Long> sameDocument = documents.findByResidentIdOrderByType(r.getId()).stream()
                .map(ResidentDocument::getNumberKey).filter(k -> k != null).distinct()
                .flatMap(k -> documents.residentsWithNumber(k).stream()).distinct().toList();
        return find(new Wanted(r.getName(), r.getAlias(), r.getGender(), r.getOrigin(), r.getBirthDate(),
                sameDocument, r.getId(), r.getAdmittedOn()));
    }

    public List<Found> find(Wanted w) {
        List<String> typedName = NameNormaliser.words(w.name());
        List<String> typedAlias = NameNormaliser.words(w.alias());
        boolean byName = !(typedName.isEmpty() && typedAlias.isEmpty()) && w.origin() != null && w.estimatedBirth() != null;
        Map<Long, Row> rows = new LinkedHashMap<>();
        if (!w.sameDocument().isEmpty()) {
            jdbc.query(COLUMNS + " where r.id in (:ids)", Map.of("ids", w.sameDocument()), rs -> {
                Row row = row(rs, SAME_DOCUMENT);
                rows.put(row.stay().residentId(), row);
            });
        }
        if (byName) {
            Set<String> keys = NameKeyIndex.keys(w.name(), w.alias());
            if (!keys.isEmpty()) {
                for (Row row : candidates(keys, w)) {
                    double score = Math.max(Math.max(NameSimilarity.score(typedName, row.name()), NameSimilarity.score(typedName, row.alias())),
                            Math.max(NameSimilarity.score(typedAlias, row.name()), NameSimilarity.score(typedAlias, row.alias())));
                    if (score > 0) rows.putIfAbsent(row.stay().residentId(), withScore(row, score));
                }
            }
        }
        List<Found> found = new ArrayList<>();
        for (Row row : rows.values()) {
            Found f = row.stay();
            if (w.exclude() != null && f.residentId() == w.exclude()) continue;
            if (w.admittedBefore() != null && f.admittedOn().isAfter(w.admittedBefore())) continue;
            found.add(f);
        }
        found.sort(Comparator.comparingDouble(Found::score).reversed()
                .thenComparing(Found::admittedOn, Comparator.reverseOrder()));
        return found.size() > OFFERED ? found.subList(0, OFFERED) : found;
    }

    private List<Row> candidates(Set<String> keys, Wanted w) {
        Map<String, Object> p = new HashMap<>();
        p.put("keys", keys);
        p.put("origin", w.origin());
        p.put("from", Date.valueOf(w.estimatedBirth().minusYears(AGE_SLACK_YEARS)));
        p.put("to", Date.valueOf(w.estimatedBirth().plusYears(AGE_SLACK_YEARS)));
        String gender = "";
        if (w.gender() != null) {
            gender = " and k.gender = :gender";
            p.put("gender", w.gender().name());
        }
        return jdbc.query(COLUMNS + " where r.id in (select k.resident_id from resident_name_keys k where k.name_key in (:keys)"
                + " and k.origin = :origin" + gender + " and k.birth_date between :from and :to) limit " + MAX_CANDIDATES, p,
                (rs, n) -> row(rs, 0));
    }

    private static Row row(ResultSet rs, double score) throws SQLException {
        Date left = rs.getDate(6);
        Found stay = new Found(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getDate(4).toLocalDate(),
                ResidentStatus.valueOf(rs.getString(5)), left == null ? null : left.toLocalDate(), score);
        return new Row(stay, split(rs.getString(7)), split(rs.getString(8)));
    }

    private static Row withScore(Row row, double score) {
        Found f = row.stay();
        return new Row(new Found(f.residentId(), f.caseNumber(), f.homeId(), f.admittedOn(), f.status(), f.statusChangedOn(),
                score), row.name(), row.alias());
    }

    private static List<String> split(String words) {
        return words == null || words.isEmpty() ? List.of() : Arrays.asList(words.split(" "));
    }
}
