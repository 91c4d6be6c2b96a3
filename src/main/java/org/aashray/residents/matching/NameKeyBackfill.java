package org.aashray.residents.matching;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, makes the name keys of residents who have none of the current version: those admitted before the
 * match existed, or keyed by an older algorithm. In batches, each in its own transaction, so a large register is
 * keyed without one long lock, and a start interrupted half-way carries on at the next.
 */
@Component
public class NameKeyBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NameKeyBackfill.class);
    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final NameKeyIndex index;
    private final TransactionTemplate tx;

    NameKeyBackfill(JdbcTemplate jdbc, NameKeyIndex index, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.index = index;
        this.tx = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        int done = backfill();
        if (done > 0) log.info("Name keys made for {} residents", done);
    }

    /** Keys every resident still lacking them; returns how many were keyed. */
    public int backfill() {
        int total = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<NameKeyIndex.Row> rows = jdbc.query("select id, name, alias, origin, gender, birth_date from residents"
                            + " where name_keys_version < ? and id > ? order by id limit ?",
                    (rs, n) -> new NameKeyIndex.Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getDate(6).toLocalDate()), NameKeyIndex.VERSION, from, BATCH);
            if (rows.isEmpty()) return total;
            tx.executeWithoutResult(status -> index.write(rows));
            total += rows.size();
            after = rows.getLast().id();
        }
    }
}
