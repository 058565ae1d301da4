#include "segment/segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include <fmt/format.h>

#include "core/tsv.h"
#include "core/utf8.h"

namespace kronika {
namespace {

// Per-thread ICU iterators, cloned from one prototype per locale.
struct Iterators {
  std::unique_ptr<icu::BreakIterator> sentence;
  std::unique_ptr<icu::BreakIterator> word;
};

Iterators& ThreadIterators(const std::string& lang) {
  thread_local std::map<std::string, Iterators> cache;
  auto it = cache.find(lang);
  if (it != cache.end()) return it->second;
  UErrorCode err = U_ZERO_ERROR;
  icu::Locale loc(lang.empty() ? "en" : lang.c_str());
  Iterators its;
  its.sentence.reset(icu::BreakIterator::createSentenceInstance(loc, err));
  err = U_ZERO_ERROR;
  its.word.reset(icu::BreakIterator::createWordInstance(loc, err));
  return cache.emplace(lang, std::move(its)).first->second;
}

std::string StripSpaces(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c != ' ') out.push_back(c);
  return out;
}

// Last code point before `end` in `s`, and where it starts.
char32_t PrevCodePoint(std::string_view s, size_t& end) {
  if (end == 0) return 0;
  size_t i = end - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  size_t j = i;
  char32_t c = NextCodePoint(s, j);
  end = i;
  return c;
}

std::string_view TrimRight(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
  // Also U+00A0 (C2 A0) and other multi-byte spaces.
  while (s.size() >= 2 && static_cast<unsigned char>(s[s.size() - 2]) == 0xC2 &&
         static_cast<unsigned char>(s.back()) == 0xA0) {
    s.remove_suffix(2);
  }
  return s;
}

std::string_view TrimLeft(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    size_t j = i;
    char32_t c = NextCodePoint(s, j);
    if (!u_isUWhiteSpace(c) && c != 0xA0) break;
    i = j;
  }
  return s.substr(i);
}

}  // namespace

Result<std::shared_ptr<const Segmenter>> Segmenter::Load(const std::string& data_dir) {
  auto seg = std::make_shared<Segmenter>();
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(data_dir, ec)) {
    auto path = entry.path() / "abbreviations.tsv";
    if (!std::filesystem::exists(path)) continue;
    auto tsv = TsvFile::Read(path.string(), {"abbreviation"});
    if (!tsv.ok()) return tsv.status();
    auto& list = seg->abbreviations_[entry.path().filename().string()];
    for (const auto& row : tsv->rows()) {
      Abbreviation a;
      a.folded = StripSpaces(FoldForMatch(tsv->get(row, "abbreviation")));
      a.can_end = tsv->get(row, "can_end") == "yes";
      if (a.folded.empty() || a.folded.back() != '.') {
        return Status::InvalidInput(fmt::format("{}: abbreviation must end with '.'", tsv->where(row)));
      }
      list.push_back(std::move(a));
    }
    // Longest first so "t.i." wins over "i.".
    std::sort(list.begin(), list.end(), [](auto& x, auto& y) { return x.folded.size() > y.folded.size(); });
  }
  if (ec) return Status::IoError(fmt::format("{}: {}", data_dir, ec.message()));
  return std::shared_ptr<const Segmenter>(std::move(seg));
}

bool Segmenter::KeepBoundary(const std::string& lang, std::string_view before, std::string_view after) const {
  before = TrimRight(before);
  after = TrimLeft(after);
  if (before.empty() || after.empty()) return true;
  size_t i = 0;
  char32_t next = NextCodePoint(after, i);
  bool next_lower = u_islower(next);
  bool next_digit = u_isdigit(next);
  if (next_lower) return false;  // a sentence does not start in lower case
  if (before.back() != '.') return true;

  // The word before the final period (letters and inner periods/spaces for "t. i.").
  size_t end = before.size() - 1;
  size_t p = end;
  char32_t prev = PrevCodePoint(before, p);
  // Abbreviations: the folded tail of `before` ends with one, ignoring the
  // spaces inside it ("t. i." = "t.i."), and a non-letter precedes it.
  if (auto it = abbreviations_.find(lang); it != abbreviations_.end()) {
    size_t tail_start = before.size() > 24 ? before.size() - 24 : 0;
    while (tail_start > 0 && (static_cast<unsigned char>(before[tail_start]) & 0xC0) == 0x80) --tail_start;
    std::string tail = FoldForMatch(before.substr(tail_start));
    for (const auto& a : it->second) {
      size_t ti = tail.size(), ai = a.folded.size();
      while (ai > 0 && ti > 0) {
        if (tail[ti - 1] == ' ') {
          --ti;
        } else if (tail[ti - 1] == a.folded[ai - 1]) {
          --ti;
          --ai;
        } else {
          break;
        }
      }
      if (ai > 0) continue;
      if (ti > 0 && tail_start + ti > 0) {
        size_t q = ti;
        if (u_isalpha(PrevCodePoint(tail, q))) continue;
      } else if (ti == 0 && tail_start > 0) {
        size_t q = tail_start;
        if (u_isalpha(PrevCodePoint(before, q))) continue;
      }
      if (!a.can_end) return false;
      return u_isupper(next);  // may end a sentence: only before a capital
    }
  }
  // Ordinal numbers and dates: "11. 9. 2023", "13. septembra".
  if (u_isdigit(prev) && (next_digit || next_lower)) return false;
  // Initials: a single capital letter before the period.
  if (u_isupper(prev)) {
    size_t q = p;
    char32_t before_letter = PrevCodePoint(before, q);
    if (p == 0 || !u_isalpha(before_letter)) return false;
  }
  return true;
}

