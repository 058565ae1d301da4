#include "eval/mention_scorer.h"

#include <fmt/format.h>

namespace kronika {

void MentionScorer::Add(const std::vector<ScoredMention>& gold_all, const std::vector<ScoredMention>& found_all) {
  std::vector<const ScoredMention*> gold, found;
  for (const auto& g : gold_all)
    if (types_.count(g.type)) gold.push_back(&g);
  for (const auto& f : found_all)
    if (types_.count(f.type)) found.push_back(&f);

  // Strict.
  std::vector<bool> gold_hit(gold.size()), found_hit(found.size());
  for (size_t i = 0; i < gold.size(); ++i) {
    for (size_t j = 0; j < found.size(); ++j) {
      if (found_hit[j] || found[j]->start != gold[i]->start || found[j]->end != gold[i]->end ||
          found[j]->type != gold[i]->type) {
        continue;
      }
      gold_hit[i] = found_hit[j] = true;
      const ScoredMention& g = *gold[i];
      const ScoredMention& f = *found[j];
      if (!g.entity.empty()) {
        ++entity_.compared;
        entity_.equal += g.entity == f.entity;
      }
      if (g.has_actor) {
        ++actor_.compared;
        actor_.equal += g.actor == f.actor;
      }
      if (!g.lemma.empty()) {
        ++lemma_.compared;
        lemma_.equal += g.lemma == f.lemma;
      }
      break;
    }
  }
  for (size_t i = 0; i < gold.size(); ++i) {
    auto& c = strict_[gold[i]->type];
    if (gold_hit[i]) {
      ++c.tp;
    } else {
      ++c.fn;
      if (examples_.size() < 400) examples_.push_back(fmt::format("missed {} \"{}\" [{},{})", gold[i]->type, gold[i]->text, gold[i]->start, gold[i]->end));
    }
  }
  for (size_t j = 0; j < found.size(); ++j) {
    if (!found_hit[j]) {
      ++strict_[found[j]->type].fp;
      if (examples_.size() < 400) examples_.push_back(fmt::format("extra  {} \"{}\" [{},{})", found[j]->type, found[j]->text, found[j]->start, found[j]->end));
    }
  }

  // Relaxed: overlap and same type, one-to-one, greedy in text order.
  std::vector<bool> g2(gold.size()), f2(found.size());
  for (size_t i = 0; i < gold.size(); ++i) {
    for (size_t j = 0; j < found.size(); ++j) {
      if (f2[j] || found[j]->type != gold[i]->type) continue;
      if (found[j]->start < gold[i]->end && gold[i]->start < found[j]->end) {
        g2[i] = f2[j] = true;
        break;
      }
    }
  }
  for (size_t i = 0; i < gold.size(); ++i) (g2[i] ? relaxed_[gold[i]->type].tp : relaxed_[gold[i]->type].fn)++;
  for (size_t j = 0; j < found.size(); ++j)
    if (!f2[j]) ++relaxed_[found[j]->type].fp;
}

namespace {
Counts Sum(const std::map<std::string, Counts>& m) {
  Counts t;
  for (const auto& [_, c] : m) {
    t.tp += c.tp;
    t.fp += c.fp;
    t.fn += c.fn;
  }
  return t;
}
nlohmann::ordered_json CountsJson(const Counts& c) {
  return {{"tp", c.tp}, {"fp", c.fp}, {"fn", c.fn}, {"precision", c.precision()}, {"recall", c.recall()}, {"f1", c.f1()}};
}
}  // namespace

Counts MentionScorer::strict_total() const { return Sum(strict_); }
Counts MentionScorer::relaxed_total() const { return Sum(relaxed_); }

nlohmann::ordered_json MentionScorer::ToJson() const {
  nlohmann::ordered_json j;
  for (const auto& [type, c] : strict_) j["strict"][type] = CountsJson(c);
  j["strict"]["all"] = CountsJson(strict_total());
  for (const auto& [type, c] : relaxed_) j["relaxed"][type] = CountsJson(c);
  j["relaxed"]["all"] = CountsJson(relaxed_total());
  auto agree = [](const Agreement& a) { return nlohmann::ordered_json{{"compared", a.compared}, {"equal", a.equal}, {"rate", a.rate()}}; };
  j["entity_agreement"] = agree(entity_);
  j["actor_agreement"] = agree(actor_);
  j["lemma_agreement"] = agree(lemma_);
  return j;
}

}  // namespace kronika
