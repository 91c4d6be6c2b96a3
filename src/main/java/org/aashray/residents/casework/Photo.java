package org.aashray.residents.casework;

/** A resident's photo as the service hands it out to those who may see it. */
public record Photo(String mimeType, byte[] content) {
}
