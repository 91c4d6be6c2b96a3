package org.aashray.residents;

/** Forms of trafficking as the domain names them (DOMAIN.md, vocabulary). */
public enum TraffickingForm { SEXUAL_EXPLOITATION, LABOUR, SEXUAL_AND_LABOUR, FORCED_MARRIAGE, BEGGING, ORGAN_TRADE, OTHER }
