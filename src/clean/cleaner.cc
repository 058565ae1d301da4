// The clean stage (cleaner.h). How it reads an article:
//
//  1. Lines. SplitLines gives each line's content span, trimmed of every
//     kind of white space (U+00A0 included), without the LF / CRLF.
//  2. Header (header_parser.h). The first block of non-blank lines when it
//     has at most three lines and each is a header line ("By Laura Brenner"
//     above "Apr 30, 2025 09:45 PM ET"); else its first line alone; else,
//     when the first block is a single line (a title), the second block
//     under the same rule: portals often put the header under the title.
//     Either way the header must name a date or an agency.
//  3. Boilerplate. Every other non-blank line that a rule of any language
//     matches in full (boilerplate.h). Boilerplate is never title,
//     subheading or paragraph; it also ends a block.
//  4. Blocks. Runs of remaining lines with no blank, header or boilerplate
//     line between them.
//  5. Title. The first block, when it is one line of at most 300 code
//     points, more blocks follow, it does not open with a dateline that
//     names a date or agency, and it is not several sentences ending in '.'.
//  6. Subheadings. A later block that is one line with a blank line (or the
//     text's edge) right above and below it, at most 100 code points and 12
//     words, not ending in '.', ':', ',', ';' or U+2026 (closing quotes and
//     brackets skipped), with no ". X" sentence break inside (a photo
//     caption with its credit), and followed by another block.
//  7. Paragraphs. Every other block, as one span from its first to its last
//     line. The dateline is part of its paragraph.
//  8. Dateline. At the start of the first paragraph (dateline.h); failing
//     that, of the second, where it must then name a date or an agency
//     (a photo caption often comes before the first real paragraph).
//
// Published time (meta.published), when the input gave none:
//  - from the header's first date and time; else (no date in a header)
//    from a dateline date with a year;
//  - the zone is the one the line states (BST, ET, UTC+2, ...); else the
//    default zone of the header's language (data/common/time_zones.tsv:
//    Slovenian headers are Europe/Ljubljana time, whatever the agency,
//    because the portal writes its own local time); else the zone of the
//    agency (data/common/agencies.tsv); the offset for that local date and
//    time comes from ICU, so summer and winter time are right;
//  - no zone found: published stays empty (never guessed) and a Problem
//    "published-zone-unknown" keeps what the text said;
//  - a complete date without a time: published is that date at 00:00:00
//    local time with its offset (the day is what later stages need to
//    resolve "on Wednesday"), and a Problem "published-date-only" says that
//    the time of day is not known;
//  - a date without a year: published stays empty.
// Agency (meta.agency), when the input gave none: the header's, else the
// dateline's. Title (meta.title), when the input gave none: the title line.
#include "clean/cleaner.h"

#include <fmt/format.h>

#include "clean/boilerplate.h"
#include "clean/clean_rules_impl.h"
#include "clean/dateline.h"
#include "clean/header_parser.h"
#include "clean/lines.h"
#include "core/utf8.h"

