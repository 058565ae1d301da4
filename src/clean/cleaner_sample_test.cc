// The reference article of DESIGN.md, checked against the hand-made
// expectations beside it. Both files are read at run time from
// KRONIKA_SHARED_DIR (nothing of them is copied into the repository); the
// test is skipped when that folder is absent.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "clean/clean_test_util.h"
#include "clean/cleaner.h"
#include "core/utf8.h"

#ifndef KRONIKA_SHARED_DIR
#define KRONIKA_SHARED_DIR "/work/shared"
#endif

namespace kronika {
namespace {

constexpr const char* kStem = KRONIKA_SHARED_DIR "/samples/sl/sta-2023-09-11-kim-putin-vladivostok";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// [start, end] in code points, as the expected JSON writes spans.
using CpSpan = std::array<uint32_t, 2>;

CpSpan ToCodePoints(const CodePointIndex& cp, Span s) { return {cp(s.begin), cp(s.end)}; }

std::vector<CpSpan> ToCodePoints(const CodePointIndex& cp, const std::vector<Span>& spans) {
  std::vector<CpSpan> out;
  for (Span s : spans) out.push_back(ToCodePoints(cp, s));
  return out;
}

TEST(CleanReferenceArticle, MatchesHandCheckedSpans) {
  std::string txt = std::string(kStem) + ".txt";
  std::string json = std::string(kStem) + ".expected.json";
  if (!std::filesystem::exists(txt) || !std::filesystem::exists(json)) {
    GTEST_SKIP() << "reference article not found at " << txt << " (KRONIKA_SHARED_DIR=" KRONIKA_SHARED_DIR
                 << "); the shared folder is optional";
  }
  Article a;
  a.text = ReadFile(txt);
  ASSERT_FALSE(a.text.empty());
  auto expected = nlohmann::json::parse(ReadFile(json), nullptr, /*allow_exceptions=*/false);
  ASSERT_FALSE(expected.is_discarded()) << json << ": not valid JSON";

  Clean(clean::TestRules(), a);
  CodePointIndex cp(a.text);

  ASSERT_TRUE(a.layout.header);
  EXPECT_EQ(ToCodePoints(cp, *a.layout.header), expected["header_span"].get<CpSpan>());
  ASSERT_TRUE(a.layout.title);
  EXPECT_EQ(ToCodePoints(cp, *a.layout.title), expected["title_span"].get<CpSpan>());
  EXPECT_EQ(a.meta.title, expected["title"].get<std::string>());
  EXPECT_EQ(a.meta.published, "2023-09-11T13:55:00+02:00");
  EXPECT_EQ(a.meta.published, expected["published"].get<std::string>());
  EXPECT_EQ(a.meta.agency, "STA");
  EXPECT_EQ(a.meta.agency, expected["agency"].get<std::string>());
  EXPECT_EQ(ToCodePoints(cp, a.layout.boilerplate), expected["boilerplate"].get<std::vector<CpSpan>>());
  EXPECT_EQ(ToCodePoints(cp, a.layout.subheadings), expected["subheadings"].get<std::vector<CpSpan>>());
  EXPECT_TRUE(a.problems.empty());

  // The caption-like first paragraph is a paragraph (never boilerplate).
  if (expected.contains("caption_or_lead")) {
    ASSERT_FALSE(a.layout.paragraphs.empty());
    EXPECT_EQ(ToCodePoints(cp, a.layout.paragraphs[0]), expected["caption_or_lead"].get<CpSpan>());
  }
  // Names that only occur in boilerplate are inside it, never in a paragraph.
  for (const auto& name : expected.value("must_not_find", nlohmann::json::array())) {
    std::string n = name.get<std::string>();
    for (Span p : a.layout.paragraphs) EXPECT_EQ(a.view(p).find(n), std::string_view::npos) << n;
    for (Span s : a.layout.subheadings) EXPECT_EQ(a.view(s).find(n), std::string_view::npos) << n;
  }
  // Every paragraph and subheading is trimmed and outside boilerplate.
  for (Span p : a.layout.paragraphs) {
    EXPECT_FALSE(a.in_boilerplate(p));
    EXPECT_NE(a.text[p.begin], ' ');
    EXPECT_NE(a.text[p.end - 1], '\n');
  }
}

}  // namespace
}  // namespace kronika
