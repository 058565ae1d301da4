#include "clean/local_time.h"

#include <memory>

#include <gtest/gtest.h>

namespace kronika::clean {
namespace {

TEST(CleanLocalTime, ValidDate) {
  EXPECT_TRUE(ValidDate(2024, 2, 29));
  EXPECT_FALSE(ValidDate(2023, 2, 29));
  EXPECT_TRUE(ValidDate(0, 2, 29));  // no year: could be a leap year
  EXPECT_FALSE(ValidDate(2023, 13, 1));
  EXPECT_FALSE(ValidDate(2023, 4, 31));
  EXPECT_FALSE(ValidDate(1500, 1, 1));
}

TEST(CleanLocalTime, FixedOffsets) {
  EXPECT_EQ(ParseFixedOffset("+01:00"), 60);
  EXPECT_EQ(ParseFixedOffset("-04:00"), -240);
  EXPECT_EQ(ParseFixedOffset("+05:30"), 330);
  EXPECT_EQ(ParseFixedOffset("UTC+2"), 120);
  EXPECT_EQ(ParseFixedOffset("GMT-5"), -300);
  EXPECT_EQ(ParseFixedOffset("Europe/Ljubljana"), std::nullopt);
  EXPECT_EQ(ParseFixedOffset("+"), std::nullopt);
  EXPECT_EQ(ParseFixedOffset("+01:7"), std::nullopt);
  EXPECT_EQ(ParseFixedOffset("+25"), std::nullopt);
}

TEST(CleanLocalTime, FormatsIso8601) {
  EXPECT_EQ(FormatIso8601({2023, 9, 11}, {13, 55, 0}, 120), "2023-09-11T13:55:00+02:00");
  EXPECT_EQ(FormatIso8601({2023, 10, 12}, {10, 15, 0}, -240), "2023-10-12T10:15:00-04:00");
  EXPECT_EQ(FormatIso8601({2024, 1, 5}, {0, 0, 0}, 0), "2024-01-05T00:00:00+00:00");
  EXPECT_EQ(FormatIso8601({2024, 1, 5}, {0, 0, 0}, 330), "2024-01-05T00:00:00+05:30");
}

TEST(CleanLocalTime, IcuOffsetFollowsSummerTime) {
  std::unique_ptr<icu::TimeZone> tz(icu::TimeZone::createTimeZone("Europe/Ljubljana"));
  ZoneRef z{tz.get(), 0, "Europe/Ljubljana"};
  EXPECT_EQ(OffsetMinutes(z, {2023, 9, 11}, {13, 55, 0}), 120);
  EXPECT_EQ(OffsetMinutes(z, {2024, 1, 12}, {8, 5, 0}), 60);
  // 2023-03-26: clocks go forward at 02:00; 01:30 is still winter time, 03:30 summer.
  EXPECT_EQ(OffsetMinutes(z, {2023, 3, 26}, {1, 30, 0}), 60);
  EXPECT_EQ(OffsetMinutes(z, {2023, 3, 26}, {3, 30, 0}), 120);
  EXPECT_EQ(OffsetMinutes(z, {0, 3, 26}, {3, 30, 0}), std::nullopt);  // no year
  ZoneRef fixed{nullptr, -300, "-05:00"};
  EXPECT_EQ(OffsetMinutes(fixed, {2023, 7, 1}, {}), -300);
}

}  // namespace
}  // namespace kronika::clean
