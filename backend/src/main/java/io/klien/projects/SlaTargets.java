package io.klien.projects;

/** Service-level targets in business minutes: until the firm's first reply, and until the request is resolved. */
public record SlaTargets(int firstResponseMinutes, int resolutionMinutes) {

    public static SlaTargets ofHours(int firstResponseHours, int resolutionHours) {
        return new SlaTargets(firstResponseHours * 60, resolutionHours * 60);
    }
}
