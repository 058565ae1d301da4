// The events stage on short texts we wrote, one behaviour per test: frames,
// modality, dates, places, merging, intentions, exchanges, multi-word nouns
// and verb forms the analyser does not know. Each expectation was checked by
// hand against the sentence.
#include <gtest/gtest.h>

#include "pipeline_fixture.h"

namespace kronika::testing {
namespace {

using json = nlohmann::ordered_json;

// The events of `text`, published on Friday 15 September 2023.
json Events(const std::string& text, const std::string& lang) {
  RawInput in;
  in.bytes = text;
  in.meta.source = "events_test";
  in.meta.lang = lang;
  in.meta.published = "2023-09-15T10:00:00+02:00";
  Problem rejected;
  auto a = SharedPipeline().Annotate(std::move(in), &rejected);
  if (!a) {
    ADD_FAILURE() << "rejected: " << rejected.message;
    return json::array();
  }
  return AnnotationJson(*a)["events"];
}

std::string Actor(const json& side) { return side.is_object() && side["actor"].is_string() ? side["actor"].get<std::string>() : "-"; }

// "SOURCE>TARGET code modality" for each event, to compare in one line.
std::vector<std::string> Summary(const json& events) {
  std::vector<std::string> out;
  for (const auto& e : events) {
    out.push_back(Actor(e["source"]) + ">" + Actor(e["target"]) + " " + e["cameo"].get<std::string>() + " " +
                  e["modality"].get<std::string>());
  }
  return out;
}

TEST(Events, SlovenianFrameDateAndPlace) {
  json ev = Events("Ruski predsednik Vladimir Putin se je v sredo v Moskvi sestal s kitajskim predsednikom.\n", "sl");
  ASSERT_EQ(Summary(ev), std::vector<std::string>{"RUSGOV>CHNGOV 040 asserted"});
  EXPECT_EQ(ev[0]["date"], "2023-09-13");  // the Wednesday before the Friday it was published
  EXPECT_EQ(ev[0]["date_precision"], "day");
  EXPECT_EQ(ev[0]["location"]["name"], "Moscow");
  EXPECT_TRUE(ev[0]["location"]["lat"].is_number());
}

TEST(Events, NajBiIsHearsayWithAReporterAndAPlanWithout) {
  json reported = Events("Po poročanju agencije Reuters naj bi Rusija napadla Kijev.\n", "sl");
  ASSERT_EQ(Summary(reported), std::vector<std::string>{"RUS>UKRGOV 190 reported"});
  ASSERT_EQ(reported[0]["attribution"].size(), 1u);
  EXPECT_EQ(reported[0]["attribution"][0]["actor"], "GBRMED");
  json planned = Events("Putin naj bi se prihodnji teden sestal s Kimom Džong Unom.\n", "sl");
  ASSERT_EQ(Summary(planned), std::vector<std::string>{"RUSGOV>PRKGOV 040 expected"});
  EXPECT_EQ(planned[0]["date"], "2023-09-18");  // the Monday of next week
  EXPECT_EQ(planned[0]["date_precision"], "week");
}

TEST(Events, PastAndPlannedMeetingsAreTwoEvents) {
  json ev = Events(
      "Putin naj bi se prihodnji teden sestal s Kimom Džong Unom.\n\n"
      "Putin in Kim Džong Un sta se sestala v Vladivostoku.\n",
      "sl");
  EXPECT_EQ(Summary(ev), (std::vector<std::string>{"RUSGOV>PRKGOV 040 expected", "RUSGOV>PRKGOV 040 asserted"}));
}

TEST(Events, ReportsOfOneEventAreMerged) {
  json ev = Events(
      "Rusija je v četrtek napadla Ukrajino.\n\n"
      "Kot so sporočili iz Kijeva, je Rusija napadla Ukrajino z raketami.\n",
      "sl");
  ASSERT_EQ(ev.size(), 1u) << ev.dump();
  EXPECT_EQ(ev[0]["mentions"].size(), 2u);
  EXPECT_EQ(ev[0]["date"], "2023-09-14");
}

TEST(Events, IntentionIsTheGovernments) {
  // "wants to buy weapons": intent to cooperate militarily, held by the government.
  EXPECT_EQ(Summary(Events("Srbija želi od Francije kupiti orožje.\n", "sl")),
            std::vector<std::string>{"SRBGOV>FRA 0312 asserted"});
  EXPECT_EQ(Summary(Events("China wants to buy oil from Russia.\n", "en")),
            std::vector<std::string>{"CHNGOV>RUS 0311 asserted"});
}

TEST(Events, ExchangeGiverIsTheOtherParty) {
  json ev = Events(
      "Rusija želi od Severne Koreje kupiti izstrelke, v zameno pa bi Pjongjang pridobil hrano.\n", "sl");
  EXPECT_EQ(Summary(ev), (std::vector<std::string>{"RUSGOV>PRK 0312 asserted", "RUSGOV>PRKGOV 073 hypothetical"}));
}

TEST(Events, CountedTimeExpressions) {
  json ev = Events("Rusija je pred dvema letoma napadla Ukrajino.\n", "sl");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0]["date"], "2021");
  EXPECT_EQ(ev[0]["date_precision"], "year");
  json en = Events("Russia invaded Ukraine two years ago.\n", "en");
  ASSERT_EQ(Summary(en), std::vector<std::string>{"RUS>UKR 192 asserted"});
  EXPECT_EQ(en[0]["date"], "2021");
}

