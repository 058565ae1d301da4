// NameGuesser: base-form candidates for inflected proper names that the
// morphological analyser does not know ("Laosa" -> "Laos", "Kremlju" ->
// "Kremelj", "Putinom" -> "Putin").
//
// Rules are (suffix, replacement) pairs from data/<lang>/name_endings.tsv:
// a word ending in the suffix yields word - suffix + replacement. The guesser
// over-generates on purpose; callers keep only candidates that a dictionary
// knows, so a wrong candidate costs a lookup, not a false mention.
//
// Thread-safety: immutable after Load; Guess may be called from any thread.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace kronika {

class NameGuesser {
 public:
  // Reads `path` (columns: suffix, replacement). A missing file gives an
  // empty guesser only when `optional` is true.
  static Result<NameGuesser> Load(const std::string& path, bool optional);

  // Candidate base forms of `word` (case kept as in `word`), without `word`
  // itself, longest suffix first, no duplicates. Stems shorter than two
  // code points are not produced.
  std::vector<std::string> Guess(std::string_view word) const;

  size_t rules() const { return rules_.size(); }

 private:
  struct Rule {
    std::string suffix;
    std::string replacement;
  };
  std::vector<Rule> rules_;  // longest suffix first
};

}  // namespace kronika