namespace kronika {
namespace {

using namespace clean;

enum class Role { kBlank, kHeader, kBoilerplate, kContent };

struct Block {
  size_t first = 0;  // line indices, inclusive
  size_t last = 0;
  bool single() const { return first == last; }
};

constexpr size_t kMaxTitleCodePoints = 300;
constexpr size_t kMaxSubheadingCodePoints = 100;
constexpr size_t kMaxSubheadingWords = 12;

// Is there a sentence end (one of `enders`, then space, then a capital)
// before the end of `s`?
bool HasInnerSentenceBreak(std::string_view s, std::string_view enders) {
  for (size_t i = 0; i + 2 < s.size(); ++i) {
    if (enders.find(s[i]) == std::string_view::npos) continue;
    size_t j = i + 1;
    if (s[j] != ' ') continue;
    while (j < s.size() && s[j] == ' ') ++j;
    if (j < s.size() && StartsUpper(s.substr(j))) return true;
  }
  return false;
}

bool EndsClause(std::string_view s) {
  char32_t c = LastSignificantCodePoint(s);
  return c == '.' || c == ':' || c == ',' || c == ';' || c == 0x2026;
}

struct TimeEvidence {
  CivilDate date;
  std::optional<ClockTime> time;
  std::optional<ZoneRef> zone;  // stated in the text
  const Agency* agency = nullptr;
  std::string lang;
  const char* where = "";       // "header" or "dateline", for messages
};

// Applies the published-time rule above. Returns "" when unknown.
std::string ResolvePublished(const CleanRules::Impl& rules, const TimeEvidence& ev, std::vector<Problem>& problems) {
  if (!ev.date.complete()) return "";
  const ZoneRef* zone = ev.zone ? &*ev.zone : nullptr;
  if (!zone && !ev.lang.empty()) zone = rules.LanguageZone(ev.lang);
  if (!zone && ev.agency) zone = &ev.agency->zone;
  ClockTime time = ev.time.value_or(ClockTime{});
  std::string local = fmt::format("{:04}-{:02}-{:02}", ev.date.year, ev.date.month, ev.date.day);
  if (ev.time) local += fmt::format(" {:02}:{:02}", time.hour, time.minute);
  if (!zone) {
    problems.push_back({"published-zone-unknown",
                        fmt::format("{} gives {} but no time zone; published left empty", ev.where, local)});
    return "";
  }
  auto offset = OffsetMinutes(*zone, ev.date, time);
  if (!offset) return "";
  if (!ev.time) {
    problems.push_back({"published-date-only",
                        fmt::format("{} gives the date {} without a time; published is 00:00 {}", ev.where, local,
                                    zone->name)});
  }
  return FormatIso8601(ev.date, time, *offset);
}

size_t NextNonBlank(const std::vector<Line>& lines, size_t i) {
  while (i < lines.size() && lines[i].blank()) ++i;
  return i;
}

// Last line of the block of non-blank lines that starts at `i`.
size_t BlockEnd(const std::vector<Line>& lines, size_t i) {
  while (i + 1 < lines.size() && !lines[i + 1].blank()) ++i;
  return i;
}

// Lines [from, to] as one header: at most three lines, each a header line,
// together naming a date or an agency.
std::optional<HeaderInfo> ParseHeaderLines(const CleanRules::Impl& rules, std::string_view text,
                                           const std::vector<Line>& lines, size_t from, size_t to,
                                           std::string_view lang) {
  if (to - from >= 3) return std::nullopt;
  std::optional<HeaderInfo> merged;
  for (size_t i = from; i <= to; ++i) {
    Span c = lines[i].content;
    auto h = ParseHeader(rules, text.substr(c.begin, c.size()), lang);
    if (!h) return std::nullopt;
    if (merged) {
      merged->Merge(*h);
    } else {
      merged = std::move(h);
    }
  }
  if (!merged || !merged->substantive()) return std::nullopt;
  return merged;
}

bool BlankOrEdge(const std::vector<Line>& lines, size_t i, int step) {
  if (step < 0 ? i == 0 : i + 1 >= lines.size()) return true;
  return lines[step < 0 ? i - 1 : i + 1].blank();
}

}  // namespace

void Clean(const CleanRules& rules, Article& a) {
  const CleanRules::Impl& impl = rules.impl();
  a.layout = Layout{};
  if (a.text.size() >= UINT32_MAX) {
    a.problems.push_back({"too-large", "text exceeds 4 GiB; not cleaned"});
    return;
  }
  const std::string_view text = a.text;
  const std::string& lang = a.meta.lang;
  std::vector<Line> lines = SplitLines(text);
  std::vector<Role> role(lines.size(), Role::kContent);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].blank()) role[i] = Role::kBlank;
  }
  auto view = [&](Span s) { return text.substr(s.begin, s.size()); };

  // 2. Header.
  std::optional<HeaderInfo> header;
  size_t first = NextNonBlank(lines, 0);
  if (first < lines.size()) {
    size_t header_first = first, header_last = first;
    header = ParseHeaderLines(impl, text, lines, first, BlockEnd(lines, first), lang);
    if (header) {
      header_last = BlockEnd(lines, first);
    } else {
      header = ParseHeaderLines(impl, text, lines, first, first, lang);
    }
    if (!header && BlockEnd(lines, first) == first) {
      size_t second = NextNonBlank(lines, first + 1);
      if (second < lines.size()) {
        header = ParseHeaderLines(impl, text, lines, second, BlockEnd(lines, second), lang);
        header_first = second;
        header_last = BlockEnd(lines, second);
      }
    }
    if (header) {
      for (size_t i = header_first; i <= header_last; ++i) role[i] = Role::kHeader;
      a.layout.header = Span{lines[header_first].content.begin, lines[header_last].content.end};
    }
  }

  // 3. Boilerplate.
  BoilerplateMatcher matcher(impl);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (role[i] != Role::kContent) continue;
    if (matcher.Match(view(lines[i].content), a.problems)) {
      role[i] = Role::kBoilerplate;
      a.layout.boilerplate.push_back(lines[i].content);
    }
  }

  // 4. Blocks.
  std::vector<Block> blocks;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (role[i] != Role::kContent) continue;
    if (i > 0 && role[i - 1] == Role::kContent && !blocks.empty()) {
      blocks.back().last = i;
    } else {
      blocks.push_back({i, i});
    }
  }
  auto block_span = [&](const Block& b) { return Span{lines[b.first].content.begin, lines[b.last].content.end}; };

  // 5. Title.
  size_t body_start = 0;
  if (blocks.size() >= 2 && blocks[0].single()) {
    std::string_view line = view(lines[blocks[0].first].content);
    bool sentences = LastSignificantCodePoint(line) == '.' && HasInnerSentenceBreak(line, ".!?");
    auto dateline = ParseDateline(impl, line, lang);
    bool wire_start = dateline && (dateline->date || !dateline->agency.empty());  // not "Better - platforma ..."
    if (CountCodePoints(line) <= kMaxTitleCodePoints && !sentences && !wire_start) {
      a.layout.title = lines[blocks[0].first].content;
      body_start = 1;
    }
  }

  // 6. and 7. Subheadings and paragraphs.
  for (size_t j = body_start; j < blocks.size(); ++j) {
    const Block& b = blocks[j];
    bool subheading = false;
    if (j >= 1 && j + 1 < blocks.size() && b.single() && BlankOrEdge(lines, b.first, -1) &&
        BlankOrEdge(lines, b.first, +1)) {
      std::string_view line = view(lines[b.first].content);
      subheading = CountCodePoints(line) <= kMaxSubheadingCodePoints && CountWords(line) <= kMaxSubheadingWords &&
                   !EndsClause(line) && !HasInnerSentenceBreak(line, ".");
    }
    (subheading ? a.layout.subheadings : a.layout.paragraphs).push_back(block_span(b));
  }

  // 8. Dateline.
  std::optional<DatelineInfo> dateline;
  for (size_t p = 0; p < a.layout.paragraphs.size() && p < 2 && !dateline; ++p) {
    Span para = a.layout.paragraphs[p];
    dateline = ParseDateline(impl, view(para), lang);
    if (dateline && p == 1 && !dateline->date && dateline->agency.empty()) dateline.reset();
    if (dateline) a.layout.dateline = Span{para.begin, para.begin + dateline->length};
  }

  // Metadata the text states, where the input gave none.
  if (a.meta.title.empty() && a.layout.title) a.meta.title = std::string(view(*a.layout.title));
  if (a.meta.agency.empty()) {
    if (header && !header->agency.empty()) {
      a.meta.agency = header->agency;
    } else if (dateline && !dateline->agency.empty()) {
      a.meta.agency = dateline->agency;
    }
  }
  if (a.meta.published.empty() && header && header->date) {
    TimeEvidence ev{*header->date, header->time, header->zone, header->agency_info,
                    header->lang.empty() ? lang : header->lang, "header"};
    a.meta.published = ResolvePublished(impl, ev, a.problems);
  }
  bool header_dated = header && header->date;
  if (a.meta.published.empty() && !header_dated && dateline && dateline->date && dateline->date->complete()) {
    TimeEvidence ev{*dateline->date, std::nullopt, std::nullopt, dateline->agency_info,
                    dateline->lang.empty() ? lang : dateline->lang, "dateline"};
    a.meta.published = ResolvePublished(impl, ev, a.problems);
  }
}

}  // namespace kronika
