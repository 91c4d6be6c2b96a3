package org.aashray.residents;

/** What the resident list filters by; null parts match everything. Name matches name or alias, partially, in any script. */
public record ResidentFilter(String name, String caseNumber, Long homeId, ResidentStatus status, AgeBand ageBand,
                             TraffickingForm traffickingForm, ResidentFlag flag) {

    public static ResidentFilter none() {
        return new ResidentFilter(null, null, null, null, null, null, null);
    }

    public ResidentFilter withName(String text) {
        return new ResidentFilter(text, caseNumber, homeId, status, ageBand, traffickingForm, flag);
    }
}
