#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "clean/clean_rules_impl.h"
#include "clean/clean_test_util.h"

namespace kronika {
namespace {

namespace fs = std::filesystem;

// A minimal data folder in a temporary directory; tests overwrite one file
// with something broken and expect Load to name file:line.
class CleanRulesLoad : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) /
           ("clean_rules_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "common");
    fs::create_directories(dir_ / "xx");
    Write("common/agencies.tsv", "agency\taliases\ttimezone\tcountry\nSTA\tSlovenska tiskovna agencija\tEurope/Ljubljana\tSVN\n");
    Write("common/time_zones.tsv", "kind\tname\tzone\tnote\nabbreviation\tBST\t+01:00\t\nlanguage\txx\tEurope/Ljubljana\t\n");
    Write("xx/boilerplate.tsv", "kind\tpattern\tnote\ncredit\tfoto:.*\t\n");
    Write("xx/months.tsv", "name\tnumber\tkind\njan.\t1\tmonth\nmon\t1\tweekday\n");
  }
  void TearDown() override { fs::remove_all(dir_); }

  void Write(const std::string& rel, const std::string& text) {
    std::ofstream(dir_ / rel, std::ios::binary) << text;
  }
  std::string Path(const std::string& rel) const { return (dir_ / rel).string(); }
  Status Load() const {
    auto r = CleanRules::Load(dir_.string());
    return r.ok() ? Status::Ok() : r.status();
  }

  fs::path dir_;
};

TEST_F(CleanRulesLoad, MinimalFolderLoads) {
  auto r = CleanRules::Load(dir_.string());
  ASSERT_TRUE(r.ok()) << r.status().message();
  const auto& impl = (*r)->impl();
  EXPECT_EQ(impl.boilerplate.size(), 1u);
  EXPECT_EQ(impl.boilerplate[0].lang, "xx");
  ASSERT_NE(impl.FindCalendarWord("JAN", false, ""), nullptr);  // stored without the dot
  EXPECT_EQ(impl.FindCalendarWord("mon", false, ""), nullptr);   // a weekday, not a month
  ASSERT_NE(impl.FindAgency("slovenska  tiskovna agencija"), nullptr);
  EXPECT_NE(impl.LanguageZone("xx"), nullptr);
}

TEST_F(CleanRulesLoad, InvalidRegexNamesFileAndLine) {
  Write("xx/boilerplate.tsv", "kind\tpattern\tnote\n# comment\ncredit\tfoto:.*\t\npromo\tpreberite (tudi\tbroken\n");
  Status s = Load();
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find(Path("xx/boilerplate.tsv") + ":4:"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("invalid regular expression"), std::string::npos) << s.message();
}

TEST_F(CleanRulesLoad, SlowRuleIsReportedNotFatal) {
  // Catastrophic backtracking: ICU's time limit stops it; the line is not boilerplate.
  Write("xx/boilerplate.tsv", "kind\tpattern\nad\t(a+)+b\ncredit\tfoto:.*\n");
  auto r = CleanRules::Load(dir_.string());
  ASSERT_TRUE(r.ok()) << r.status().message();
  Article a;
  a.text = std::string(40, 'a') + "\n\nfoto: x\n\n" + std::string(40, 'a') + "\n";
  Clean(**r, a);
  ASSERT_EQ(a.layout.boilerplate.size(), 1u);
  EXPECT_EQ(a.view(a.layout.boilerplate[0]), "foto: x");
  ASSERT_EQ(a.problems.size(), 1u);  // reported once per article
  EXPECT_EQ(a.problems[0].code, "clean-rule-timeout");
  EXPECT_NE(a.problems[0].message.find(Path("xx/boilerplate.tsv") + ":2"), std::string::npos);
}

TEST_F(CleanRulesLoad, UnknownBoilerplateKind) {
  Write("xx/boilerplate.tsv", "kind\tpattern\nbanner\tfoo\n");
  Status s = Load();
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find(Path("xx/boilerplate.tsv") + ":2: unknown kind 'banner'"), std::string::npos) << s.message();
}

