#include "eval/event_scorer.h"

#include <algorithm>

namespace kronika {
namespace {

bool Contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

// Greedy one-to-one matching; `exact` compares full codes instead of roots.
Counts Match(const std::vector<GoldEvent>& gold, const std::vector<FoundEvent>& found, bool exact,
             std::vector<bool>* gold_hit_out) {
  Counts c;
  std::vector<bool> gold_hit(gold.size(), false), found_hit(found.size(), false);
  for (size_t j = 0; j < found.size(); ++j) {
    const FoundEvent& f = found[j];
    for (size_t i = 0; i < gold.size(); ++i) {
      const GoldEvent& g = gold[i];
      if (gold_hit[i] || g.source != f.source || g.target != f.target || !Contains(g.modality, f.modality)) continue;
      bool code_ok = exact ? Contains(g.cameo, f.cameo)
                           : std::any_of(g.cameo.begin(), g.cameo.end(),
                                         [&](const std::string& x) { return x.substr(0, 2) == f.cameo.substr(0, 2); });
      if (!code_ok) continue;
      gold_hit[i] = found_hit[j] = true;
      break;
    }
  }
  for (bool h : gold_hit) (h ? c.tp : c.fn)++;
  for (bool h : found_hit)
    if (!h) ++c.fp;
  if (gold_hit_out) *gold_hit_out = gold_hit;
  return c;
}

void Accumulate(Counts& into, const Counts& c) {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
}

}  // namespace

void EventScorer::Add(const std::vector<GoldEvent>& gold, const std::vector<FoundEvent>& found) {
  std::vector<bool> hit;
  Accumulate(root_, Match(gold, found, false, &hit));
  for (size_t i = 0; i < gold.size(); ++i) {
    if (!gold[i].required) continue;
    ++required_;
    required_found_ += hit[i];
  }
  Accumulate(code_, Match(gold, found, true, nullptr));
}

nlohmann::ordered_json EventScorer::ToJson() const {
  auto counts = [](const Counts& c) {
    return nlohmann::ordered_json{{"tp", c.tp}, {"fp", c.fp}, {"fn", c.fn}, {"precision", c.precision()},
                                  {"recall", c.recall()}, {"f1", c.f1()}};
  };
  return {{"by_root", counts(root_)},
          {"by_code", counts(code_)},
          {"required", required_},
          {"required_found", required_found_}};
}

}  // namespace kronika
