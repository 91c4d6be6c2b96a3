/**
 * Append-only audit trail of changes (who, when, which record, before and after) and a separate log of
 * reads of sensitive records. Features call {@link org.aashray.audit.AuditLog}, the only API type; only ADMIN
 * can search the logs (the audit screen, through {@code internal.AuditSearch}), and nothing in the application
 * can edit or delete them (database triggers refuse it).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"base"})
package org.aashray.audit;
