// Property test: texts assembled at random from pieces that trip the clean
// stage (numbers and dots, dashes, parentheses, agency and month names,
// every kind of space, CR and LF) must always give a layout that keeps the
// invariants later stages rely on.
#include <random>

#include <gtest/gtest.h>

#include "clean/clean_test_util.h"
#include "clean/cleaner.h"
#include "clean/lines.h"
#include "core/utf8.h"

namespace kronika {
namespace {

constexpr const char* kPieces[] = {
    "11", ". ", "9", "2023", ", ", "13:55", " | ", "Vir: ", "STA", "Reuters", "(", ")", " - ", " \xE2\x80\x94 ",
    "\n", "\n\n", "\r\n", "\xC2\xA0", " ", "\t", "oktobra", "Oct", "BST", "ET", "Ljubljana", "KYIV", "Foto: ",
    "Profimedia", "Novo na Metroplay: ", "Kim Džong Un", " je odpotoval.", "?", "By ", "Published: ", "12",
    "\xEF\xBB\xBF", "\xE2\x80\x8B", "Deli", "AM", "p.m.", "UTC+", "Share this article", "\xE2\x80\x9D", ":",
};

bool OnBoundary(const std::string& text, uint32_t byte) {
  return byte >= text.size() || (static_cast<unsigned char>(text[byte]) & 0xC0) != 0x80;
}

void CheckSpan(const Article& a, Span s, const char* what) {
  ASSERT_LT(s.begin, s.end) << what;
  ASSERT_LE(s.end, a.text.size()) << what;
  ASSERT_TRUE(OnBoundary(a.text, s.begin) && OnBoundary(a.text, s.end)) << what;
  std::string_view v = a.view(s);
  // Trimmed: no space of any kind at either end, no line break at the ends.
  size_t i = 0;
  EXPECT_FALSE(clean::IsSpaceCodePoint(NextCodePoint(v, i))) << what << ": '" << v << "'";
  Span t = clean::TrimSpan(a.text, s);
  EXPECT_EQ(t, s) << what << ": '" << v << "'";
}

TEST(CleanInvariants, RandomTexts) {
  std::mt19937 rng(20230911);
  std::uniform_int_distribution<size_t> piece(0, std::size(kPieces) - 1);
  std::uniform_int_distribution<int> length(0, 60);
  for (int round = 0; round < 3000; ++round) {
    Article a;
    int n = length(rng);
    for (int k = 0; k < n; ++k) a.text += kPieces[piece(rng)];
    Clean(clean::TestRules(), a);
    SCOPED_TRACE(a.text);
    std::vector<Span> all;
    if (a.layout.header) all.push_back(*a.layout.header);
    if (a.layout.title) all.push_back(*a.layout.title);
    for (const auto* list : {&a.layout.boilerplate, &a.layout.paragraphs, &a.layout.subheadings}) {
      for (size_t k = 0; k < list->size(); ++k) {
        if (k > 0) {
          EXPECT_LE((*list)[k - 1].end, (*list)[k].begin) << "not in text order";
        }
        all.push_back((*list)[k]);
      }
    }
    for (Span s : all) CheckSpan(a, s, "span");
    // Header, title, boilerplate, paragraphs and subheadings never overlap.
    for (size_t x = 0; x < all.size(); ++x) {
      for (size_t y = x + 1; y < all.size(); ++y) EXPECT_FALSE(all[x].overlaps(all[y]));
    }
    if (a.layout.dateline) {
      CheckSpan(a, *a.layout.dateline, "dateline");
      bool inside = false;
      for (Span p : a.layout.paragraphs) inside = inside || (p.contains(*a.layout.dateline) && p.begin == a.layout.dateline->begin);
      EXPECT_TRUE(inside) << "dateline must open a paragraph";
    }
    if (!a.meta.published.empty()) {
      EXPECT_EQ(a.meta.published.size(), 25u) << a.meta.published;
    }
    if (::testing::Test::HasFailure()) return;
  }
}

}  // namespace
}  // namespace kronika
