// A small tokenizer and the date and time grammar shared by the header and
// dateline parsers.
//
// Tokens are runs of ASCII digits (numbers), runs of letters and combining
// marks (words), or single other code points (punctuation); white space of
// any kind separates tokens and is remembered as Tok::space_before.
//
// Dates (month and weekday names come from data/<lang>/months.tsv):
//   d. m. yyyy           11. 9. 2023, 11.9.2023   (the Slovenian form; lang "sl")
//   yyyy-mm-dd           2023-09-11
//   d[.] MONTH[.] [,] [yyyy]    12. oktobra 2023, 12 October 2023, 3. marca
//   MONTH[.] d [,] [yyyy]       Oct 12, 2023, Sept. 11, 2023, Oct 12
// Times: h:mm or h.mm (no spaces inside), optional :ss, optional AM/PM
// ("AM", "pm", "a.m."), optional "h".
//
// Thread-safety: pure functions over the caller's tokens.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clean/clean_rules_impl.h"
#include "clean/local_time.h"

namespace kronika::clean {

enum class TokKind : uint8_t { kNumber, kWord, kPunct };

struct Tok {
  TokKind kind = TokKind::kPunct;
  uint32_t begin = 0;  // bytes in the tokenized string
  uint32_t end = 0;
  bool space_before = false;
  char32_t punct = 0;  // the code point, for kPunct
  int digits = 0;      // for kNumber
  int value = 0;       // for kNumber (saturates at 1'000'000)
};

std::vector<Tok> Tokenize(std::string_view s);

inline std::string_view TokText(std::string_view s, const Tok& t) { return s.substr(t.begin, t.end - t.begin); }
inline bool IsPunct(const std::vector<Tok>& toks, size_t i, char32_t c) {
  return i < toks.size() && toks[i].kind == TokKind::kPunct && toks[i].punct == c;
}
// '-', U+2013 en dash, U+2014 em dash, U+2212 minus.
bool IsDash(char32_t c);

struct DateMatch {
  CivilDate date;
  size_t next = 0;   // first token after the date
  std::string lang;  // language the form or month name belongs to, or ""
};
// A date starting at token `i` (weekday names before it are not part of it).
std::optional<DateMatch> MatchDate(const CleanRules::Impl& rules, std::string_view s, const std::vector<Tok>& toks,
                                   size_t i, std::string_view prefer_lang);

struct TimeMatch {
  ClockTime time;
  size_t next = 0;
};
std::optional<TimeMatch> MatchTime(std::string_view s, const std::vector<Tok>& toks, size_t i);

// A weekday name at `i`, with an optional '.' and ','; returns the next token.
std::optional<size_t> MatchWeekday(const CleanRules::Impl& rules, std::string_view s, const std::vector<Tok>& toks,
                                   size_t i, std::string_view prefer_lang);

}  // namespace kronika::clean
