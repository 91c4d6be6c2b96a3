/**
 * Residents: the survivors in a home's care, from intake at reception (short form first, full profile later)
 * to the casework of her stay.
 * <p>API (this package, all other features may use): {@link org.aashray.residents.ResidentDirectory}, the facade
 * (find, require, search, case numbers, who lives in a home, status and home changes her placement makes, the
 * documents she holds); {@link org.aashray.residents.ResidentSummary} and {@link org.aashray.residents.ResidentFilter}
 * with the values they carry ({@link org.aashray.residents.ResidentStatus}, {@link org.aashray.residents.Gender},
 * {@link org.aashray.residents.TraffickingForm}, {@link org.aashray.residents.AgeBand},
 * {@link org.aashray.residents.ResidentFlag}, {@link org.aashray.residents.DocumentType});
 * {@link org.aashray.residents.ResidentPicker}, the one way a form picks residents;
 * {@link org.aashray.residents.ResidentProfileSection}, the plug-in through which other features add a profile
 * tab; {@link org.aashray.residents.ResidentEvents.ResidentAdmitted}, which care plans and medical listen to; and
 * {@link org.aashray.residents.ReturnLinkCounts}, the returns confirmed by an earlier home, as figures for reports;
 * {@link org.aashray.residents.NoContactCheck}, whether the people and numbers another feature records match her
 * no-contact list (across scripts, numbers inside text), answered as {@link org.aashray.residents.NoContactMatch}.
 * <p>Sub-features, internal to residents:
 * <ul>
 * <li>{@code intake}: the short form, case numbers, and returning survivors (possible matches, earlier stays
 * linked, never merged);</li>
 * <li>{@code matching}: the returning-survivor match in every home of the state: names in Devanagari, Bengali and
 * Latin letters brought to one form, phonetic keys (indexed, backfilled at start-up), an edit-distance score;
 * reception's request to the earlier home's care manager, her answer, and the possible re-trafficking alert to both
 * homes' care managers;</li>
 * <li>{@code casework}: documents and entitlements, the legal case and its hearing deadline, consent, photo,
 * family contacts and the no-contact list;</li>
 * <li>{@code visitors}: the visitor register at reception, checked against the no-contact list (what blocks an exit
 * also warns at the gate, and so does a first name given alone);</li>
 * <li>{@code children}: children who came with their mother, and a child's proceedings before the Child Welfare
 * Committee with ADMIN's JJ Act deadlines;</li>
 * <li>{@code internal}: what they share: the {@code Resident} entity, the access check, the list queries, the
 * input checks and her profile;</li>
 * <li>{@code ui}: the screens; {@code demo}: the demo residents.</li>
 * </ul>
 * <p>Who sees residents: staff (reception, counsellor, medical, trainer, care manager) of the resident's
 * home. ADMIN manages structure, not survivors, and district officials see aggregates only: neither can
 * open a resident.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"alerts", "audit", "base", "homes", "security"})
package org.aashray.residents;
