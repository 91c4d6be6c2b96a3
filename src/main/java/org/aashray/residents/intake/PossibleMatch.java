package org.aashray.residents.intake;

import org.aashray.residents.ResidentSummary;

/** An earlier resident who may be the same person; staff decide, nothing is merged. */
public record PossibleMatch(ResidentSummary resident, boolean sameDocument) {
}
