#include "clean/lines.h"

#include <gtest/gtest.h>

namespace kronika::clean {
namespace {

std::string_view Content(std::string_view text, const Line& l) {
  return text.substr(l.content.begin, l.content.size());
}

TEST(CleanLines, SplitsLfAndCrlf) {
  std::string text = "one\r\ntwo\n\nthree";
  auto lines = SplitLines(text);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(Content(text, lines[0]), "one");
  EXPECT_EQ(lines[0].full, (Span{0, 3}));  // the CR is part of the break
  EXPECT_EQ(Content(text, lines[1]), "two");
  EXPECT_TRUE(lines[2].blank());
  EXPECT_EQ(Content(text, lines[3]), "three");
}

TEST(CleanLines, TrailingNewlineMakesNoEmptyLine) {
  EXPECT_EQ(SplitLines("a\n").size(), 1u);
  EXPECT_TRUE(SplitLines("").empty());
}

TEST(CleanLines, TrimsUnicodeSpaces) {
  // U+00A0, U+2003 em space, tab, U+202F, U+FEFF (BOM) around the text.
  std::string text = "\xEF\xBB\xBF\xC2\xA0 Kim\xC2\xA0\xC4\x90ong\t\xE2\x80\x83\xE2\x80\xAF\r\n";
  auto lines = SplitLines(text);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(Content(text, lines[0]), "Kim\xC2\xA0\xC4\x90ong");  // inner no-break space stays
}

TEST(CleanLines, AllSpaceLineIsBlank) {
  std::string text = "\xC2\xA0\t \xE2\x80\x8B\nx";
  auto lines = SplitLines(text);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_TRUE(lines[0].blank());
  EXPECT_FALSE(lines[1].blank());
}

TEST(CleanLines, Measures) {
  EXPECT_EQ(CountCodePoints("Džong"), 5u);
  EXPECT_EQ(CountWords("  Potoval naj bi\xC2\xA0z vlakom "), 5u);
  EXPECT_EQ(CountWords(""), 0u);
  EXPECT_EQ(LastSignificantCodePoint("je dejal.\xE2\x80\x9D"), U'.');
  EXPECT_EQ(LastSignificantCodePoint("Kaj zdaj?"), U'?');
  EXPECT_EQ(LastSignificantCodePoint("\"\""), 0u);
}

}  // namespace
}  // namespace kronika::clean
