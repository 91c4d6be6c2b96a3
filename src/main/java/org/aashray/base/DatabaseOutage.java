package org.aashray.base;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that does not answer (stopped, restarting, unreachable) apart from every other error:
 * the first is worth "please try again in a minute", the others are bugs or conflicts with their own messages.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /** Whether the failure, or anything that caused it, says the database could not be reached. */
    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof RecoverableDataAccessException
                    || t instanceof QueryTimeoutException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            // SQL state class 08: connection exception (refused, broken, ended by the server)
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}
