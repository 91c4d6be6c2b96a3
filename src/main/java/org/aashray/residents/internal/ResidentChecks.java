package org.aashray.residents.internal;

import java.time.LocalDate;
import org.aashray.base.InputChecks;

/**
 * The checks a profile edit must pass, and the pieces every residents form shares (origin, birth date, a date
 * not in the future, a phone number, tidy text); each failure names its field.
 */
public final class ResidentChecks {

    public static final int MAX_AGE = 100;

    private ResidentChecks() {
    }

    public static InputChecks profile(Resident r, LocalDate today) {
        InputChecks checks = new InputChecks()
                .text("name", r.getName(), 120, true)
                .maxLength("alias", r.getAlias(), 120)
                .maxLength("languages", r.getLanguages(), 200)
                .maxLength("orderNumber", r.getOrderNumber(), 60)
                .maxLength("nativePlace", r.getNativePlace(), 200)
                .maxLength("address", r.getAddress(), 500)
                .maxLength("identificationMarks", r.getIdentificationMarks(), 300)
                .required("gender", r.getGender())
                .required("referredBy", r.getReferredBy())
                .required("traffickingForm", r.getTraffickingForm());
        origin(checks, r.getOrigin());
        if (r.getBirthDate() == null) {
            checks.add("birthDate", "validation.required");
        } else {
            birthDate(checks, r.getBirthDate(), today);
        }
        notFuture(checks, "rescueDate", r.getRescueDate(), today);
        notFuture(checks, "orderDate", r.getOrderDate(), today);
        return checks;
    }

    public static void origin(InputChecks checks, String origin) {
        if (origin == null || origin.isBlank()) {
            checks.add("origin", "validation.required");
        } else {
            checks.require(Origins.isKnown(origin), "origin", "validation.invalid");
        }
    }

    public static void birthDate(InputChecks checks, LocalDate birthDate, LocalDate today) {
        if (birthDate.isAfter(today)) {
            checks.add("birthDate", "residents.validation.future");
        } else {
            checks.require(!birthDate.isBefore(today.minusYears(MAX_AGE + 1)), "birthDate", "residents.validation.age", MAX_AGE);
        }
    }

    /** A date of something that has happened: not ahead of today, and not a century back (a typing slip). */
    public static void notFuture(InputChecks checks, String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            checks.add(field, "residents.validation.future");
        } else {
            checks.require(date == null || !date.isBefore(today.minusYears(MAX_AGE)), field, "validation.invalid");
        }
    }

    public static void phone(InputChecks checks, String field, String phone) {
        String p = clean(phone);
        checks.require(p == null || p.length() <= 20 && p.matches("[+0-9 ()-]{6,20}"), field, "residents.validation.phone");
    }

    public static String clean(String s) {
        return s == null || s.isBlank() ? null : s.trim().replaceAll("\\s+", " ");
    }

    public static String cleanMultiline(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
