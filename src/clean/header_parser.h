// ParseHeader: recognises the header line of an article, the line above the
// title that gives date, time and source, and reads what it says.
//
//   11. 9. 2023, 13:55 | Vir: STA
//   Published: 12 October 2023 09:41 BST
//   Oct 12, 2023 10:15 AM ET
//   Updated 12 October 2023
//   By Jane Doe | Reuters
//
// Grammar. The line is cut into fields at '|', U+00B7, U+2022 and dashes
// with spaces on both sides. Every token of every field must be consumed by
// one of: a label ("Published", "Updated", "Objavljeno", "ob", "at", ...,
// with an optional ':'), a weekday, a date or time (calendar_parse.h), a zone
// abbreviation from time_zones.tsv (exact case) or UTC/GMT+h, an agency from
// agencies.tsv (bare or in parentheses), "Vir:/Source: X" (the rest of the
// field is the agency) or "By/Avtor:/Piše: X" (the rest of the field is an
// author, not kept). Commas and semicolons are skipped. ParseHeader accepts
// a line of at most 200 bytes when every field parses; such a line may hold
// only an author ("By Laura Brenner") or only a time, since headers can take
// several lines. The caller decides with HeaderInfo::substantive(): a header
// (one line or a block of them) must name a date or an agency, so a title
// such as "By the sea" is never a header.
//
// Agency: a known name or alias gives the canonical name; "Vir: X" with an
// unknown X gives X as written (the text states it; nothing is invented);
// several known agencies ("STA, Reuters", "STA/Reuters") give their
// canonical names joined by ", ".
//
// Thread-safety: pure function of the rules (immutable) and the line.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "clean/clean_rules_impl.h"
#include "clean/local_time.h"

namespace kronika::clean {

struct HeaderInfo {
  std::optional<CivilDate> date;  // the first date in the line
  std::optional<ClockTime> time;  // the first time in the line
  std::optional<ZoneRef> zone;    // a zone the line states (BST, ET, UTC+2)
  std::string agency;             // canonical name, or as written; "" if none
  const Agency* agency_info = nullptr;  // the first known agency, for its zone
  std::string lang;               // language of the first language-specific word or form, or ""
  bool author = false;            // a "By ..." / "Avtor: ..." field was read

  bool substantive() const { return date.has_value() || !agency.empty(); }
  // Adds what `later` (the next line of a header block) says and this
  // header does not yet: the first date, time, zone, agency, language win.
  void Merge(const HeaderInfo& later);
};

std::optional<HeaderInfo> ParseHeader(const CleanRules::Impl& rules, std::string_view line,
                                      std::string_view prefer_lang);

struct AgencyRef {
  std::string name;                     // canonical name(s), or the text as written
  const Agency* info = nullptr;         // first known agency
  bool known = false;                   // every part is a known agency
};
// Resolves an agency as written ("STA", "Reuters", "STA/Reuters", "Hina").
AgencyRef ResolveAgency(const CleanRules::Impl& rules, std::string_view text);

}  // namespace kronika::clean
