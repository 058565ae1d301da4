#include "clean/calendar_parse.h"

#include <unicode/uchar.h>

#include "clean/lines.h"
#include "core/utf8.h"

namespace kronika::clean {
namespace {

bool IsWordChar(char32_t c) {
  int8_t type = u_charType(static_cast<UChar32>(c));
  return u_isalpha(static_cast<UChar32>(c)) || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
}

bool IsNumber(const std::vector<Tok>& toks, size_t i, int min_digits, int max_digits) {
  return i < toks.size() && toks[i].kind == TokKind::kNumber && toks[i].digits >= min_digits &&
         toks[i].digits <= max_digits;
}

bool IsWord(const std::vector<Tok>& toks, size_t i) { return i < toks.size() && toks[i].kind == TokKind::kWord; }

// Skips an English ordinal suffix glued to a number ("12th").
size_t SkipOrdinal(std::string_view s, const std::vector<Tok>& toks, size_t i) {
  if (IsWord(toks, i) && !toks[i].space_before) {
    std::string w = NormalizeKey(TokText(s, toks[i]));
    if (w == "st" || w == "nd" || w == "rd" || w == "th") return i + 1;
  }
  return i;
}

// Optional [','] yyyy after a day and month.
size_t MatchYear(const std::vector<Tok>& toks, size_t i, int& year) {
  size_t j = IsPunct(toks, i, ',') ? i + 1 : i;
  if (IsNumber(toks, j, 4, 4) && toks[j].value >= 1900 && toks[j].value <= 2100) {
    year = toks[j].value;
    return j + 1;
  }
  return i;
}

}  // namespace

bool IsDash(char32_t c) { return c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2212; }

std::vector<Tok> Tokenize(std::string_view s) {
  std::vector<Tok> toks;
  size_t i = 0;
  bool space = false;
  while (i < s.size()) {
    size_t start = i;
    char32_t c = NextCodePoint(s, i);
    if (IsSpaceCodePoint(c)) {
      space = true;
      continue;
    }
    Tok t;
    t.begin = static_cast<uint32_t>(start);
    t.space_before = space;
    space = false;
    if (c >= '0' && c <= '9') {
      t.kind = TokKind::kNumber;
      i = start;
      while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
        if (t.value < 1'000'000) t.value = t.value * 10 + (s[i] - '0');
        ++t.digits;
        ++i;
      }
    } else if (IsWordChar(c)) {
      t.kind = TokKind::kWord;
      size_t j = i;
      while (j < s.size()) {
        size_t k = j;
        char32_t d = NextCodePoint(s, k);
        if (!IsWordChar(d)) break;
        j = k;
      }
      i = j;
    } else {
      t.kind = TokKind::kPunct;
      t.punct = c;
    }
    t.end = static_cast<uint32_t>(i);
    toks.push_back(t);
  }
  return toks;
}