void Segmenter::Segment(Article& article) const {
  // The units to segment, in text order.
  struct Unit {
    Span span;
    bool title;
  };
  std::vector<Unit> units;
  if (article.layout.title) units.push_back({*article.layout.title, true});
  for (const Span& s : article.layout.subheadings) units.push_back({s, false});
  for (const Span& s : article.layout.paragraphs) units.push_back({s, false});
  std::sort(units.begin(), units.end(), [](auto& a, auto& b) { return a.span.begin < b.span.begin; });

  Iterators& its = ThreadIterators(article.meta.lang);
  const std::string& text = article.text;
  UErrorCode err = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &err);
  if (U_FAILURE(err) || !its.sentence || !its.word) {
    article.problems.push_back({"segment-failed", "ICU break iterators unavailable"});
    if (ut) utext_close(ut);
    return;
  }
  its.sentence->setText(ut, err);
  its.word->setText(ut, err);

  for (const Unit& u : units) {
    // Sentence boundaries inside the unit.
    std::vector<uint32_t> cuts{u.span.begin};
    int32_t b = its.sentence->following(static_cast<int32_t>(u.span.begin));
    while (b != icu::BreakIterator::DONE && static_cast<uint32_t>(b) < u.span.end) {
      std::string_view before(text.data() + cuts.back(), b - cuts.back());
      std::string_view after(text.data() + b, u.span.end - b);
      if (KeepBoundary(article.meta.lang, before, after)) cuts.push_back(static_cast<uint32_t>(b));
      b = its.sentence->next();
    }
    cuts.push_back(u.span.end);
    for (size_t k = 0; k + 1 < cuts.size(); ++k) {
      Span s{cuts[k], cuts[k + 1]};
      std::string_view sv = TrimRight(article.view(s));
      s.end = s.begin + static_cast<uint32_t>(sv.size());
      std::string_view lead = TrimLeft(sv);
      s.begin = s.end - static_cast<uint32_t>(lead.size());
      if (s.empty()) continue;
      Sentence sent;
      sent.span = s;
      sent.in_title = u.title;
      sent.first_token = static_cast<uint32_t>(article.tokens.size());
      uint32_t sidx = static_cast<uint32_t>(article.sentences.size());
      // Tokens.
      uint32_t last_end = s.begin;
      int32_t start = static_cast<int32_t>(s.begin);
      int32_t wb = its.word->following(start);
      while (wb != icu::BreakIterator::DONE && start < static_cast<int32_t>(s.end)) {
        int32_t end = std::min<int32_t>(wb, static_cast<int32_t>(s.end));
        int32_t status = its.word->getRuleStatus();
        std::string_view piece(text.data() + start, end - start);
        if (status >= UBRK_WORD_NUMBER) {
          Token t;
          t.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
          t.kind = (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT) ? TokenKind::kNumber : TokenKind::kWord;
          t.sentence = sidx;
          t.space_before = t.span.begin > last_end;
          article.tokens.push_back(t);
          last_end = t.span.end;
        } else {
          // Punctuation, symbols and spaces: one token per non-space code point.
          size_t i = 0;
          while (i < piece.size()) {
            size_t cp_start = i;
            char32_t c = NextCodePoint(piece, i);
            if (u_isUWhiteSpace(c) || c == 0xA0 || c == 0x200B || c == 0xFEFF) continue;
            Token t;
            t.span = {static_cast<uint32_t>(start + cp_start), static_cast<uint32_t>(start + i)};
            t.kind = u_ispunct(c) ? TokenKind::kPunct : TokenKind::kSymbol;
            t.sentence = sidx;
            t.space_before = t.span.begin > last_end;
            article.tokens.push_back(t);
            last_end = t.span.end;
          }
        }
        start = wb;
        wb = its.word->next();
      }
      sent.end_token = static_cast<uint32_t>(article.tokens.size());
      article.sentences.push_back(sent);
    }
  }
  utext_close(ut);
}

}  // namespace kronika
