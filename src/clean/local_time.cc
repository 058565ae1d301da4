#include "clean/local_time.h"

#include <cstdlib>

#include <fmt/format.h>

namespace kronika::clean {
namespace {

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
int64_t DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

}  // namespace

bool ValidDate(int year, int month, int day) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year != 0 && (year < 1900 || year > 2100)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  int max = kDays[month - 1];
  if (month == 2 && (year == 0 || IsLeap(year))) max = 29;
  return day <= max;
}

std::optional<int> ParseFixedOffset(std::string_view s) {
  if (s.starts_with("UTC") || s.starts_with("GMT")) s.remove_prefix(3);
  if (s.empty() || (s[0] != '+' && s[0] != '-')) return std::nullopt;
  int sign = s[0] == '-' ? -1 : 1;
  s.remove_prefix(1);
  int hours = 0, minutes = 0, digits = 0;
  size_t i = 0;
  for (; i < s.size() && s[i] >= '0' && s[i] <= '9' && digits < 2; ++i, ++digits) hours = hours * 10 + (s[i] - '0');
  if (digits == 0) return std::nullopt;
  if (i < s.size() && s[i] == ':') ++i;
  if (i < s.size()) {
    if (s.size() - i != 2 || s[i] < '0' || s[i] > '5' || s[i + 1] < '0' || s[i + 1] > '9') return std::nullopt;
    minutes = (s[i] - '0') * 10 + (s[i + 1] - '0');
  }
  if (hours > 14) return std::nullopt;
  return sign * (hours * 60 + minutes);
}

std::optional<int> OffsetMinutes(const ZoneRef& zone, const CivilDate& date, const ClockTime& time) {
  if (!zone.tz) return zone.fixed_minutes;
  if (!date.complete()) return std::nullopt;
  // Local wall time expressed as if it were UTC milliseconds; getOffset with
  // local=true interprets it as wall time in the zone.
  UDate local = static_cast<UDate>(DaysFromCivil(date.year, date.month, date.day)) * U_MILLIS_PER_DAY +
                (time.hour * 3600.0 + time.minute * 60.0 + time.second) * 1000.0;
  int32_t raw = 0, dst = 0;
  UErrorCode status = U_ZERO_ERROR;
  zone.tz->getOffset(local, true, raw, dst, status);
  if (U_FAILURE(status)) return std::nullopt;
  return (raw + dst) / 60000;
}

std::string FormatIso8601(const CivilDate& date, const ClockTime& time, int offset_minutes) {
  char sign = offset_minutes < 0 ? '-' : '+';
  int off = std::abs(offset_minutes);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{}{:02}:{:02}", date.year, date.month, date.day, time.hour,
                     time.minute, time.second, sign, off / 60, off % 60);
}

}  // namespace kronika::clean