TEST(Events, DenialOfAnAct) {
  // The denial is an event (016) of its own; the act it denies is coded as denied.
  EXPECT_EQ(Summary(Events("Ukrajina je zanikala, da bi napadla Moskvo.\n", "sl")),
            (std::vector<std::string>{"UKR>- 016 asserted", "UKR>RUSGOV 190 denied"}));
}

TEST(Events, EnglishPassiveSwapsTheActors) {
  json ev = Events("Ukraine was attacked by Russia on Wednesday.\n", "en");
  ASSERT_EQ(Summary(ev), std::vector<std::string>{"RUS>UKR 190 asserted"});
  EXPECT_EQ(ev[0]["date"], "2023-09-13");
}

TEST(Events, MultiWordNounWithDemonym) {
  std::string text = "A Russian drone strike on Kyiv killed two people.\n";
  json ev = Events(text, "en");
  ASSERT_EQ(Summary(ev), std::vector<std::string>{"RUS>UKRGOV 195 asserted"});
  auto cue = ev[0]["mentions"][0]["cue"];
  EXPECT_EQ(text.substr(cue[0].get<size_t>(), cue[1].get<size_t>() - cue[0].get<size_t>()), "drone strike");
}

TEST(Events, VerbFormsTheAnalyserDoesNotKnow) {
  // "castigated" and "bombardirala" are unknown to Apertium: extra_forms.tsv has them.
  EXPECT_EQ(Summary(Events("The United States castigated North Korea on Monday.\n", "en")),
            std::vector<std::string>{"USA>PRK 111 asserted"});
  EXPECT_EQ(Summary(Events("Rusija je bombardirala Kijev.\n", "sl")), std::vector<std::string>{"RUS>UKRGOV 195 asserted"});
}


TEST(Events, ACityIsTheTargetsPlace) {
  // A visit to a city that is no capital: the target is its country, the place the city.
  json ev = Events("Kim Džong Un se bo kmalu odpravil v Vladivostok.\n", "sl");
  ASSERT_EQ(Summary(ev), std::vector<std::string>{"PRKGOV>RUS 042 expected"});
  EXPECT_EQ(ev[0]["location"]["name"], "Vladivostok");
  EXPECT_TRUE(ev[0]["location"]["lat"].is_number());
}

TEST(Events, NoPlaceNamedGivesTheCountryOfTheAct) {
  // An attack happens in the target's country; a meeting between two states has no such place.
  json ev = Events("Rusija je napadla Ukrajino. Putin se je sestal s Kimom Džong Unom.\n", "sl");
  ASSERT_EQ(ev.size(), 2u) << ev.dump();
  EXPECT_EQ(ev[0]["location"]["name"], "Ukraine");
  EXPECT_TRUE(ev[0]["location"]["lat"].is_null());
  EXPECT_TRUE(ev[1]["location"].is_null());
}

TEST(Events, ARelativeClauseDoesNotCutItsHostClause) {
  // "se" and "bo" are before "ki ..., " and "odpravil" after it: one clause.
  json ev = Events("Napovedali so, da se bo Kim Džong Un, ki rad potuje, kmalu odpravil v Vladivostok.\n", "sl");
  EXPECT_EQ(Summary(ev), std::vector<std::string>{"PRKGOV>RUS 042 expected"});
}

