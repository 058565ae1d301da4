#include "entities/name_guesser.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "core/tsv.h"

namespace kronika {
namespace {

TEST(NameGuesser, EveryDeclensionExampleYieldsItsBaseForm) {
  std::string dir = DefaultDataDir() + "/sl/";
  auto g = NameGuesser::Load(dir + "name_endings.tsv", false);
  ASSERT_TRUE(g.ok()) << g.status().message();
  auto examples = TsvFile::Read(dir + "name_endings_examples.tsv", {"form", "base"});
  ASSERT_TRUE(examples.ok()) << examples.status().message();
  ASSERT_GE(examples->rows().size(), 100u);
  for (const auto& row : examples->rows()) {
    std::string form = examples->get(row, "form"), base = examples->get(row, "base");
    // Multiword names inflect on their last word.
    size_t sp = form.rfind(' ');
    std::string last = sp == std::string::npos ? form : form.substr(sp + 1);
    std::string base_last = base.substr(base.rfind(' ') == std::string::npos ? 0 : base.rfind(' ') + 1);
    auto cands = g->Guess(last);
    bool ok = last == base_last || std::find(cands.begin(), cands.end(), base_last) != cands.end();
    EXPECT_TRUE(ok) << examples->where(row) << ": " << form << " -> " << base << " not among "
                    << ::testing::PrintToString(cands);
  }
}

TEST(NameGuesser, RulesAreAppliedLongestSuffixFirstWithoutDuplicates) {
  auto tsv_path = ::testing::TempDir() + "/endings.tsv";
  {
    std::FILE* f = std::fopen(tsv_path.c_str(), "w");
    std::fputs("suffix\treplacement\na\t\nla\tl\nu\t\nju\tj\n", f);
    std::fclose(f);
  }
  auto g = NameGuesser::Load(tsv_path, false);
  ASSERT_TRUE(g.ok());
  EXPECT_EQ(g->Guess("Laosa"), (std::vector<std::string>{"Laos"}));
  // "ju" -> "j" and "u" -> "" give the same stem: listed once.
  EXPECT_EQ(g->Guess("Kremlju"), (std::vector<std::string>{"Kremlj"}));
  EXPECT_TRUE(g->Guess("a").empty());   // no stem shorter than two code points
  EXPECT_TRUE(g->Guess("Ža").empty());
  auto missing = NameGuesser::Load("/nonexistent/endings.tsv", true);
  ASSERT_TRUE(missing.ok());
  EXPECT_EQ(missing->rules(), 0u);
  EXPECT_FALSE(NameGuesser::Load("/nonexistent/endings.tsv", false).ok());
}

}  // namespace
}  // namespace kronika
