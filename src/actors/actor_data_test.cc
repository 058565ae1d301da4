#include "actors/actor_data.h"

#include <gtest/gtest.h>

#include "core/tsv.h"

namespace kronika {
namespace {

const ActorData& Data() {
  static auto d = ActorData::Load(DefaultDataDir());
  EXPECT_TRUE(d.ok()) << d.status().message();
  return **d;
}

TEST(NormaliseDate, FillsPartialDatesAndRejectsOthers) {
  EXPECT_EQ(NormaliseDate("2019", false), "2019-01-01");
  EXPECT_EQ(NormaliseDate("2019", true), "2019-12-31");
  EXPECT_EQ(NormaliseDate("2019-05", false), "2019-05-01");
  EXPECT_EQ(NormaliseDate("2019-05", true), "2019-05-31");
  EXPECT_EQ(NormaliseDate("2019-05-07", true), "2019-05-07");
  EXPECT_EQ(NormaliseDate("", true), "");
  EXPECT_EQ(NormaliseDate("2019-13-01", false), "?");
  EXPECT_EQ(NormaliseDate("May 2019", false), "?");
}

TEST(ActorData, ShippedDataHasNoProblems) {
  for (const auto& issue : Data().issues()) ADD_FAILURE() << issue;
  EXPECT_GT(Data().persons(), 1000u);
  EXPECT_GT(Data().offices(), 1000u);
}

TEST(ActorData, OfficesDependOnTheDate) {
  // Putin: president 2000-2008, prime minister 2008-2012, president again from 2012.
  auto pm = Data().Holders("RUS", "head_of_government", "2010-06-01");
  ASSERT_EQ(pm.size(), 1u);
  EXPECT_EQ(pm[0]->person, "PER-Vladimir-Putin");
  auto president = Data().Holders("RUS", "head_of_state", "2023-09-11");
  ASSERT_EQ(president.size(), 1u);
  EXPECT_EQ(president[0]->person, "PER-Vladimir-Putin");
  EXPECT_EQ(Data().Holders("RUS", "head_of_state", "2010-06-01")[0]->person, "PER-Dmitry-Medvedev");
  EXPECT_EQ(Data().PersonActor("PER-Vladimir-Putin", "2023-09-11"), "RUSGOV");
  // Out of office: an elite, not the government.
  EXPECT_EQ(Data().PersonActor("PER-Boris-Johnson", "2024-01-01"), "GBRELI");
  EXPECT_EQ(Data().PersonActor("PER-Boris-Johnson", "2020-01-01"), "GBRGOV");
}

TEST(ActorData, CapitalsAndDemonyms) {
  EXPECT_EQ(Data().CapitalOf("1835848"), "KOR");  // Seoul
  EXPECT_EQ(Data().CapitalOf("2013348"), "");     // Vladivostok
  EXPECT_EQ(Data().EnglishDemonym("USA"), "US");
  EXPECT_EQ(Data().EnglishDemonym("KOR"), "South Korean");
}

}  // namespace
}  // namespace kronika
