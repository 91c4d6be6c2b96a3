/**
 * Residents: intake at reception (short form first, full profile later), consent, case numbers, returning
 * survivors, accompanying children, documents and entitlements, the legal case, the no-contact list and the
 * visitor register. Other features use {@link org.aashray.residents.ResidentDirectory} and contribute
 * profile tabs by implementing {@link org.aashray.residents.ResidentProfileSection}.
 * <p>Who sees residents: staff (reception, counsellor, medical, trainer, care manager) of the resident's
 * home. ADMIN manages structure, not survivors, and district officials see aggregates only: neither can
 * open a resident.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"alerts", "audit", "base", "homes", "security"})
package org.aashray.residents;
