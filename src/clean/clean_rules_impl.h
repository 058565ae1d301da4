// CleanRules::Impl: the rule tables of the clean stage, read once from data/
// by CleanRules::Load (clean_rules.cc).
//
//   data/<lang>/boilerplate.tsv   kind, pattern, note: ICU regular expressions
//                                 matched case-insensitively against a whole
//                                 trimmed line. Every language's rules apply.
//   data/<lang>/months.tsv        name, number, kind: month (1-12) and weekday
//                                 (1 = Monday ... 7) names and abbreviations.
//   data/common/agencies.tsv      agency, aliases ('|'-separated), timezone
//                                 (IANA), country (ISO 3166-1 alpha-3).
//   data/common/time_zones.tsv    kind, name, zone, note: an "abbreviation"
//                                 row maps e.g. BST to "+01:00" or ET to
//                                 "America/New_York"; a "language" row names
//                                 the zone of a language's headers when they
//                                 state none (sl -> Europe/Ljubljana).
//
// Lookups fold case (FoldForMatch) except zone abbreviations, which match
// exactly ("ET" yes, "et" no).
//
// Thread-safety: immutable after Load. icu::RegexPattern is safe to share;
// each caller makes its own RegexMatcher (see boilerplate.h). The
// icu::TimeZone objects are only used through const getOffset.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <unicode/regex.h>
#include <unicode/timezone.h>

#include "clean/cleaner.h"
#include "clean/local_time.h"

namespace kronika::clean {

struct BoilerplateRule {
  std::string kind;     // credit, promo, share, cookie, byline, ad, copyright, nav
  std::string lang;     // folder the rule came from
  std::string where;    // "path:line", for messages
  std::unique_ptr<icu::RegexPattern> regex;
};

struct CalendarWord {
  std::string lang;
  int number = 0;        // month 1-12 or weekday 1-7
  bool weekday = false;
};

struct Agency {
  std::string name;      // canonical, as written in the agency column
  std::string country;   // ISO 3166-1 alpha-3
  ZoneRef zone;
};

// Lower-cased lookup key: FoldForMatch, runs of spaces collapsed to one,
// trimmed.
std::string NormalizeKey(std::string_view s);

}  // namespace kronika::clean

namespace kronika {

struct CleanRules::Impl {
  std::vector<clean::BoilerplateRule> boilerplate;
  std::unordered_map<std::string, std::vector<clean::CalendarWord>> calendar;  // key: NormalizeKey(name)
  std::vector<clean::Agency> agencies;
  std::unordered_map<std::string, size_t> agency_by_alias;  // key: NormalizeKey(alias)
  std::unordered_map<std::string, clean::ZoneRef> zone_by_abbreviation;
  std::unordered_map<std::string, clean::ZoneRef> zone_by_language;
  std::map<std::string, std::unique_ptr<icu::TimeZone>> icu_zones;  // owns the zones, by IANA id

  // Month or weekday named by `word` (no trailing dot); entries of
  // `prefer_lang` win when the same word exists in several languages.
  const clean::CalendarWord* FindCalendarWord(std::string_view word, bool weekday,
                                              std::string_view prefer_lang) const;
  // Agency whose name or alias is exactly `text` (after NormalizeKey).
  const clean::Agency* FindAgency(std::string_view text) const;
  const clean::ZoneRef* FindZoneAbbreviation(std::string_view abbreviation) const;
  const clean::ZoneRef* LanguageZone(std::string_view lang) const;
};

}  // namespace kronika
