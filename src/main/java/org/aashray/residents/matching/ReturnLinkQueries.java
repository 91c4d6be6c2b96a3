package org.aashray.residents.matching;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The counts behind {@link org.aashray.residents.ReturnLinkCounts}, which checks the caller first. */
@Component
public class ReturnLinkQueries {

    private final ReturnRequestRepository requests;

    ReturnLinkQueries(ReturnRequestRepository requests) {
        this.requests = requests;
    }

    public Map<Long, Long> confirmedByHome(Collection<Long> homeIds, LocalDate from, LocalDate to) {
        Map<Long, Long> out = new HashMap<>();
        requests.confirmedByHome(homeIds, from, to).forEach(row -> out.put((Long) row[0], (Long) row[1]));
        return out;
    }
}
