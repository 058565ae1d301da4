#include "events/event_dates.h"

#include <gtest/gtest.h>

namespace kronika {
namespace {

using namespace std::chrono;

// The reference article was published on Monday 11 September 2023.
const std::optional<year_month_day> kMonday = year_month_day{year{2023}, month{9}, day{11}};

EventDate Date(const TimeExpression& te, bool future, int count = 1, std::optional<int> y = std::nullopt,
               std::optional<unsigned> d = std::nullopt) {
  return DateOf(TimeReading{&te, count, y, d}, kMonday, future);
}

TEST(EventDates, DaysAndWeekdaysFollowTheTense) {
  EXPECT_EQ(Date({"offset_days", -1, "day", ""}, false).date, "2023-09-10");  // včeraj
  // "v sredo": the coming Wednesday for a planned meeting, the last one for a past event.
  EXPECT_EQ(Date({"weekday", 3, "day", ""}, true).date, "2023-09-13");
  EXPECT_EQ(Date({"weekday", 3, "day", ""}, false).date, "2023-09-06");
  // "v ponedeljek" in a Monday article: today for what happened, next week for what will.
  EXPECT_EQ(Date({"weekday", 1, "day", ""}, true).date, "2023-09-18");
  EXPECT_EQ(Date({"weekday", 1, "day", ""}, false).date, "2023-09-11");
  EXPECT_EQ(Date({"weekday", 7, "day", ""}, false).date, "2023-09-10");  // "v nedeljo", past
}

TEST(EventDates, WeeksMonthsYears) {
  EventDate last_week = Date({"offset_weeks", -1, "week", ""}, false);
  EXPECT_EQ(last_week.date, "2023-09-04");  // the Monday of the week before
  EXPECT_EQ(last_week.precision, "week");
  EXPECT_EQ(Date({"offset_weeks", 0, "week", "weekend"}, false).date, "2023-09-09");  // "konec tedna", past
  EXPECT_EQ(Date({"offset_weeks", 0, "week", "weekend"}, true).date, "2023-09-16");   // ... planned
  EXPECT_EQ(Date({"offset_weeks", -1, "week", "end"}, false).date, "2023-09-08");     // "konec prejšnjega tedna"
  EventDate last_month = Date({"offset_months", -1, "month", ""}, false);
  EXPECT_EQ(last_month.date, "2023-08");
  EXPECT_EQ(last_month.precision, "month");
  EXPECT_EQ(Date({"offset_years", 1, "year", ""}, true).date, "2024");
}

TEST(EventDates, CountsAgoAndAhead) {
  EXPECT_EQ(Date({"ago", -1, "year", ""}, false, 75).date, "1948");  // "pred 75 leti"
  EXPECT_EQ(Date({"ago", 1, "day", ""}, true, 3).date, "2023-09-14");  // "čez tri dni"
  EXPECT_EQ(Date({"ago", -1, "month", ""}, false, 2).date, "2023-07");
}

TEST(EventDates, MonthNamesWithAndWithoutYearAndDay) {
  TimeExpression september{"month_name", 9, "month", ""}, december{"month_name", 12, "month", ""},
      march{"month_name", 3, "month", ""};
  EXPECT_EQ(Date(september, false, 1, std::nullopt, 13u).date, "2023-09-13");  // "13. septembra"
  EXPECT_EQ(Date(september, false, 1, 2019).date, "2019-09");
  // No year: the nearest such month in the tense's direction.
  EXPECT_EQ(Date(december, false).date, "2022-12");
  EXPECT_EQ(Date(march, true).date, "2024-03");
  EXPECT_EQ(Date(march, false).date, "2023-03");
  EXPECT_TRUE(Date(september, false, 1, 2023, 31u).date == "2023-09");  // no 31 September: the month
  EXPECT_EQ(Date({"year_prefix", 0, "year", ""}, false, 1, 2019).date, "2019");
  EXPECT_TRUE(Date({"year_prefix", 0, "year", ""}, false).date.empty());  // "leta" with no number
}

TEST(EventDates, NoPublicationDateNoRelativeDate) {
  TimeExpression yesterday{"offset_days", -1, "day", ""}, september{"month_name", 9, "month", ""};
  EXPECT_TRUE(DateOf(TimeReading{&yesterday, 1, {}, {}}, std::nullopt, false).date.empty());
  EXPECT_EQ(DateOf(TimeReading{&september, 1, 2019, 1u}, std::nullopt, false).date, "2019-09-01");
}

TEST(EventDates, PublishedDay) {
  auto d = PublishedDay("2023-09-11T13:55:00+02:00");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(*d, year_month_day(year{2023}, month{9}, day{11}));
  EXPECT_FALSE(PublishedDay("2023-02-30").has_value());
  EXPECT_FALSE(PublishedDay("11. 9. 2023").has_value());
}

}  // namespace
}  // namespace kronika
