#include "events/event_dates.h"

#include <cstdlib>

#include <fmt/format.h>

#include "core/utf8.h"

namespace kronika {
namespace {

using namespace std::chrono;

std::string Day(sys_days d) {
  year_month_day ymd{d};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                     static_cast<unsigned>(ymd.day()));
}

// The day that stands for `part` of the week that holds `d`: its Monday, or
// Wednesday (middle), Friday (end), Saturday (weekend).
sys_days WeekDay(sys_days d, const std::string& part) {
  sys_days monday = d - (weekday{d} - Monday);
  if (part == "weekend") return monday + days{5};
  if (part == "end") return monday + days{4};
  if (part == "middle") return monday + days{2};
  return monday;
}

// A number written in digits or in words ("75", "dveh", "two").
std::optional<int> NumberAt(const Article& a, const EventLexicon::Lang& lang, TokenKeys& keys, uint32_t t) {
  const Token& tok = a.tokens[t];
  std::string_view s = a.view(tok.span);
  if (tok.kind == TokenKind::kNumber) {
    if (s.empty() || s.size() > 4 || s.find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
    return std::atoi(std::string(s).c_str());
  }
  auto it = lang.number_words.find(keys.surface(t));
  if (it == lang.number_words.end()) return std::nullopt;
  return it->second;
}

bool WordsAt(TokenKeys& keys, const std::vector<std::string>& words, uint32_t t, uint32_t to) {
  if (t + words.size() > to) return false;
  for (size_t i = 0; i < words.size(); ++i)
    if (keys.surface(t + i) != words[i]) return false;
  return true;
}

// A day of the month (1-31) written as digits.
std::optional<unsigned> DayNumber(const Article& a, uint32_t t) {
  const Token& tok = a.tokens[t];
  if (tok.kind != TokenKind::kNumber) return std::nullopt;
  std::string_view s = a.view(tok.span);
  if (s.empty() || s.size() > 2 || s.find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
  unsigned d = std::atoi(std::string(s).c_str());
  if (d < 1 || d > 31) return std::nullopt;
  return d;
}

std::optional<int> YearNumber(const Article& a, uint32_t t) {
  const Token& tok = a.tokens[t];
  if (tok.kind != TokenKind::kNumber) return std::nullopt;
  std::string_view s = a.view(tok.span);
  if (s.size() != 4 || s.find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
  return std::atoi(std::string(s).c_str());
}

}  // namespace

std::optional<year_month_day> PublishedDay(const std::string& published) {
  if (published.size() < 10 || published[4] != '-' || published[7] != '-') return std::nullopt;
  int y = std::atoi(published.substr(0, 4).c_str());
  unsigned mo = std::atoi(published.substr(5, 2).c_str()), d = std::atoi(published.substr(8, 2).c_str());
  year_month_day ymd{year{y}, month{mo}, day{d}};
  if (!ymd.ok()) return std::nullopt;
  return ymd;
}

namespace {

EventDate DateOfReading(const TimeReading& r, std::optional<year_month_day> published, bool future);

}  // namespace

EventDate DateOf(const TimeReading& r, std::optional<year_month_day> published, bool future) {
  EventDate d = DateOfReading(r, published, future);
  if (d.date.empty() || !published) return d;
  const std::string& k = r.expression->kind;
  bool says_when = (k != "weekday" && k != "month_name") || r.year;  // "v sredo", "septembra": the tense decides
  if (!says_when) return d;
  if (k.starts_with("offset") || k == "ago") {
    d.direction = r.expression->value > 0 ? 1 : r.expression->value < 0 ? -1 : 0;
  } else {
    // Compare at the date's own precision: "2023" is neither before nor after a day in 2023.
    std::string p = fmt::format("{:04}-{:02}-{:02}", static_cast<int>(published->year()),
                                static_cast<unsigned>(published->month()), static_cast<unsigned>(published->day()));
    std::string same = p.substr(0, d.date.size());
    d.direction = d.date > same ? 1 : d.date < same ? -1 : 0;
  }
  return d;
}

namespace {

EventDate DateOfReading(const TimeReading& r, std::optional<year_month_day> published, bool future) {
  const TimeExpression& te = *r.expression;
  const std::string& k = te.kind;
  if (k == "year_prefix") {
    if (!r.year) return {};
    return {fmt::format("{:04}", *r.year), "year"};
  }
  if (k == "month_name") {
    int y = 0;
    if (r.year) {
      y = *r.year;
    } else if (published) {
      // Without a year: the nearest such month in the direction of the tense.
      y = static_cast<int>(published->year());
      unsigned now = static_cast<unsigned>(published->month());
      if (future && static_cast<unsigned>(te.value) < now) ++y;
      if (!future && static_cast<unsigned>(te.value) > now) --y;
    }
    if (y == 0) return {};
    if (r.day) {
      year_month_day ymd{year{y}, month{static_cast<unsigned>(te.value)}, day{*r.day}};
      if (ymd.ok()) return {Day(sys_days{ymd}), "day"};
    }
    return {fmt::format("{:04}-{:02}", y, te.value), "month"};
  }
  if (!published) return {};
  const sys_days p{*published};
  if (k == "offset_days") return {Day(p + days{te.value}), "day"};
  if (k == "weekday") {
    weekday target{static_cast<unsigned>(te.value % 7)};
    int ahead = static_cast<int>((target - weekday{p}).count());  // 0..6
    // A past "on Friday" in a Friday article is that day; a future one, the next.
    sys_days d = future ? p + days{ahead == 0 ? 7 : ahead} : p - days{ahead == 0 ? 0 : 7 - ahead};
    return {Day(d), "day"};
  }
  if (k == "offset_weeks") {
    if (te.part == "weekend" && te.value == 0) {
      // The nearest weekend in the tense's direction (on a weekend: this one).
      sys_days sat = WeekDay(p, "weekend");
      if (!future && p < sat) sat -= days{7};
      return {Day(sat), "week"};
    }
    return {Day(WeekDay(p + days{7 * te.value}, te.part)), "week"};
  }
  if (k == "offset_months") {
    year_month_day d = *published + months{te.value};
    return {fmt::format("{:04}-{:02}", static_cast<int>(d.year()), static_cast<unsigned>(d.month())), "month"};
  }
  if (k == "offset_years") {
    return {fmt::format("{:04}", static_cast<int>(published->year()) + te.value), "year"};
  }
  if (k == "ago") {
    int n = te.value * r.count;
    if (te.precision == "day") return {Day(p + days{n}), "day"};
    if (te.precision == "week") return {Day(WeekDay(p + days{7 * n}, "")), "week"};
    if (te.precision == "month") {
      year_month_day d = *published + months{n};
      return {fmt::format("{:04}-{:02}", static_cast<int>(d.year()), static_cast<unsigned>(d.month())), "month"};
    }
    return {fmt::format("{:04}", static_cast<int>(published->year()) + n), "year"};
  }
  return {};
}

}  // namespace

EventDate FindEventDate(const Article& a, const EventLexicon::Lang& lang, TokenKeys& keys, uint32_t from, uint32_t to,
                        std::optional<year_month_day> published, bool future) {
  for (uint32_t u = from; u < to; ++u) {
    // Expressions with a number: "pred 75 leti", "two years ago".
    for (const auto& c : lang.counted_times) {
      if (!WordsAt(keys, c.before, u, to)) continue;
      uint32_t n = u + c.before.size();
      if (n >= to) continue;
      auto count = NumberAt(a, lang, keys, n);
      if (!count || !WordsAt(keys, c.after, n + 1, to)) continue;
      TimeReading r{&lang.time_info[c.info], *count, std::nullopt, std::nullopt};
      EventDate d = DateOf(r, published, future);
      if (!d.date.empty()) return d;
    }
    for (const auto& m : lang.times.MatchAt(keys, u, to)) {
      TimeReading r{&lang.time_info[m.payload], 1, std::nullopt, std::nullopt};
      const std::string& k = r.expression->kind;
      if (k == "year_prefix") {
        if (m.end_token < to) r.year = YearNumber(a, m.end_token);
      } else if (k == "month_name") {
        // "13. septembra 2023", "13 September", "September 13, 2023", "Sept. 13".
        uint32_t after = m.end_token;
        if (after < to && keys.surface(after) == ".") ++after;
        if (u >= 2 && keys.surface(u - 1) == ".") r.day = DayNumber(a, u - 2);
        if (!r.day && u >= 1) r.day = DayNumber(a, u - 1);
        if (!r.day && after < to) {
          if ((r.day = DayNumber(a, after))) {
            ++after;
            if (after + 1 < to && keys.surface(after) == ",") ++after;
          }
        }
        if (after < to) r.year = YearNumber(a, after);
      }
      EventDate d = DateOf(r, published, future);
      if (!d.date.empty()) return d;
    }
  }
  return {};
}

}  // namespace kronika
