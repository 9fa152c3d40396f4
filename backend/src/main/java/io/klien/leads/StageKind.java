package io.klien.leads;

/** Whether a stage is still in play, or ends the pipeline as won or lost. */
public enum StageKind {
    OPEN, WON, LOST
}
