// Golden tests: every tests/golden/<lang>/<stem>.expected.json holds the
// hand-checked expectations for samples/<lang>/<stem>.txt (an article we
// wrote). One test per file compares what annotate finds with them: language,
// published time, agency, title, boilerplate and subheading spans, and every
// country and city mention (span, entity, country), none missing, none extra.
#include <filesystem>
#include <set>
#include <tuple>

#include "pipeline_fixture.h"

namespace kronika {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::ordered_json;

std::vector<std::string> GoldenFiles() {
  std::vector<std::string> out;
  fs::path root = fs::path(KRONIKA_SOURCE_DIR) / "tests" / "golden";
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (it->path().string().ends_with(".expected.json")) out.push_back(it->path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

using Place = std::tuple<int64_t, int64_t, std::string, std::string, std::string>;  // start, end, text, entity, country

std::string Describe(const std::set<Place>& s) {
  std::string out;
  for (const auto& [b, e, t, ent, c] : s) out += "\n    [" + std::to_string(b) + "," + std::to_string(e) + ") " + t + " -> " + ent + " " + c;
  return out;
}

class Golden : public ::testing::TestWithParam<std::string> {};

TEST_P(Golden, MatchesHandCheckedExpectations) {
  json want = json::parse(testing::ReadFile(GetParam()), nullptr, false);
  ASSERT_FALSE(want.is_discarded()) << GetParam() << ": not valid JSON";
  std::string article = (fs::path(KRONIKA_SOURCE_DIR) / want["file"].get<std::string>()).string();
  std::string text = testing::ReadFile(article);
  ASSERT_FALSE(text.empty()) << article;
  json got = testing::AnnotateText(text, article);
  SCOPED_TRACE(article);

  EXPECT_EQ(got["lang"], want["lang"]);
  EXPECT_EQ(got["published"], want["published"]);
  EXPECT_EQ(got["agency"], want["agency"]);
  EXPECT_EQ(got["title"], want["title"]);
  EXPECT_EQ(got["spans"]["boilerplate"], want["boilerplate"]);
  EXPECT_EQ(got["spans"]["subheadings"], want["subheadings"]);

  std::set<Place> expected, found;
  for (const auto& p : want["places"]) {
    expected.emplace(p["start"], p["end"], p["text"], p["entity"], p["country"]);
  }
  for (const auto& m : got["mentions"]) {
    // Countries and cities only: the gazetteer's places have an entity_id.
    if (m["type"] != "LOC" || !m["entity_id"].is_string()) continue;
    if (m.value("zero_subject", false) || m.value("pronoun", false)) continue;  // links, not place names
    found.emplace(m["start"], m["end"], m["text"], m["entity"].is_string() ? m["entity"].get<std::string>() : "",
                  m["country"].is_string() ? m["country"].get<std::string>() : "");
  }
  std::set<Place> missing, extra;
  std::set_difference(expected.begin(), expected.end(), found.begin(), found.end(), std::inserter(missing, missing.end()));
  std::set_difference(found.begin(), found.end(), expected.begin(), expected.end(), std::inserter(extra, extra.end()));
  EXPECT_TRUE(missing.empty()) << missing.size() << " of " << expected.size() << " places missed:" << Describe(missing);
  EXPECT_TRUE(extra.empty()) << extra.size() << " places found that are not expected:" << Describe(extra);
}

INSTANTIATE_TEST_SUITE_P(Samples, Golden, ::testing::ValuesIn(GoldenFiles()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name = fs::path(info.param).filename().string();
                           name = name.substr(0, name.find('.'));
                           for (char& c : name)
                             if (!isalnum(static_cast<unsigned char>(c))) c = '_';
                           return name;
                         });
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(Golden);

TEST(GoldenSet, HasEnoughHandCheckedArticles) {
  EXPECT_GE(GoldenFiles().size(), 20u) << "the golden set shrank";
}

}  // namespace
}  // namespace kronika
