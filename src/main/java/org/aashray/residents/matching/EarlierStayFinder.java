package org.aashray.residents.matching;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aashray.residents.Gender;
import org.aashray.residents.casework.DocumentRepository;
import org.aashray.residents.casework.ResidentDocument;
import org.aashray.residents.internal.Resident;
import org.aashray.residents.internal.ResidentRepository;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds earlier stays, in every home, that may be the person at intake: the same document number, or a name that
 * agrees ({@link NameSimilarity}) with the same origin and gender and a birth date within a few years. The
 * database narrows by phonetic key, origin, gender and birth date on one index; the names are then scored here.
 */
@Component
public class EarlierStayFinder {

    /** Ages at intake are often guessed: a birth date this many years either side still counts. */
    static final int AGE_SLACK_YEARS = 4;
    /** A guard against a key so common that the scoring would read thousands of rows; never reached in tests. */
    private static final int MAX_CANDIDATES = 2000;
    private static final int OFFERED = 10;
    private static final double SAME_DOCUMENT = 2.0;

    private final NamedParameterJdbcTemplate jdbc;
    private final ResidentRepository residents;
    private final DocumentRepository documents;

    EarlierStayFinder(NamedParameterJdbcTemplate jdbc, ResidentRepository residents, DocumentRepository documents) {
        this.jdbc = jdbc;
        this.residents = residents;
        this.documents = documents;
    }

    /** What intake knows of her, the residents with her document number, and whom to leave out (herself). */
    public record Wanted(String name, String alias, Gender gender, String origin, LocalDate estimatedBirth,
                         Collection<Long> sameDocument, Long exclude, LocalDate admittedBefore) {
    }

    /** One earlier stay and how well it agrees (above 1: the same document). */
    public record Found(Resident resident, double score) {
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
        Set<Long> ids = new LinkedHashSet<>(w.sameDocument());
        boolean byName = !(typedName.isEmpty() && typedAlias.isEmpty()) && w.origin() != null && w.estimatedBirth() != null;
        if (byName) ids.addAll(candidates(NameKeyIndex.keys(w.name(), w.alias()), w));
        if (w.exclude() != null) ids.remove(w.exclude());
        if (ids.isEmpty()) return List.of();
        List<Found> found = new ArrayList<>();
        for (Resident r : residents.findAllById(ids)) {
            if (w.admittedBefore() != null && r.getAdmittedOn().isAfter(w.admittedBefore())) continue;
            double score = w.sameDocument().contains(r.getId()) ? SAME_DOCUMENT : byName ? nameScore(typedName, typedAlias, r) : 0;
            if (score > 0) found.add(new Found(r, score));
        }
        found.sort(Comparator.comparingDouble(Found::score).reversed()
                .thenComparing(f -> f.resident().getAdmittedOn(), Comparator.reverseOrder()));
        return found.size() > OFFERED ? found.subList(0, OFFERED) : found;
    }

    private List<Long> candidates(Set<String> keys, Wanted w) {
        if (keys.isEmpty()) return List.of();
        Map<String, Object> p = new HashMap<>();
        p.put("keys", keys);
        p.put("origin", w.origin());
        p.put("from", Date.valueOf(w.estimatedBirth().minusYears(AGE_SLACK_YEARS)));
        p.put("to", Date.valueOf(w.estimatedBirth().plusYears(AGE_SLACK_YEARS)));
        String gender = "";
        if (w.gender() != null) {
            gender = " and gender = :gender";
            p.put("gender", w.gender().name());
        }
        return jdbc.queryForList("select distinct resident_id from resident_name_keys where name_key in (:keys)"
                + " and origin = :origin" + gender + " and birth_date between :from and :to limit " + MAX_CANDIDATES, p, Long.class);
    }

    private static double nameScore(List<String> typedName, List<String> typedAlias, Resident r) {
        List<String> name = NameNormaliser.words(r.getName());
        List<String> alias = NameNormaliser.words(r.getAlias());
        return Math.max(Math.max(NameSimilarity.score(typedName, name), NameSimilarity.score(typedName, alias)),
                Math.max(NameSimilarity.score(typedAlias, name), NameSimilarity.score(typedAlias, alias)));
    }
}
