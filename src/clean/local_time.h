// Civil dates, clock times and UTC offsets for the published time that the
// clean stage reads from headers and datelines.
//
// A ZoneRef is either a fixed offset (zone abbreviations such as BST, CEST,
// EDT name one) or an IANA zone (Europe/Ljubljana, America/New_York) whose
// offset ICU computes for the local date and time, so summer and winter
// time come out right. FormatIso8601 writes "2023-09-11T13:55:00+02:00":
// seconds always, offset always as +hh:mm (never "Z").
//
// Thread-safety: pure functions. A ZoneRef points to an icu::TimeZone owned
// by CleanRules::Impl that is never modified after load; only its const
// getOffset is called, which ICU allows from many threads at once.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <unicode/timezone.h>

namespace kronika::clean {

struct CivilDate {
  int year = 0;  // 0 when the text gave no year ("12. oktobra", "Oct 12")
  int month = 0;
  int day = 0;
  bool complete() const { return year > 0; }
};

struct ClockTime {
  int hour = 0;
  int minute = 0;
  int second = 0;
};

struct ZoneRef {
  const icu::TimeZone* tz = nullptr;  // owned by CleanRules::Impl; null for a fixed offset
  int fixed_minutes = 0;              // east of UTC, used when tz is null
  std::string name;                   // "Europe/Ljubljana" or "+01:00", for messages
};

// True for a real calendar date; year 0 (unknown) accepts 29 February.
bool ValidDate(int year, int month, int day);

// "+01:00", "-04:00", "+05:30", "UTC+2", "GMT-5" -> minutes east of UTC.
std::optional<int> ParseFixedOffset(std::string_view s);

// Minutes east of UTC in `zone` at the local wall time `date` `time`
// (date must be complete). Nullopt if ICU fails.
std::optional<int> OffsetMinutes(const ZoneRef& zone, const CivilDate& date, const ClockTime& time);

// "2023-09-11T13:55:00+02:00".
std::string FormatIso8601(const CivilDate& date, const ClockTime& time, int offset_minutes);

}  // namespace kronika::clean
