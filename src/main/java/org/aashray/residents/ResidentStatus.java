package org.aashray.residents;

/** Where the resident is now; placements drive it through {@link ResidentDirectory#markStatus}. */
public enum ResidentStatus { IN_RESIDENCE, EXITED, ABSCONDED }