TEST(Events, AReportingVerbReportsOnlyItsContent) {
  // "potrdil" in a relative clause does not make the signing a report; "je povedal" after a comma does.
  EXPECT_EQ(Summary(Events("Biden je podpisal zakon o pomoči Ukrajini, ki ga je v torek potrdil senat.\n", "sl")),
            std::vector<std::string>{"USAGOV>UKR 070 asserted"});
  // ", and said ..." is a second predicate of the same subject, not a report of the first.
  EXPECT_EQ(Summary(Events("The United States accused North Korea, and said it would act.\n", "en")),
            std::vector<std::string>{"USA>PRK 112 asserted"});
  json said = Events("Rusija je napadla Ukrajino, je povedal Zelenski.\n", "sl");
  ASSERT_EQ(Summary(said), std::vector<std::string>{"RUS>UKR 190 reported"});
  EXPECT_EQ(said[0]["attribution"][0]["actor"], "UKRGOV");
  // The speaker's own act (or the act of the state it speaks for) is no report of it.
  EXPECT_EQ(Summary(Events("\"The United States condemns North Korea,\" Blinken told reporters.\n", "en")),
            std::vector<std::string>{"USA>PRK 111 asserted"});
}

TEST(Events, NoActorActsOnItself) {
  EXPECT_EQ(Summary(Events("Scholz je zagotovil, da bo Berlin pomagal.\n", "sl")), std::vector<std::string>{});
}

TEST(Events, ImpersonalPluralAfterASeatOfPowerActs) {
  // "sankcije" (feminine) is no subject of "obsodili" (masculine): Moscow is; the
  // sanctions name the EU's earlier act, so the EU is the target.
  json ev = Events("EU je sprejela nove sankcije proti Rusiji. V Moskvi so sankcije obsodili.\n", "sl");
  EXPECT_EQ(Summary(ev), (std::vector<std::string>{"IGOEUREEC>RUS 163 asserted", "RUSGOV>IGOEUREEC 111 asserted"}));
}

TEST(Events, NotConfirmingAnEventIsAReportOfIt) {
  json ev = Events("Kim naj bi se v sredo sestal s Putinom. V Kremlju srečanja niso potrdili.\n", "sl");
  ASSERT_EQ(Summary(ev), std::vector<std::string>{"PRKGOV>RUSGOV 040 unconfirmed"});
  EXPECT_EQ(ev[0]["mentions"].size(), 2u);
  EXPECT_EQ(ev[0]["date"], "2023-09-20");  // the coming Wednesday: a plan
  ASSERT_EQ(ev[0]["attribution"].size(), 1u);
  EXPECT_EQ(ev[0]["attribution"][0]["actor"], "RUSGOV");
}

TEST(Events, CountriesInAListTakeTheRoleOfItsHead) {
  EXPECT_EQ(Summary(Events("Zunanji ministri ZDA, Francije in Velike Britanije so obsodili Rusijo.\n", "sl")),
            (std::vector<std::string>{"USAGOV>RUS 111 asserted", "FRAGOV>RUS 111 asserted", "GBRGOV>RUS 111 asserted"}));
  // A list of bare countries stays a list of countries.
  EXPECT_EQ(Summary(Events("Rusija je napadla Ukrajino in Gruzijo.\n", "sl")),
            (std::vector<std::string>{"RUS>UKR 190 asserted", "RUS>GEO 190 asserted"}));
}

TEST(Events, AnAttackWithoutANamedTargetHitsWhereItHappens) {
  json ev = Events("Israel struck targets in Gaza.\n", "en");
  ASSERT_EQ(Summary(ev), std::vector<std::string>{"ISR>PSE 190 asserted"});
  EXPECT_EQ(ev[0]["location"]["name"], "Gaza");
  json country = Events("Russia struck targets in Ukraine.\n", "en");
  ASSERT_EQ(Summary(country), std::vector<std::string>{"RUS>UKR 190 asserted"});
  EXPECT_EQ(country[0]["location"]["name"], "Ukraine");
}

TEST(Events, ADeniedActIsDenied) {
  EXPECT_EQ(Summary(Events("Iran denied supplying drones to Russia.\n", "en")),
            (std::vector<std::string>{"IRN>- 016 asserted", "IRN>RUS 072 denied"}));
}

TEST(Events, APrivatePersonMakesNoPoliticalEvent) {
  // "Thiem" is a person with no actor code: his trip is no event; a minister's is.
  EXPECT_EQ(Summary(Events("Dominic Thiem je odpotoval v Nico.\n", "sl")), std::vector<std::string>{});
  EXPECT_EQ(Summary(Events("Zunanji minister Francije je odpotoval v Moskvo.\n", "sl")),
            std::vector<std::string>{"FRAGOV>RUSGOV 042 asserted"});
}

