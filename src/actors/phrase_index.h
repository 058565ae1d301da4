// PhraseIndex: short phrases (titles, demonym adjectives, group nouns)
// matched against an article's tokens through lemmas, case-insensitively.
//
// Each phrase is tokenised and analysed once at Build with the same
// segmenter and analyser as articles; a phrase token matches an article
// token when their key sets (folded surface + folded lemmas) intersect, so
// "zunanji minister" matches "zunanjega ministra" and "mediji" matches
// "medijev". MatchAt may skip one token inside a phrase when the caller says
// it may ("podpredsednik [kitajske] vlade"), and reports which.
//
// Thread-safety: immutable after Build; MatchAt may be called from any thread.
#pragma once

#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "kronika/article.h"

namespace kronika {

class Analyser;
class Segmenter;

class PhraseIndex {
 public:
  struct Phrase {
    std::string text;
    uint32_t payload = 0;
  };
  static PhraseIndex Build(const std::string& lang, const std::vector<Phrase>& phrases, const Analyser& analyser,
                           const Segmenter& segmenter);

  struct Match {
    uint32_t end_token = 0;          // one past the last token matched
    uint32_t payload = 0;
    uint32_t skipped = UINT32_MAX;   // the token skipped inside the phrase, if any
  };
  // The longest phrases starting at token `t` and ending before `end`. When
  // `may_skip` is given, one token after the first for which it returns true
  // may be skipped (and is reported in Match::skipped).
  std::vector<Match> MatchAt(const Article& a, uint32_t t, uint32_t end,
                             const std::function<bool(uint32_t)>& may_skip = nullptr) const;

  // Folded surface and lemmas of token `t` (what phrase keys are compared with).
  static std::vector<std::string> Keys(const Article& a, uint32_t t);
  size_t size() const { return phrases_.size(); }

 private:
  struct Entry {
    std::vector<std::vector<std::string>> keys;  // per token
    uint32_t payload;
  };
  std::vector<Entry> phrases_;
  std::unordered_map<std::string, std::vector<uint32_t>> by_first_key_;
};

}  // namespace kronika
