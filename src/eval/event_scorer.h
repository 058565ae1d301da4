// EventScorer: precision, recall and F1 of coded events against gold events
// (the "events" of *.expected.json: source and target actor codes, a list of
// accepted CAMEO codes and of accepted modalities, required or not).
//
// A found event matches a gold event when source and target actors are equal
// (null matches null), the CAMEO root is the root of an accepted code, and
// the modality is accepted; each gold event is matched at most once. Also
// counted: matches on the full code (the found code is one of the accepted
// codes), and recall over required gold events only.
//
// Thread-safety: a plain accumulator; one thread at a time.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "eval/mention_scorer.h"

namespace kronika {

struct GoldEvent {
  std::string source, target;  // "" for null
  std::vector<std::string> cameo, modality;
  bool required = true;
};

struct FoundEvent {
  std::string source, target, cameo, modality;
};

class EventScorer {
 public:
  void Add(const std::vector<GoldEvent>& gold, const std::vector<FoundEvent>& found);
  const Counts& root() const { return root_; }
  const Counts& code() const { return code_; }
  int64_t required() const { return required_; }
  int64_t required_found() const { return required_found_; }
  nlohmann::ordered_json ToJson() const;

 private:
  Counts root_, code_;
  int64_t required_ = 0, required_found_ = 0;
};

}  // namespace kronika
