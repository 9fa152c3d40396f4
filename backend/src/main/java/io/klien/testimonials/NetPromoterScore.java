package io.klien.testimonials;

import java.util.Collection;

import org.jspecify.annotations.Nullable;

/**
 * How many answers fell in each category and the net promoter score they make: the percentage of promoters minus
 * the percentage of detractors, rounded to a whole number from -100 to 100 ({@code null} without answers).
 */
public record NetPromoterScore(int promoters, int passives, int detractors) {

    public static NetPromoterScore of(Collection<Integer> scores) {
        int promoters = 0;
        int passives = 0;
        int detractors = 0;
        for (int score : scores) {
            switch (NpsCategory.of(score)) {
                case PROMOTER -> promoters++;
                case PASSIVE -> passives++;
                case DETRACTOR -> detractors++;
            }
        }
        return new NetPromoterScore(promoters, passives, detractors);
    }

    public int answers() {
        return promoters + passives + detractors;
    }

    public @Nullable Integer score() {
        int answers = answers();
        return answers == 0 ? null : (int) Math.round(100.0 * (promoters - detractors) / answers);
    }
}
