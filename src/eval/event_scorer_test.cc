#include "eval/event_scorer.h"

#include <gtest/gtest.h>

namespace kronika {
namespace {

TEST(EventScorer, MatchesActorsRootAndModalityOneToOne) {
  std::vector<GoldEvent> gold = {
      {"PRKGOV", "RUSGOV", {"036", "040"}, {"expected", "unconfirmed"}, true},
      {"RUSGOV", "CHNGOV", {"040"}, {"expected"}, true},
      {"RUS", "UKR", {"190"}, {"asserted"}, false},
  };
  std::vector<FoundEvent> found = {
      {"PRKGOV", "RUSGOV", "042", "expected"},  // root 04 accepted, code not
      {"PRKGOV", "RUSGOV", "040", "expected"},  // a second report of the same event: no second match
      {"RUSGOV", "CHNGOV", "040", "reported"},  // wrong modality
      {"", "UKR", "190", "asserted"},           // wrong source
  };
  EventScorer s;
  s.Add(gold, found);
  EXPECT_EQ(s.root().tp, 1);
  EXPECT_EQ(s.root().fp, 3);
  EXPECT_EQ(s.root().fn, 2);
  EXPECT_EQ(s.code().tp, 1);  // the 040 report matches by full code
  EXPECT_EQ(s.required(), 2);
  EXPECT_EQ(s.required_found(), 1);
  EXPECT_NEAR(s.root().precision(), 0.25, 1e-9);
}

TEST(EventScorer, NullActorsMatchNull) {
  EventScorer s;
  s.Add({{"", "UKR", {"190"}, {"asserted"}, true}}, {{"", "UKR", "193", "asserted"}});
  EXPECT_EQ(s.root().tp, 1);
  EXPECT_EQ(s.code().tp, 0);
}

}  // namespace
}  // namespace kronika
