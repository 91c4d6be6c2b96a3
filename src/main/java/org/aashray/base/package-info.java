/**
 * Shared building blocks every feature may use: the clock, translations, the embedded database for a
 * newcomer's first run, job-run records and small UI helpers. Open module: its types are API.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.aashray.base;
