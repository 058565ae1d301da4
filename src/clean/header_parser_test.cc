#include "clean/header_parser.h"

#include <gtest/gtest.h>

#include "clean/clean_test_util.h"

namespace kronika::clean {
namespace {

std::optional<HeaderInfo> Parse(std::string_view line, std::string_view lang = "") {
  return ParseHeader(TestImpl(), line, lang);
}

void ExpectDate(const HeaderInfo& h, int y, int m, int d) {
  ASSERT_TRUE(h.date);
  EXPECT_EQ(h.date->year, y);
  EXPECT_EQ(h.date->month, m);
  EXPECT_EQ(h.date->day, d);
}

void ExpectTime(const HeaderInfo& h, int hour, int minute) {
  ASSERT_TRUE(h.time);
  EXPECT_EQ(h.time->hour, hour);
  EXPECT_EQ(h.time->minute, minute);
}

TEST(CleanHeader, SlovenianNumericDateTimeAndSource) {
  auto h = Parse("11. 9. 2023, 13:55 | Vir: STA");
  ASSERT_TRUE(h);
  ExpectDate(*h, 2023, 9, 11);
  ExpectTime(*h, 13, 55);
  EXPECT_EQ(h->agency, "STA");
  ASSERT_NE(h->agency_info, nullptr);
  EXPECT_EQ(h->agency_info->country, "SVN");
  EXPECT_EQ(h->lang, "sl");
  EXPECT_FALSE(h->zone);
}

TEST(CleanHeader, SlovenianVariants) {
  auto h = Parse("Objavljeno: ponedeljek, 12. oktobra 2023 ob 9.41");
  ASSERT_TRUE(h);
  ExpectDate(*h, 2023, 10, 12);
  ExpectTime(*h, 9, 41);
  EXPECT_EQ(h->lang, "sl");
  h = Parse("11.9.2023 13:55");
  ASSERT_TRUE(h);
  ExpectDate(*h, 2023, 9, 11);
  h = Parse("Vir: STA, Reuters");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->agency, "STA, Reuters");
  h = Parse("Vir: Hina in STA");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->agency, "Hina, STA");
  h = Parse("Vir: Lokalni časopis");  // unknown source: kept as written
  ASSERT_TRUE(h);
  EXPECT_EQ(h->agency, "Lokalni časopis");
  EXPECT_EQ(h->agency_info, nullptr);
}

TEST(CleanHeader, EnglishForms) {
  auto h = Parse("Published: 12 October 2023 09:41 BST");
  ASSERT_TRUE(h);
  ExpectDate(*h, 2023, 10, 12);
  ExpectTime(*h, 9, 41);
  ASSERT_TRUE(h->zone);
  EXPECT_EQ(h->zone->fixed_minutes, 60);
  EXPECT_EQ(h->lang, "en");

  h = Parse("Oct 12, 2023 10:15 AM ET");
  ASSERT_TRUE(h);
  ExpectDate(*h, 2023, 10, 12);
  ExpectTime(*h, 10, 15);
  ASSERT_TRUE(h->zone);
  EXPECT_NE(h->zone->tz, nullptr);

  h = Parse("Updated 12 October 2023");
  ASSERT_TRUE(h);
  ExpectDate(*h, 2023, 10, 12);
  EXPECT_FALSE(h->time);

  h = Parse("By Jane Doe | Reuters");
  ASSERT_TRUE(h);
  EXPECT_FALSE(h->date);
  EXPECT_EQ(h->agency, "Reuters");

  h = Parse("Mon 11 Sep 2023 13.55 BST");  // The Guardian's form
  ASSERT_TRUE(h);
  ExpectTime(*h, 13, 55);

  h = Parse("Sept. 11, 2023 at 7:05 p.m. EDT");
  ASSERT_TRUE(h);
  ExpectDate(*h, 2023, 9, 11);
  ExpectTime(*h, 19, 5);
  EXPECT_EQ(h->zone->fixed_minutes, -240);

  h = Parse("2023-09-11T13:55 UTC+2 (Associated Press)");
  ASSERT_TRUE(h);
  ExpectTime(*h, 13, 55);
  EXPECT_EQ(h->zone->fixed_minutes, 120);
  EXPECT_EQ(h->agency, "AP");

  h = Parse("12:00 AM Oct 1, 2023");
  ASSERT_TRUE(h);
  ExpectTime(*h, 0, 0);
}

TEST(CleanHeader, RejectsOrdinaryLines) {
  EXPECT_FALSE(Parse(""));
  EXPECT_FALSE(Parse("Srečanje dveh zloglasnih voditeljev: Putin naj bi dobil orožje"));
  EXPECT_FALSE(Parse("Profimedia"));
  EXPECT_FALSE(Parse("Vir:"));
  EXPECT_FALSE(Parse("32. 13. 2023"));    // no such date
  EXPECT_FALSE(Parse("Oct 12, 2023 25:15"));
  EXPECT_FALSE(Parse("13:15 PM Oct 12, 2023"));
  EXPECT_FALSE(Parse("Putin in Kim 11. 9. 2023"));
  EXPECT_FALSE(Parse(std::string(210, '1')));
}

TEST(CleanHeader, PartialLinesAreNotSubstantive) {
  // Lines that may belong to a header block but are no header alone.
  auto h = Parse("By the sea");
  ASSERT_TRUE(h);
  EXPECT_TRUE(h->author);
  EXPECT_FALSE(h->substantive());
  h = Parse("13:55");
  ASSERT_TRUE(h);
  EXPECT_FALSE(h->substantive());
  h = Parse("By Laura Brenner");
  ASSERT_TRUE(h);
  auto second = Parse("Apr 30, 2025 09:45 PM ET");
  ASSERT_TRUE(second);
  h->Merge(*second);
  EXPECT_TRUE(h->substantive());
  ExpectDate(*h, 2025, 4, 30);
  ExpectTime(*h, 21, 45);
  EXPECT_TRUE(h->zone);
}

TEST(CleanHeader, ResolveAgency) {
  EXPECT_EQ(ResolveAgency(TestImpl(), "Agence France-Presse").name, "AFP");
  EXPECT_EQ(ResolveAgency(TestImpl(), "reuters").name, "Reuters");
  EXPECT_EQ(ResolveAgency(TestImpl(), "STA/Reuters").name, "STA, Reuters");
  AgencyRef unknown = ResolveAgency(TestImpl(), "  Novice d.o.o. ");
  EXPECT_FALSE(unknown.known);
  EXPECT_EQ(unknown.name, "Novice d.o.o.");
  EXPECT_EQ(ResolveAgency(TestImpl(), "").name, "");
}

}  // namespace
}  // namespace kronika::clean
