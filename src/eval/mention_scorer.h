// MentionScorer: precision, recall and F1 of found mentions against gold
// mentions, per type, with strict spans (same start, end and type) and
// relaxed spans (overlapping, same type; each gold mention matched once).
// Among strict matches it also counts how often the entity, the actor code
// and the lemma agree with the gold (where the gold gives them).
//
// Gold comes from two formats (see gold_reader.h): our JSON (*.expected.json
// with "mentions", as in ../shared/samples) and the dev-set TSV
// (start end surface lemma type id).
//
// Thread-safety: a scorer is a plain accumulator; one thread at a time.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace kronika {

struct ScoredMention {
  int64_t start = 0, end = 0;
  std::string type, text, entity, actor, lemma;
  bool has_actor = false;  // the gold states an actor (null counts as "none")
};

struct Counts {
  int64_t tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp ? double(tp) / (tp + fp) : 0; }
  double recall() const { return tp + fn ? double(tp) / (tp + fn) : 0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

class MentionScorer {
 public:
  // Only these types are scored (others are ignored on both sides).
  explicit MentionScorer(std::set<std::string> types) : types_(std::move(types)) {}

  void Add(const std::vector<ScoredMention>& gold, const std::vector<ScoredMention>& found);

  const std::map<std::string, Counts>& strict() const { return strict_; }
  const std::map<std::string, Counts>& relaxed() const { return relaxed_; }
  Counts strict_total() const;
  Counts relaxed_total() const;

  struct Agreement {
    int64_t compared = 0, equal = 0;
    double rate() const { return compared ? double(equal) / compared : 0; }
  };
  const Agreement& entity() const { return entity_; }
  const Agreement& actor() const { return actor_; }
  const Agreement& lemma() const { return lemma_; }
  // A few gold mentions that were missed and found ones that were wrong, for reading.
  const std::vector<std::string>& examples() const { return examples_; }

  nlohmann::ordered_json ToJson() const;

 private:
  std::set<std::string> types_;
  std::map<std::string, Counts> strict_, relaxed_;
  Agreement entity_, actor_, lemma_;
  std::vector<std::string> examples_;
};

}  // namespace kronika
