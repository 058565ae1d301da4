#include "clean/dateline.h"

#include "clean/calendar_parse.h"
#include "clean/header_parser.h"
#include "core/utf8.h"

namespace kronika::clean {
namespace {

constexpr size_t kMaxTokens = 20;
constexpr size_t kMaxBytes = 200;

struct Place {
  size_t words = 0;
  bool all_capitalised = true;
  bool all_upper = true;
};

// Consumes place tokens from `i` up to ',', '(' or `end`; returns the next
// token, or nullopt when a token cannot be part of a place name.
std::optional<size_t> MatchPlace(std::string_view s, const std::vector<Tok>& toks, size_t i, size_t end,
                                 Place& place) {
  size_t start = i;
  for (; i < end; ++i) {
    const Tok& t = toks[i];
    if (t.kind == TokKind::kPunct && (t.punct == ',' || t.punct == '(')) break;
    if (t.kind == TokKind::kWord) {
      std::string_view w = TokText(s, t);
      if (i == start && !StartsUpper(w)) return std::nullopt;
      // Words glued to the previous one ("Port-au-Prince", "D.C.") are one word.
      bool glued = i > start && !t.space_before;
      if (!glued) {
        ++place.words;
        if (!StartsUpper(w)) place.all_capitalised = false;
      }
      if (!AllUpper(w)) place.all_upper = false;
      continue;
    }
    bool joiner = t.kind == TokKind::kPunct && (t.punct == '.' || t.punct == '-' || t.punct == '\'' || t.punct == 0x2019);
    if (!joiner || i == start) return std::nullopt;
  }
  if (i == start || place.words > 4) return std::nullopt;
  return i;
}

}  // namespace

std::optional<DatelineInfo> ParseDateline(const CleanRules::Impl& rules, std::string_view paragraph,
                                          std::string_view prefer_lang) {
  std::string_view head = paragraph.substr(0, paragraph.find('\n'));
  if (head.size() > kMaxBytes) {
    size_t cut = kMaxBytes;
    while (cut > 0 && (static_cast<unsigned char>(head[cut]) & 0xC0) == 0x80) --cut;
    head = head.substr(0, cut);
  }
  std::vector<Tok> toks = Tokenize(head);
  size_t k = 0;
  for (; k < toks.size() && k < kMaxTokens; ++k) {
    const Tok& t = toks[k];
    if (t.kind != TokKind::kPunct || !(t.punct == '-' || t.punct == 0x2013 || t.punct == 0x2014)) continue;
    bool space_after = k + 1 == toks.size() ? head.size() > t.end : toks[k + 1].space_before;
    bool before_ok = t.space_before || (k > 0 && IsPunct(toks, k - 1, ')'));
    if (space_after && before_ok) break;
  }
  if (k == 0 || k >= toks.size() || k >= kMaxTokens) return std::nullopt;

  DatelineInfo d;
  Place place;
  auto next = MatchPlace(head, toks, 0, k, place);
  if (!next) return std::nullopt;
  size_t i = *next;
  while (IsPunct(toks, i, ',')) {
    ++i;
    if (auto date = MatchDate(rules, head, toks, i, prefer_lang); date && date->next <= k) {
      if (!d.date) d.date = date->date;
      if (d.lang.empty()) d.lang = date->lang;
      i = date->next;
      continue;
    }
    Place more;
    auto after = MatchPlace(head, toks, i, k, more);
    if (!after) return std::nullopt;
    place.words += more.words;
    place.all_capitalised = place.all_capitalised && more.all_capitalised;
    place.all_upper = place.all_upper && more.all_upper;
    i = *after;
  }
  bool has_parens = false;
  bool known_agency = false;
  if (IsPunct(toks, i, '(')) {
    size_t close = i + 1;
    while (close < k && !IsPunct(toks, close, ')')) ++close;
    if (close >= k || close == i + 1 || close - i > 7) return std::nullopt;
    AgencyRef a = ResolveAgency(rules, head.substr(toks[i + 1].begin, toks[close - 1].end - toks[i + 1].begin));
    known_agency = a.known;
    if (a.known) {
      d.agency = a.name;
      d.agency_info = a.info;
    }
    has_parens = true;
    i = close + 1;
  }
  if (i != k) return std::nullopt;
  if (!d.date) {
    if (has_parens && !known_agency && !place.all_upper) return std::nullopt;
    if (!has_parens) {
      if (place.words > 3 || !place.all_capitalised) return std::nullopt;
      if (toks[k].punct == 0x2014 && !place.all_upper) return std::nullopt;
    }
  }
  d.length = toks[k].end;
  return d;
}

}  // namespace kronika::clean
