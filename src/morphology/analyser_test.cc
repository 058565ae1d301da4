#include "morphology/analyser.h"

#include <gtest/gtest.h>

#include <thread>

namespace kronika {
namespace {

constexpr const char* kSl = "/usr/share/apertium/apertium-hbs-slv/slv-hbs.automorf.bin";
constexpr const char* kEn = "/usr/share/apertium/apertium-eng-spa/eng-spa.automorf.bin";

bool HasLemma(const std::vector<Analysis>* v, const std::string& lemma, const std::string& tag = "") {
  if (!v) return false;
  for (const auto& a : *v)
    if (a.lemma == lemma && (tag.empty() || a.has_tag(tag))) return true;
  return false;
}

TEST(ParseAnalyses, ReadsLemmasTagsAndUnknowns) {
  auto a = ParseAnalyses("^Rusijo/Rusija<np><top><f><sg><ins>/Rusija<np><top><f><sg><acc>$");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].lemma, "Rusija");
  EXPECT_EQ(a[0].tags, "np.top.f.sg.ins");
  EXPECT_TRUE(a[1].has_tag("acc"));
  EXPECT_FALSE(a[1].has_tag("ac"));
  EXPECT_TRUE(ParseAnalyses("^Putinom/*Putinom$").empty());
  auto e = ParseAnalyses("^Russia's/Russia<np><loc><sg>+'s<gen>$");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].lemma, "Russia");
  EXPECT_EQ(e[0].tags, "np.loc.sg");
  auto esc = ParseAnalyses("^a\\/b/a\\/b<n>$");
  ASSERT_EQ(esc.size(), 1u);
  EXPECT_EQ(esc[0].lemma, "a/b");
}

TEST(Analyser, SlovenianInflectedFormsHaveTheirLemma) {
  auto an = Analyser::Load("sl", kSl);
  ASSERT_TRUE(an.ok()) << an.status().message();
  auto batch = (*an)->AnalyseBatch({"Rusijo", "Koreje", "sestal", "Putinom", "odpotoval", "$^/<>"});
  ASSERT_EQ(batch.size(), 6u);
  EXPECT_TRUE(HasLemma(&batch[0], "Rusija", "acc"));
  EXPECT_TRUE(HasLemma(&batch[1], "Koreja", "gen"));
  EXPECT_TRUE(HasLemma(&batch[2], "sestati", "vblex"));
  EXPECT_TRUE(batch[3].empty());  // unknown to the analyser
  EXPECT_TRUE(HasLemma(&batch[4], "odpotovati"));
}

TEST(Analyser, CacheAnalysesEachFormOnceAndSharesAcrossThreads) {
  auto an = Analyser::Load("en", kEn);
  ASSERT_TRUE(an.ok());
  const Analyser& a = **an;
  const auto* first = a.Lookup("attacked", nullptr);
  EXPECT_TRUE(HasLemma(first, "attack", "vblex"));
  EXPECT_EQ(a.Lookup("attacked", nullptr), first);  // same cache entry
  size_t before = a.cached_forms();
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 50; ++i) EXPECT_TRUE(HasLemma(a.Lookup("met", nullptr), "meet"));
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(a.cached_forms(), before + 1);
}

TEST(Analyser, FullCacheStoresInTheArticle) {
  auto an = Analyser::Load("en", kEn, /*max_cached_forms=*/0);
  ASSERT_TRUE(an.ok());
  std::deque<std::vector<Analysis>> store;
  const auto* r = (*an)->Lookup("visited", &store);
  EXPECT_EQ(store.size(), 1u);
  EXPECT_EQ(r, &store.back());
  EXPECT_TRUE(HasLemma(r, "visit"));
  EXPECT_EQ((*an)->cached_forms(), 0u);
}

TEST(Analyser, MissingFileIsAnError) {
  auto an = Analyser::Load("xx", "/nonexistent/x.automorf.bin");
  ASSERT_FALSE(an.ok());
  EXPECT_NE(an.status().message().find("/nonexistent/x.automorf.bin"), std::string::npos);
}

}  // namespace
}  // namespace kronika
