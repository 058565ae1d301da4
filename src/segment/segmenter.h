// Segmenter: the segment stage. Sentences and tokens by ICU break iterators,
// run directly on the UTF-8 text (UText), so every boundary is a byte offset
// into Article::text.
//
// Only the title, subheadings and paragraphs are segmented; the header line
// and boilerplate are not, so no later stage sees them. A sentence never
// crosses a paragraph. ICU's sentence rules break too eagerly for news text,
// so a boundary is removed again when the text before it ends with
//   - an abbreviation from data/<lang>/abbreviations.tsv ("dr.", "npr.",
//     "t. i."); those marked can_end=yes only when the next word is not
//     capitalised;
//   - a number with a period followed by a number or a lower-case word
//     (Slovenian ordinals and dates: "11. 9. 2023", "13. septembra");
//   - a single capital letter with a period (initials: "J. F. Kennedy").
//
// Tokens: ICU word boundaries; each word or number is one token, every
// other non-space character is a punctuation or symbol token.
//
// Thread-safety: a Segmenter is immutable after Load and shared by all
// threads; ICU iterators are cloned per thread internally.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/status.h"
#include "kronika/article.h"

namespace kronika {

class Segmenter {
 public:
  // Reads data/<lang>/abbreviations.tsv for every language folder present.
  static Result<std::shared_ptr<const Segmenter>> Load(const std::string& data_dir);

  // Fills article.sentences and article.tokens (uses meta.lang for the rules).
  void Segment(Article& article) const;

  struct Abbreviation {
    std::string folded;  // case-folded, spaces removed: "t.i."
    bool can_end = false;
  };
  // Exposed for tests: would a sentence end after `before` (text up to the
  // candidate boundary) given the text `after` it?
  bool KeepBoundary(const std::string& lang, std::string_view before, std::string_view after) const;

 private:
  std::unordered_map<std::string, std::vector<Abbreviation>> abbreviations_;  // by language
};

}  // namespace kronika
