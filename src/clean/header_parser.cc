#include "clean/header_parser.h"

#include "clean/calendar_parse.h"
#include "clean/lines.h"

namespace kronika::clean {
namespace {

enum class Label { kFiller, kSource, kAuthor };

struct LabelWord {
  std::string_view word;  // as NormalizeKey gives it
  std::string_view lang;
  Label label;
};

// Words that introduce the parts of a header. Grammar rather than data: they
// decide how the rest of the field is read.
constexpr LabelWord kLabels[] = {
    {"published", "en", Label::kFiller},   {"updated", "en", Label::kFiller},
    {"posted", "en", Label::kFiller},      {"last", "en", Label::kFiller},
    {"modified", "en", Label::kFiller},    {"written", "en", Label::kFiller},
    {"on", "en", Label::kFiller},          {"at", "en", Label::kFiller},
    {"source", "en", Label::kSource},      {"sources", "en", Label::kSource},
    {"by", "en", Label::kAuthor},          {"objavljeno", "sl", Label::kFiller},
    {"posodobljeno", "sl", Label::kFiller}, {"spremenjeno", "sl", Label::kFiller},
    {"zadnja", "sl", Label::kFiller},      {"posodobitev", "sl", Label::kFiller},
    {"datum", "sl", Label::kFiller},       {"objave", "sl", Label::kFiller},
    {"ob", "sl", Label::kFiller},          {"dne", "sl", Label::kFiller},
    {"vir", "sl", Label::kSource},         {"viri", "sl", Label::kSource},
    {"avtor", "sl", Label::kAuthor},       {"avtorica", "sl", Label::kAuthor},
    {"piše", "sl", Label::kAuthor},
};

const LabelWord* FindLabel(std::string_view word) {
  std::string key = NormalizeKey(word);
  for (const auto& l : kLabels) {
    if (l.word == key) return &l;
  }
  return nullptr;
}

bool IsFieldSeparator(const std::vector<Tok>& toks, size_t i) {
  const Tok& t = toks[i];
  if (t.kind != TokKind::kPunct) return false;
  if (t.punct == '|' || t.punct == 0x00B7 || t.punct == 0x2022 || t.punct == 0x00A6) return true;
  bool space_after = i + 1 >= toks.size() || toks[i + 1].space_before;
  return IsDash(t.punct) && t.space_before && space_after;
}

std::string_view Between(std::string_view s, const std::vector<Tok>& toks, size_t first, size_t last) {
  return s.substr(toks[first].begin, toks[last - 1].end - toks[first].begin);
}

void NoteLang(HeaderInfo& h, std::string_view lang) {
  if (h.lang.empty() && !lang.empty()) h.lang = std::string(lang);
}

void SetAgency(HeaderInfo& h, const AgencyRef& a) {
  if (!h.agency.empty() || a.name.empty()) return;
  h.agency = a.name;
  h.agency_info = a.info;
}

// Parses tokens [i, end) of one field into `h`; false if a token is left
// that no rule reads.
bool ParseField(const CleanRules::Impl& rules, std::string_view s, const std::vector<Tok>& toks, size_t i,
                size_t end, std::string_view prefer_lang, HeaderInfo& h) {
  while (i < end) {
    const Tok& t = toks[i];
    if (t.kind == TokKind::kPunct && (t.punct == ',' || t.punct == ';')) {
      ++i;
      continue;
    }
    if (t.kind == TokKind::kPunct && t.punct == '(') {  // "(STA)"
      size_t close = i + 1;
      while (close < end && !IsPunct(toks, close, ')')) ++close;
      if (close >= end || close == i + 1) return false;
      AgencyRef a = ResolveAgency(rules, Between(s, toks, i + 1, close));
      if (!a.known) return false;
      SetAgency(h, a);
      i = close + 1;
      continue;
    }
    if (auto d = MatchDate(rules, s, toks, i, prefer_lang)) {
      if (!h.date) h.date = d->date;
      NoteLang(h, d->lang);
      i = d->next;
      // ISO "2023-09-11T13:55"
      if (i < end && toks[i].kind == TokKind::kWord && TokText(s, toks[i]) == "T" && !toks[i].space_before) ++i;
      continue;
    }
    if (auto tm = MatchTime(s, toks, i)) {
      if (!h.time) h.time = tm->time;
      i = tm->next;
      continue;
    }
    if (t.kind != TokKind::kWord) return false;
    std::string_view word = TokText(s, t);
    if (auto next = MatchWeekday(rules, s, toks, i, prefer_lang)) {
      i = *next;
      continue;
    }
    if ((word == "UTC" || word == "GMT") && i + 2 < end &&
        (IsPunct(toks, i + 1, '+') || IsPunct(toks, i + 1, '-') || IsPunct(toks, i + 1, 0x2212))) {
      size_t last = i + 2;
      while (last < end && !toks[last].space_before &&
             (toks[last].kind == TokKind::kNumber || IsPunct(toks, last, ':'))) {
        ++last;
      }
      if (last == i + 2) return false;
      std::string spec = std::string(word) + (toks[i + 1].punct == '+' ? "+" : "-");
      spec += Between(s, toks, i + 2, last);
      auto minutes = ParseFixedOffset(spec);
      if (!minutes) return false;
      if (!h.zone) h.zone = ZoneRef{nullptr, *minutes, spec};
      i = last;
      continue;
    }
    if (const ZoneRef* z = rules.FindZoneAbbreviation(word)) {
      if (!h.zone) h.zone = *z;
      ++i;
      continue;
    }
    if (const LabelWord* label = FindLabel(word)) {
      NoteLang(h, label->lang);
      ++i;
      if (IsPunct(toks, i, ':')) ++i;
      if (label->label == Label::kFiller) continue;
      if (i >= end) return false;  // "Vir:" with nothing after it
      std::string_view value = Between(s, toks, i, end);
      while (!value.empty() && value.back() == '.') value.remove_suffix(1);
      if (label->label == Label::kSource) SetAgency(h, ResolveAgency(rules, value));
      if (label->label == Label::kAuthor) h.author = true;
      return true;  // the value runs to the end of the field
    }
    // A bare agency name, the longest that fits ("Agence France-Presse").
    bool found = false;
    for (size_t last = std::min(end, i + 6); last > i; --last) {
      AgencyRef a = ResolveAgency(rules, Between(s, toks, i, last));
      if (a.known && a.info) {
        SetAgency(h, a);
        i = last;
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

}  // namespace

AgencyRef ResolveAgency(const CleanRules::Impl& rules, std::string_view text) {
  AgencyRef out;
  Span trimmed = TrimSpan(text, Span{0, static_cast<uint32_t>(text.size())});
  text = text.substr(trimmed.begin, trimmed.size());
  if (text.empty()) return out;
  if (const Agency* a = rules.FindAgency(text)) return AgencyRef{a->name, a, true};
  // Several agencies: "STA, Reuters", "STA/Reuters", "AP in Reuters", "AFP and dpa".
  std::string joined;
  bool all_known = true;
  const Agency* first = nullptr;
  std::string normalized = NormalizeKey(text);
  size_t parts = 0;
  auto take = [&](std::string_view part) {
    Span pt = TrimSpan(part, Span{0, static_cast<uint32_t>(part.size())});
    part = part.substr(pt.begin, pt.size());
    if (part.empty()) return;
    ++parts;
    const Agency* a = rules.FindAgency(part);
    if (!a) {
      all_known = false;
      return;
    }
    if (!first) first = a;
    if (!joined.empty()) joined += ", ";
    joined += a->name;
  };
  std::string_view rest = normalized;
  size_t start = 0;
  for (size_t i = 0; i < rest.size(); ++i) {
    size_t skip = 0;
    if (rest[i] == ',' || rest[i] == '/' || rest[i] == ';') skip = 1;
    for (std::string_view word : {" in ", " and ", " & "}) {
      if (skip == 0 && rest.substr(i).starts_with(word)) skip = word.size();
    }
    if (skip == 0) continue;
    take(rest.substr(start, i - start));
    start = i + skip;
    i = start - 1;
  }
  take(rest.substr(std::min(start, rest.size())));
  if (all_known && parts > 0) return AgencyRef{joined, first, true};
  return AgencyRef{std::string(text), nullptr, false};
}

std::optional<HeaderInfo> ParseHeader(const CleanRules::Impl& rules, std::string_view line,
                                      std::string_view prefer_lang) {
  if (line.empty() || line.size() > 200) return std::nullopt;
  std::vector<Tok> toks = Tokenize(line);
  if (toks.empty() || toks.size() > 48) return std::nullopt;
  HeaderInfo h;
  size_t start = 0;
  for (size_t i = 0; i <= toks.size(); ++i) {
    if (i < toks.size() && !IsFieldSeparator(toks, i)) continue;
    if (i > start && !ParseField(rules, line, toks, start, i, prefer_lang, h)) return std::nullopt;
    start = i + 1;
  }
  if (!h.substantive() && !h.time && !h.zone && !h.author) return std::nullopt;
  return h;
}

void HeaderInfo::Merge(const HeaderInfo& later) {
  if (!date) date = later.date;
  if (!time) time = later.time;
  if (!zone) zone = later.zone;
  if (agency.empty()) {
    agency = later.agency;
    agency_info = later.agency_info;
  }
  if (lang.empty()) lang = later.lang;
  author = author || later.author;
}

}  // namespace kronika::clean
