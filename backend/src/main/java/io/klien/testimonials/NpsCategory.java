package io.klien.testimonials;

/** Where an NPS answer puts a contact: promoters answer 9 or 10, passives 7 or 8, detractors 0 to 6. */
public enum NpsCategory {
    PROMOTER, PASSIVE, DETRACTOR;

    /** The category of a score from 0 to 10; any other score is refused. */
    public static NpsCategory of(int score) {
        if (score < 0 || score > 10) {
            throw new IllegalArgumentException("An NPS score is from 0 to 10, not " + score);
        }
        return score >= 9 ? PROMOTER : score >= 7 ? PASSIVE : DETRACTOR;
    }
}
