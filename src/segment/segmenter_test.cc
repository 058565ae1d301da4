#include "segment/segmenter.h"

#include <gtest/gtest.h>

#include "core/tsv.h"

namespace kronika {
namespace {

const Segmenter& Seg() {
  static auto s = Segmenter::Load(DefaultDataDir());
  EXPECT_TRUE(s.ok()) << s.status().message();
  return **s;
}

std::vector<std::string> Sentences(const std::string& text, const std::string& lang) {
  Article a;
  a.text = text;
  a.meta.lang = lang;
  a.layout.paragraphs.push_back({0, static_cast<uint32_t>(text.size())});
  Seg().Segment(a);
  std::vector<std::string> out;
  for (const auto& s : a.sentences) out.emplace_back(a.view(s.span));
  return out;
}

TEST(Segmenter, SlovenianDatesAndOrdinalsStayInTheirSentence) {
  auto s = Sentences("Sestala sta se 11. 9. 2023 v Vladivostoku. Srečanje bo 13. septembra. Kremelj molči.", "sl");
  ASSERT_EQ(s.size(), 3u) << ::testing::PrintToString(s);
  EXPECT_EQ(s[0], "Sestala sta se 11. 9. 2023 v Vladivostoku.");
  EXPECT_EQ(s[1], "Srečanje bo 13. septembra.");
}

TEST(Segmenter, AbbreviationsDoNotEndSentences) {
  auto s = Sentences("Govoril je dr. Novak, t. i. strokovnjak. Npr. Rusija. Nato je odšel.", "sl");
  ASSERT_EQ(s.size(), 3u) << ::testing::PrintToString(s);
  EXPECT_EQ(s[0], "Govoril je dr. Novak, t. i. strokovnjak.");
}

TEST(Segmenter, EnglishTitlesAndInitials) {
  auto s = Sentences("Mr. Blinken met Gen. Milley in Washington. J. F. Kennedy was there too. It rained.", "en");
  ASSERT_EQ(s.size(), 3u) << ::testing::PrintToString(s);
  EXPECT_EQ(s[0], "Mr. Blinken met Gen. Milley in Washington.");
}

TEST(Segmenter, TokensAreByteSpansAndNoBreakSpaceSeparates) {
  Article a;
  a.text = "Kim Džong\xC2\xA0Un (covida-19).";
  a.meta.lang = "sl";
  a.layout.paragraphs.push_back({0, static_cast<uint32_t>(a.text.size())});
  Seg().Segment(a);
  std::vector<std::string> toks;
  for (const auto& t : a.tokens) toks.emplace_back(a.view(t.span));
  EXPECT_EQ(toks, (std::vector<std::string>{"Kim", "Džong", "Un", "(", "covida", "-", "19", ")", "."}));
  EXPECT_EQ(a.tokens[6].kind, TokenKind::kNumber);
  EXPECT_EQ(a.tokens[3].kind, TokenKind::kPunct);
  EXPECT_TRUE(a.tokens[2].space_before);   // the no-break space
  EXPECT_FALSE(a.tokens[4].space_before);  // "(covida"
}

TEST(Segmenter, OnlyLayoutUnitsAreSegmented) {
  Article a;
  a.text = "Header line\n\nBody one. Body two.\n\nPromo line";
  a.meta.lang = "en";
  a.layout.paragraphs.push_back({13, 32});
  Seg().Segment(a);
  ASSERT_EQ(a.sentences.size(), 2u);
  EXPECT_EQ(a.view(a.sentences[1].span), "Body two.");
  for (const auto& t : a.tokens) EXPECT_TRUE(t.span.begin >= 13 && t.span.end <= 32);
}

}  // namespace
}  // namespace kronika
