#include "core/utf8.h"

#include <gtest/gtest.h>

namespace kronika {
namespace {

TEST(RepairUtf8, KeepsValidText) {
  auto r = RepairUtf8("Kim Džong\xC2\xA0Un");
  EXPECT_EQ(r.invalid_sequences, 0u);
  EXPECT_EQ(r.text, "Kim Džong\xC2\xA0Un");
}

TEST(RepairUtf8, ReplacesEachBadSequenceAndReportsTheFirst) {
  auto r = RepairUtf8(std::string("ab\xFF" "c\xC3", 5));
  EXPECT_EQ(r.invalid_sequences, 2u);
  EXPECT_EQ(r.first_invalid_byte, 2u);
  EXPECT_EQ(r.text, "ab\xEF\xBF\xBD" "c\xEF\xBF\xBD");
}

TEST(RepairUtf8, RejectsOverlongAndSurrogates) {
  auto r = RepairUtf8("\xC0\xAF \xED\xA0\x80");
  EXPECT_GE(r.invalid_sequences, 2u);
  EXPECT_EQ(r.text.find('\xC0'), std::string::npos);
}

TEST(LooksBinary, NulOrManyControlsAreBinary) {
  EXPECT_TRUE(LooksBinary(std::string("abc\0def", 7)));
  EXPECT_TRUE(LooksBinary("\x01\x02\x03\x04\x05 text"));
  EXPECT_FALSE(LooksBinary("Rusija in Kitajska.\n\tNovo\r\n"));
}

TEST(CodePointIndex, CountsCodePointsNotBytes) {
  std::string s = "Srečanje ž";  // č and ž are two bytes each
  CodePointIndex cp(s);
  EXPECT_EQ(cp.length(), 10u);
  EXPECT_EQ(cp(0), 0u);
  EXPECT_EQ(cp(5), 4u);  // after "Sreč"
  EXPECT_EQ(cp(static_cast<uint32_t>(s.size())), 10u);
}

TEST(CodePointIndex, WorksAcrossBlocks) {
  std::string s;
  for (int i = 0; i < 100; ++i) s += "č";
  CodePointIndex cp(s);
  EXPECT_EQ(cp(130), 65u);
  EXPECT_EQ(cp.length(), 100u);
}

TEST(FoldForMatch, FoldsCaseSpacesAndApostrophes) {
  EXPECT_EQ(FoldForMatch("ŠKRLEC"), "škrlec");
  EXPECT_EQ(FoldForMatch("Kim\xC2\xA0" "Džong"), "kim džong");
  EXPECT_EQ(FoldForMatch("Russia’s"), "russia's");
  EXPECT_EQ(FoldForMatch("Vla\xC2\xAD" "divostok"), "vladivostok");
}

TEST(Case, StartsUpperAndAllUpper) {
  EXPECT_TRUE(StartsUpper("Čile"));
  EXPECT_FALSE(StartsUpper("čile"));
  EXPECT_FALSE(StartsUpper(""));
  EXPECT_TRUE(AllUpper("ZDA"));
  EXPECT_FALSE(AllUpper("ZDa"));
  EXPECT_FALSE(AllUpper("123"));
}

}  // namespace
}  // namespace kronika
