// Gazetteer through the whole pipeline (segmenter, analyser, data/): the
// mechanisms of gazetteer.h on short texts written for the purpose.
#include "entities/gazetteer.h"

#include <gtest/gtest.h>

#include "../../tests/pipeline_fixture.h"

namespace kronika {
namespace {

using json = nlohmann::ordered_json;

// "text=entity/country" for every LOC mention.
std::vector<std::string> Places(const std::string& text, const std::string& lang) {
  json j = testing::AnnotateText(text, "test", lang);
  std::vector<std::string> out;
  for (const auto& m : j["mentions"]) {
    if (m["type"] != "LOC") continue;
    out.push_back(m["text"].get<std::string>() + "=" + m["entity"].get<std::string>() + "/" +
                  m["country"].get<std::string>());
  }
  return out;
}

using V = std::vector<std::string>;

TEST(Gazetteer, SlovenianCountriesInEveryCaseThroughLemmas) {
  EXPECT_EQ(Places("Kim je odpotoval v Rusijo. Rusiji in Ukrajini grozi vojna. "
                   "Orožje je prišlo iz Severne Koreje, ne iz Južne Koreje.", "sl"),
            (V{"Rusijo=Russia/RUS", "Rusiji=Russia/RUS", "Ukrajini=Ukraine/UKR", "Severne Koreje=North Korea/PRK",
               "Južne Koreje=South Korea/KOR"}));
}

TEST(Gazetteer, GuessedBaseFormsForWordsTheAnalyserDoesNotKnow) {
  json all = testing::AnnotateText("Sestal se je s podpredsednico Laosa v Vladivostoku in v Seulu.", "t", "sl");
  json j;
  for (const auto& m : all["mentions"])
    if (m["type"] == "LOC") j["mentions"].push_back(m);
  ASSERT_EQ(j["mentions"].size(), 3u) << all["mentions"].dump();
  EXPECT_EQ(j["mentions"][0]["entity"], "Laos");
  EXPECT_EQ(j["mentions"][0]["resolved_by"], "guesser");
  EXPECT_EQ(j["mentions"][1]["entity"], "Vladivostok");
  EXPECT_NEAR(j["mentions"][1]["geo"]["lat"].get<double>(), 43.1, 0.1);
  EXPECT_EQ(j["mentions"][1]["geo"]["geonameid"], 2013348);
  EXPECT_EQ(j["mentions"][2]["entity"], "Seoul");
}

TEST(Gazetteer, AdjectivalCountryNamesOnlyMidSentence) {
  EXPECT_EQ(Places("Potres je prizadel tudi ljudi na Japonskem.", "sl"), (V{"Japonskem=Japan/JPN"}));
  EXPECT_EQ(Places("Japonski premier je odpotoval.", "sl"), V{});
}

TEST(Gazetteer, PronounsVerbsAndPersonalNamesAreNotPlaces) {
  // "He"/"us" share the analyser's pronoun lemma with "US"; "STA" is a form
  // of "biti" like the town "Bo"; Vladimir is a first name, not the city.
  EXPECT_EQ(Places("He told us that the US would help.", "en"), (V{"US=United States/USA"}));
  EXPECT_EQ(Places("Tako sta povedala za STA. Pogovarjal se je z Vladimirjem.", "sl"), V{});
}

TEST(Gazetteer, PossessivesAndDatelinesAndBlockers) {
  EXPECT_EQ(Places("BERLIN (AP) — Russia's envoy met Kyiv's mayor. The New York Times said so.", "en"),
            (V{"BERLIN=Berlin/DEU", "Russia=Russia/RUS", "Kyiv=Kyiv/UKR"}));
}

TEST(Gazetteer, AliasesAndCanonicalNames) {
  EXPECT_EQ(Places("Po navedbah Washingtona je ZDA podprla Kijev.", "sl"),
            (V{"Washingtona=Washington/USA", "ZDA=United States/USA", "Kijev=Kyiv/UKR"}));
}

}  // namespace
}  // namespace kronika
