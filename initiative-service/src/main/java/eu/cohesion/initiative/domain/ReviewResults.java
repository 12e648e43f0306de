package eu.cohesion.initiative.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a round's reviews add up to: per criterion the mean and the distribution of the scores 1–5,
 * and per pillar the number of reviews and their means, so that the panel sees whether citizens,
 * civil society, experts and authorities agree. Pillars without a review are left out.
 */
public record ReviewResults(
    int reviews, List<CriterionResult> criteria, List<PillarResult> byPillar) {

  /** One reviewer's scores: their pillar and a score 1–5 for every criterion. */
  public record Sheet(Pillar pillar, Map<Criterion, Integer> scores) {
    public Sheet {
      if (scores.size() != Criterion.values().length) {
        throw new IllegalArgumentException("a review scores every criterion");
      }
      scores.values().forEach(ReviewResults::checkScore);
      scores = Map.copyOf(scores);
    }
  }

  /**
   * @param mean {@code null} without reviews
   * @param distribution how many reviews gave 1, 2, 3, 4 and 5
   */
  public record CriterionResult(Criterion criterion, Double mean, List<Integer> distribution) {}

  public record CriterionMean(Criterion criterion, double mean) {}

  public record PillarResult(Pillar pillar, int reviews, List<CriterionMean> means) {}

  public static ReviewResults of(Collection<Sheet> sheets) {
    List<CriterionResult> criteria = new ArrayList<>();
    for (Criterion criterion : Criterion.values()) {
      int[] counts = new int[5];
      long sum = 0;
      for (Sheet sheet : sheets) {
        int score = sheet.scores().get(criterion);
        counts[score - 1]++;
        sum += score;
      }
      criteria.add(
          new CriterionResult(
              criterion,
              sheets.isEmpty() ? null : round((double) sum / sheets.size()),
              List.of(counts[0], counts[1], counts[2], counts[3], counts[4])));
    }
    Map<Pillar, List<Sheet>> perPillar = new EnumMap<>(Pillar.class);
    for (Sheet sheet : sheets) {
      perPillar.computeIfAbsent(sheet.pillar(), p -> new ArrayList<>()).add(sheet);
    }
    List<PillarResult> byPillar = new ArrayList<>();
    perPillar.forEach(
        (pillar, own) -> {
          List<CriterionMean> means = new ArrayList<>();
          for (Criterion criterion : Criterion.values()) {
            double sum = own.stream().mapToInt(s -> s.scores().get(criterion)).sum();
            means.add(new CriterionMean(criterion, round(sum / own.size())));
          }
          byPillar.add(new PillarResult(pillar, own.size(), List.copyOf(means)));
        });
    return new ReviewResults(sheets.size(), List.copyOf(criteria), List.copyOf(byPillar));
  }

  /** Two decimals: enough to tell 3.67 from 3.5, and stable in JSON. */
  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  static int checkScore(Integer score) {
    if (score == null || score < 1 || score > 5) {
      throw new IllegalArgumentException("a score is 1 to 5, not " + score);
    }
    return score;
  }
}