TEST(Events, AnAdjectiveOutOfCaseMakesNoSubject) {
  // "ministra" may be a nominative, "italijanskega zunanjega" may not: Fajon hosts the Italian minister.
  EXPECT_EQ(Summary(Events("Zunanja ministrica Tanja Fajon gosti italijanskega zunanjega ministra.\n", "sl")),
            std::vector<std::string>{"SVNGOV>ITAGOV 043 asserted"});
}

TEST(Events, WouldAfterAReportingVerbIsTheFuture) {
  // "said he would visit" is a plan told; "would attack" on its own is a conditional.
  json told = Events("Blinken said he would visit China.\n", "en");
  ASSERT_EQ(Summary(told), std::vector<std::string>{"USAGOV>CHN 042 expected"});
  EXPECT_EQ(Summary(Events("Russia would attack Ukraine.\n", "en")), std::vector<std::string>{"RUS>UKR 190 hypothetical"});
}

TEST(Events, EnglishClauseWordsAndOwnCountry) {
  // "since" opens the clause its subject starts; a state's office does not act on the state.
  json ev = Events("Public support for joining NATO in Finland has soared since Russia invaded Ukraine in February.\n", "en");
  bool invasion = false;
  for (const auto& e : ev) {
    if (e["cameo"] == "192") {
      invasion = true;
      EXPECT_EQ(Actor(e["source"]), "RUS");
      EXPECT_EQ(Actor(e["target"]), "UKR");
      EXPECT_EQ(e["location"]["name"], "Ukraine");
    }
  }
  EXPECT_TRUE(invasion) << ev.dump();
  for (const auto& e : Events("The Chinese president praised China's economy.\n", "en"))
    EXPECT_FALSE(Actor(e["source"]) == "CHNGOV" && Actor(e["target"]) == "CHN") << e.dump();
}

TEST(Events, AListOfLeadersAcrossCommasActsTogether) {
  EXPECT_EQ(Summary(Events("Francoski predsednik Emmanuel Macron, nemški kancler Olaf Scholz in poljski premier Mateusz "
                           "Morawiecki so danes Rusijo pozvali k premirju.\n", "sl")),
            (std::vector<std::string>{"FRAGOV>RUS 0256 asserted", "DEUGOV>RUS 0256 asserted", "POLGOV>RUS 0256 asserted"}));
}

TEST(Events, AnEventNounThatIsTheMeansBelongsToTheSubject) {
  EXPECT_EQ(Summary(Events("Moskva se je odzvala z izgonom slovenskih diplomatov.\n", "sl")),
            std::vector<std::string>{"RUSGOV>SVNGOV 166 asserted"});
  EXPECT_EQ(Summary(Events("Moscow responded with sanctions against Britain.\n", "en")),
            std::vector<std::string>{"RUSGOV>GBR 163 asserted"});
}

TEST(Events, WhatSomeoneIsAccusedOfIsReported) {
  EXPECT_EQ(Summary(Events("The United States accused North Korea of delivering weapons to Russia.\n", "en")),
            (std::vector<std::string>{"USA>PRK 112 asserted", "PRK>RUS 072 reported"}));
  // The denier says so of what it denies.
  json ev = Events("Ukrajina je zanikala, da bi napadla Moskvo.\n", "sl");
  ASSERT_EQ(ev.size(), 2u);
  ASSERT_EQ(ev[1]["attribution"].size(), 1u);
  EXPECT_EQ(ev[1]["attribution"][0]["actor"], "UKR");
}

TEST(Events, TheGovernmentOfSlovenianNewsIsSlovenias) {
  // "Vlada" alone in Slovenian news is SVNGOV; its targets sit before an inserted relative clause.
  EXPECT_EQ(Summary(Events("Vlada je odločila, da bo Turčiji in Siriji, ki ju je prizadel potres, namenila "
                           "humanitarno pomoč.\n", "sl")),
            (std::vector<std::string>{"SVNGOV>TUR 073 expected", "SVNGOV>SYR 073 expected"}));
  // With a country after it, it is that country's.
  for (const auto& e : Events("Vlada Severne Koreje je zavrnila obtožbe.\n", "sl")) EXPECT_NE(Actor(e["source"]), "SVNGOV");
  for (const auto& e : Events("Izredne razmere je razglasila vlada sosednje Češke.\n", "sl")) EXPECT_NE(Actor(e["source"]), "SVNGOV");
}

}  // namespace
}  // namespace kronika::testing