std::optional<DateMatch> MatchDate(const CleanRules::Impl& rules, std::string_view s, const std::vector<Tok>& toks,
                                   size_t i, std::string_view prefer_lang) {
  DateMatch m;
  // d. m. yyyy
  if (IsNumber(toks, i, 1, 2) && IsPunct(toks, i + 1, '.') && IsNumber(toks, i + 2, 1, 2) &&
      IsPunct(toks, i + 3, '.') && IsNumber(toks, i + 4, 4, 4)) {
    m.date = {toks[i + 4].value, toks[i + 2].value, toks[i].value};
    m.next = i + 5;
    m.lang = "sl";
    if (ValidDate(m.date.year, m.date.month, m.date.day)) return m;
    return std::nullopt;
  }
  // yyyy-mm-dd
  if (IsNumber(toks, i, 4, 4) && IsPunct(toks, i + 1, '-') && IsNumber(toks, i + 2, 2, 2) &&
      IsPunct(toks, i + 3, '-') && IsNumber(toks, i + 4, 2, 2) && !toks[i + 1].space_before &&
      !toks[i + 3].space_before && !toks[i + 4].space_before) {
    m.date = {toks[i].value, toks[i + 2].value, toks[i + 4].value};
    m.next = i + 5;
    if (ValidDate(m.date.year, m.date.month, m.date.day)) return m;
    return std::nullopt;
  }
  // d[.] MONTH[.] [,] [yyyy]
  if (IsNumber(toks, i, 1, 2)) {
    size_t j = SkipOrdinal(s, toks, i + 1);
    if (IsPunct(toks, j, '.')) ++j;
    if (!IsWord(toks, j)) return std::nullopt;
    const CalendarWord* month = rules.FindCalendarWord(TokText(s, toks[j]), false, prefer_lang);
    if (!month) return std::nullopt;
    ++j;
    if (IsPunct(toks, j, '.') && !toks[j].space_before) ++j;
    m.date = {0, month->number, toks[i].value};
    m.next = MatchYear(toks, j, m.date.year);
    m.lang = month->lang;
    if (ValidDate(m.date.year, m.date.month, m.date.day)) return m;
    return std::nullopt;
  }
  // MONTH[.] d [,] [yyyy]
  if (IsWord(toks, i)) {
    const CalendarWord* month = rules.FindCalendarWord(TokText(s, toks[i]), false, prefer_lang);
    if (!month) return std::nullopt;
    size_t j = i + 1;
    if (IsPunct(toks, j, '.') && !toks[j].space_before) ++j;
    if (!IsNumber(toks, j, 1, 2)) return std::nullopt;
    m.date = {0, month->number, toks[j].value};
    j = SkipOrdinal(s, toks, j + 1);
    m.next = MatchYear(toks, j, m.date.year);
    m.lang = month->lang;
    if (ValidDate(m.date.year, m.date.month, m.date.day)) return m;
  }
  return std::nullopt;
}

std::optional<TimeMatch> MatchTime(std::string_view s, const std::vector<Tok>& toks, size_t i) {
  if (!IsNumber(toks, i, 1, 2) || !(IsPunct(toks, i + 1, ':') || IsPunct(toks, i + 1, '.')) ||
      !IsNumber(toks, i + 2, 2, 2) || toks[i + 1].space_before || toks[i + 2].space_before) {
    return std::nullopt;
  }
  TimeMatch m;
  m.time = {toks[i].value, toks[i + 2].value, 0};
  size_t j = i + 3;
  if (IsPunct(toks, j, ':') && IsNumber(toks, j + 1, 2, 2) && !toks[j].space_before) {
    m.time.second = toks[j + 1].value;
    j += 2;
  }
  // AM / PM / a.m. / p.m.
  int half = 0;  // 1 = am, 2 = pm
  if (IsWord(toks, j)) {
    std::string w = NormalizeKey(TokText(s, toks[j]));
    if (w == "am" || w == "pm") {
      half = w == "am" ? 1 : 2;
      j += IsPunct(toks, j + 1, '.') && !toks[j + 1].space_before ? 2 : 1;
    } else if ((w == "a" || w == "p") && IsPunct(toks, j + 1, '.') && IsWord(toks, j + 2) &&
               NormalizeKey(TokText(s, toks[j + 2])) == "m") {
      half = w == "a" ? 1 : 2;
      j += IsPunct(toks, j + 3, '.') ? 4 : 3;
    } else if (w == "h") {
      ++j;
    }
  }
  if (half != 0) {
    if (m.time.hour < 1 || m.time.hour > 12) return std::nullopt;
    m.time.hour = m.time.hour % 12 + (half == 2 ? 12 : 0);
  }
  if (m.time.hour > 23 || m.time.minute > 59 || m.time.second > 59) return std::nullopt;
  m.next = j;
  return m;
}

std::optional<size_t> MatchWeekday(const CleanRules::Impl& rules, std::string_view s, const std::vector<Tok>& toks,
                                   size_t i, std::string_view prefer_lang) {
  if (!IsWord(toks, i) || !rules.FindCalendarWord(TokText(s, toks[i]), true, prefer_lang)) return std::nullopt;
  size_t j = i + 1;
  if (IsPunct(toks, j, '.') && !toks[j].space_before) ++j;
  if (IsPunct(toks, j, ',')) ++j;
  return j;
}

}  // namespace kronika::clean
