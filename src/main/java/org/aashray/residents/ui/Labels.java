package org.aashray.residents.ui;

import com.vaadin.flow.component.Component;
import org.aashray.residents.AgeBand;
import org.aashray.residents.DocumentType;
import org.aashray.residents.Gender;
import org.aashray.residents.ResidentFlag;
import org.aashray.residents.ResidentStatus;
import org.aashray.residents.TraffickingForm;
import org.aashray.residents.casework.CompensationStatus;
import org.aashray.residents.casework.DocumentStatus;
import org.aashray.residents.casework.LawyerType;
import org.aashray.residents.internal.ReferralSource;
import org.aashray.residents.internal.RescuePlace;
import org.aashray.residents.visitors.VisitPurpose;

/** Translated labels for the residents feature's values (dates go through {@code DateFormats}). */
final class Labels {

    private Labels() {
    }

    static String label(Component c, Enum<?> value) {
        if (value == null) return "";
        String group = switch (value) {
            case Gender g -> "gender";
            case ReferralSource r -> "referral";
            case RescuePlace p -> "rescuePlace";
            case TraffickingForm f -> "form";
            case ResidentStatus s -> "status";
            case ResidentFlag f -> "flag";
            case AgeBand a -> "ageBand";
            case DocumentType t -> "docType";
            case DocumentStatus s -> "docStatus";
            case LawyerType l -> "lawyer";
            case CompensationStatus s -> "compensation";
            case VisitPurpose p -> "purpose";
            default -> value.getClass().getSimpleName();
        };
        return c.getTranslation("residents." + group + "." + value.name());
    }

    static String origin(Component c, String code) {
        return code == null ? "" : c.getTranslation("residents.origin." + code);
    }
}