TEST_F(CleanRulesLoad, MissingPatternColumn) {
  Write("xx/boilerplate.tsv", "kind\tregex\ncredit\tfoo\n");
  Status s = Load();
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("pattern"), std::string::npos) << s.message();
}

TEST_F(CleanRulesLoad, BadMonthNumber) {
  Write("xx/months.tsv", "name\tnumber\tkind\nfoo\t13\tmonth\n");
  Status s = Load();
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find(Path("xx/months.tsv") + ":2:"), std::string::npos) << s.message();
  Write("xx/months.tsv", "name\tnumber\tkind\nfoo\t1\tseason\n");
  EXPECT_FALSE(Load().ok());
  Write("xx/months.tsv", "name\tnumber\nfoo\t1\nfoo\t2\n");
  s = Load();
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find(":3: 'foo' already names month 1"), std::string::npos) << s.message();
}

TEST_F(CleanRulesLoad, BadTimeZone) {
  Write("common/agencies.tsv", "agency\taliases\ttimezone\tcountry\nSTA\t\tEurope/Atlantis\tSVN\n");
  Status s = Load();
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find(Path("common/agencies.tsv") + ":2: unknown time zone 'Europe/Atlantis'"),
            std::string::npos)
      << s.message();
  SetUp();
  Write("common/time_zones.tsv", "kind\tname\tzone\nabbreviation\tXYZ\t+99:00\n");
  EXPECT_FALSE(Load().ok());
  Write("common/time_zones.tsv", "kind\tname\tzone\nplanet\tXYZ\t+01:00\n");
  EXPECT_FALSE(Load().ok());
  Write("common/time_zones.tsv", "kind\tname\tzone\nabbreviation\tBST\t+01:00\nabbreviation\tBST\t+01:00\n");
  s = Load();
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find(":3: abbreviation 'BST' listed twice"), std::string::npos) << s.message();
}

TEST_F(CleanRulesLoad, BadAgencyRows) {
  Write("common/agencies.tsv", "agency\taliases\ttimezone\tcountry\nSTA\t\tEurope/Ljubljana\tSI\n");
  EXPECT_FALSE(Load().ok());
  Write("common/agencies.tsv",
        "agency\taliases\ttimezone\tcountry\nSTA\t\tEurope/Ljubljana\tSVN\nHina\tsta\tEurope/Zagreb\tHRV\n");
  Status s = Load();
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find(":3: alias 'sta' already names STA"), std::string::npos) << s.message();
  Write("common/agencies.tsv", "agency\taliases\ttimezone\tcountry\nSTA\ta||b\tEurope/Ljubljana\tSVN\n");
  EXPECT_FALSE(Load().ok());
}

TEST_F(CleanRulesLoad, MissingFiles) {
  fs::remove(dir_ / "common/agencies.tsv");
  Status s = Load();
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kNotFound);
  auto r = CleanRules::Load((dir_ / "no-such-folder").string());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kNotFound);
}

TEST(CleanRulesRepo, RepositoryDataLoads) {
  const auto& impl = clean::TestImpl();
  EXPECT_GT(impl.boilerplate.size(), 20u);
  EXPECT_NE(impl.FindAgency("Vir"), impl.FindAgency("STA"));
  EXPECT_NE(impl.FindZoneAbbreviation("CEST"), nullptr);
  EXPECT_EQ(impl.FindZoneAbbreviation("cest"), nullptr);  // exact case
  ASSERT_NE(impl.LanguageZone("sl"), nullptr);
  EXPECT_EQ(impl.LanguageZone("sl")->name, "Europe/Ljubljana");
  const auto* oct = impl.FindCalendarWord("Oktobra", false, "sl");
  ASSERT_NE(oct, nullptr);
  EXPECT_EQ(oct->number, 10);
  const auto* wed = impl.FindCalendarWord("sredo", true, "sl");
  ASSERT_NE(wed, nullptr);
  EXPECT_EQ(wed->number, 3);
}

}  // namespace
}  // namespace kronika
