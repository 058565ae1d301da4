// PhraseIndex: short phrases (titles, demonym adjectives, group nouns)
// matched against an article's tokens through lemmas, case-insensitively.
//
// Each phrase is tokenised and analysed once at Build with the same
// segmenter and analyser as articles; a phrase token matches an article
// token when their key sets (folded surface + folded lemmas) intersect, so
// "zunanji minister" matches "zunanjega ministra" and "mediji" matches
// "medijev". MatchAt may skip one token inside a phrase when the caller says
// it may ("podpredsednik [kitajske] vlade"), and reports which. Tokens must
// also agree in grammatical number where both say it, so "voditelj" (a
// leader) does not match "voditelji" (leaders).
//
// Thread-safety: immutable after Build; MatchAt may be called from any thread.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "entities/name_guesser.h"
#include "kronika/article.h"

namespace kronika {

class Analyser;
class Segmenter;

// Folded keys and grammatical numbers of an article's tokens, computed on
// first use and kept: one per article and stage, shared by every PhraseIndex
// that looks at that article. Not thread-safe (one article, one thread).
class TokenKeys {
 public:
  explicit TokenKeys(const Article& a) : a_(a), keys_(a.tokens.size()), numbers_(a.tokens.size(), 0xFF) {}
  const Article& article() const { return a_; }
  const std::vector<std::string>& keys(uint32_t t);
  // The token as written, folded for matching (the first of its keys).
  const std::string& surface(uint32_t t) { return keys(t).front(); }
  uint8_t numbers(uint32_t t);

 private:
  const Article& a_;
  std::vector<std::vector<std::string>> keys_;
  std::vector<uint8_t> numbers_;
};

// Many short texts (names, titles, cues) tokenised and analysed as one
// document, one text per paragraph, so the analyser sees them in one batch.
// tokens(i) is the token range [first, end) of text i in `doc`.
struct AnalysedTexts {
  Article doc;
  std::vector<std::pair<uint32_t, uint32_t>> ranges;
};
AnalysedTexts AnalyseTexts(const std::string& lang, const std::vector<std::string>& texts, const Analyser& analyser,
                           const Segmenter& segmenter);

class PhraseIndex {
 public:
  struct Phrase {
    std::string text;
    uint32_t payload = 0;
  };
  // `guesser`, when given, adds base-form guesses for article words the
  // analyser does not know (adjective endings for demonyms).
  //
  // With `surface_keys_only`, a phrase token matches an article token whose
  // surface or lemma equals the phrase token as written: a phrase written in
  // base forms ("navajati") matches every form, one written in an inflected
  // form ("bo", "niso") only that form.
  static PhraseIndex Build(const std::string& lang, const std::vector<Phrase>& phrases, const Analyser& analyser,
                           const Segmenter& segmenter, std::shared_ptr<const NameGuesser> guesser = nullptr,
                           bool surface_keys_only = false);

  struct Match {
    uint32_t end_token = 0;          // one past the last token matched
    uint32_t payload = 0;
    uint32_t skipped = UINT32_MAX;   // the token skipped inside the phrase, if any
  };
  // The longest phrases starting at token `t` and ending before `end`. When
  // `may_skip` is given, one token after the first for which it returns true
  // may be skipped (and is reported in Match::skipped).
  std::vector<Match> MatchAt(TokenKeys& keys, uint32_t t, uint32_t end,
                             const std::function<bool(uint32_t)>& may_skip = nullptr) const;
  // Convenience for one-off calls (builds its own TokenKeys).
  std::vector<Match> MatchAt(const Article& a, uint32_t t, uint32_t end) const {
    TokenKeys k(a);
    return MatchAt(k, t, end);
  }

  // Folded surface and lemmas of token `t` (what phrase keys are compared with).
  static std::vector<std::string> Keys(const Article& a, uint32_t t);
  // Grammatical numbers of a token's analyses: bit 0 sg, 1 pl, 2 du.
  static uint8_t Numbers(const Token& t);
  size_t size() const { return phrases_.size(); }

 private:
  struct Entry {
    std::vector<std::vector<std::string>> keys;  // per token
    std::vector<uint8_t> numbers;                // per token: bit 0 sg, 1 pl, 2 du (0 = unknown)
    uint32_t payload;
  };
  std::vector<Entry> phrases_;
  std::shared_ptr<const NameGuesser> guesser_;
  std::unordered_map<std::string, std::vector<uint32_t>> by_first_key_;
};

}  // namespace kronika
