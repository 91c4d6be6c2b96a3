package org.aashray.residents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.aashray.base.ValidationException.FieldError;

/** The checks an intake or a profile edit must pass; each failure names its field. */
final class ResidentRules {

    static final int MAX_AGE = 100;

    private ResidentRules() {
    }

    static List<FieldError> checkIntake(Intake in, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        required(errors, "homeId", in.getHomeId());
        text(errors, "name", in.getName(), 120, true);
        text(errors, "alias", in.getAlias(), 120, false);
        text(errors, "languages", in.getLanguages(), 200, false);
        text(errors, "orderNumber", in.getOrderNumber(), 60, false);
        text(errors, "documentNumber", in.getDocumentNumber(), 60, false);
        required(errors, "gender", in.getGender());
        required(errors, "referredBy", in.getReferredBy());
        required(errors, "traffickingForm", in.getTraffickingForm());
        origin(errors, in.getOrigin());
        if (in.getBirthDate() == null && in.getApproximateAge() == null) {
            errors.add(new FieldError("approximateAge", "residents.validation.ageOrBirthDate"));
        } else if (in.getBirthDate() == null) {
            if (in.getApproximateAge() < 0 || in.getApproximateAge() > MAX_AGE) {
                errors.add(new FieldError("approximateAge", "residents.validation.age", MAX_AGE));
            }
        } else {
            birthDate(errors, in.getBirthDate(), today);
        }
        notFuture(errors, "rescueDate", in.getRescueDate(), today);
        notFuture(errors, "orderDate", in.getOrderDate(), today);
        notFuture(errors, "admittedOn", in.getAdmittedOn(), today);
        return errors;
    }

    static List<FieldError> checkProfile(Resident r, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, "name", r.getName(), 120, true);
        text(errors, "alias", r.getAlias(), 120, false);
        text(errors, "languages", r.getLanguages(), 200, false);
        text(errors, "orderNumber", r.getOrderNumber(), 60, false);
        text(errors, "nativePlace", r.getNativePlace(), 200, false);
        text(errors, "address", r.getAddress(), 500, false);
        text(errors, "identificationMarks", r.getIdentificationMarks(), 300, false);
        required(errors, "gender", r.getGender());
        required(errors, "referredBy", r.getReferredBy());
        required(errors, "traffickingForm", r.getTraffickingForm());
        origin(errors, r.getOrigin());
        if (r.getBirthDate() == null) {
            errors.add(new FieldError("birthDate", "validation.required"));
        } else {
            birthDate(errors, r.getBirthDate(), today);
        }
        notFuture(errors, "rescueDate", r.getRescueDate(), today);
        notFuture(errors, "orderDate", r.getOrderDate(), today);
        return errors;
    }

    static void origin(List<FieldError> errors, String origin) {
        if (origin == null || origin.isBlank()) {
            errors.add(new FieldError("origin", "validation.required"));
        } else if (!Origins.isKnown(origin)) {
            errors.add(new FieldError("origin", "validation.invalid"));
        }
    }

    static void birthDate(List<FieldError> errors, LocalDate birthDate, LocalDate today) {
        if (birthDate.isAfter(today)) {
            errors.add(new FieldError("birthDate", "residents.validation.future"));
        } else if (birthDate.isBefore(today.minusYears(MAX_AGE + 1))) {
            errors.add(new FieldError("birthDate", "residents.validation.age", MAX_AGE));
        }
    }

    static void notFuture(List<FieldError> errors, String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            errors.add(new FieldError(field, "residents.validation.future"));
        } else if (date != null && date.isBefore(today.minusYears(MAX_AGE))) {
            errors.add(new FieldError(field, "validation.invalid"));
        }
    }

    /** A date that must lie between two others (inclusive), e.g. a hearing not decades away in either direction. */
    static void between(List<FieldError> errors, String field, LocalDate date, LocalDate from, LocalDate to) {
        if (date != null && (date.isBefore(from) || date.isAfter(to))) {
            errors.add(new FieldError(field, "validation.dateRange", from, to));
        }
    }

    static void required(List<FieldError> errors, String field, Object value) {
        if (value == null) {
            errors.add(new FieldError(field, "validation.required"));
        }
    }

    static void text(List<FieldError> errors, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) errors.add(new FieldError(field, "validation.required"));
        } else if (value.trim().length() > max) {
            errors.add(new FieldError(field, "validation.tooLong", max));
        }
    }

    static String clean(String s) {
        return s == null || s.isBlank() ? null : s.trim().replaceAll("\\s+", " ");
    }

    static String cleanMultiline(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
