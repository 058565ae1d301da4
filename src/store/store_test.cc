#include "kronika/store.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace kronika {
namespace {

using json = nlohmann::ordered_json;

Article MakeArticle(const std::string& id, const std::string& text) {
  Article a;
  a.text = text;
  a.meta.id = id;
  a.meta.content_hash = "hash-" + id;
  a.meta.lang = "sl";
  a.meta.lang_confidence = 0.9;
  a.meta.published = "2024-03-01T10:00:00+01:00";
  a.meta.title = "Naslov " + id;
  return a;
}

json MakeJson(int mentions, bool with_event) {
  json j;
  j["length"] = 20;
  j["mentions"] = json::array();
  for (int i = 0; i < mentions; ++i) {
    j["mentions"].push_back({{"id", i}, {"start", i}, {"end", i + 1}, {"text", "R"}, {"type", "LOC"},
                             {"entity", "Russia"}, {"actor", "RUS"}, {"country", "RUS"},
                             {"resolved_by", "dictionary"}, {"geo", nullptr}});
  }
  j["events"] = json::array();
  if (with_event) {
    j["events"].push_back({{"id", 0},
                           {"source", {{"actor", "PRKGOV"}, {"entity", "Kim Jong Un"}}},
                           {"target", {{"actor", "RUSGOV"}, {"entity", "Vladimir Putin"}}},
                           {"cameo", "036"},
                           {"root", "03"},
                           {"plover", "CONSULT"},
                           {"goldstein", 4.0},
                           {"quad_class", 1},
                           {"modality", "expected"},
                           {"negated", false},
                           {"attribution", json::array()},
                           {"date", "2023-09-13"},
                           {"date_precision", "day"},
                           {"location", {{"name", "Vladivostok"}, {"country", "RUS"}, {"lat", 43.1}, {"lon", 131.9}}},
                           {"mentions", json::array({{{"sentence", {0, 10}}, {"cue", {2, 5}}, {"source_mention", 0},
                                                      {"target_mention", 1}}})}});
  }
  return j;
}

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = (std::filesystem::temp_directory_path() /
             ("kronika-store-" + std::to_string(::getpid()) + "-" +
              ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".db"))
                .string();
    Clean();
  }
  void TearDown() override { Clean(); }
  void Clean() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix);
  }
  std::string path_;
};

TEST_F(StoreTest, SameContentTwiceIsStoredOnce) {
  auto s = Store::Open(path_);
  ASSERT_TRUE(s.ok()) << s.status().message();
  Article a = MakeArticle("a", "Rusija in Kitajska.");
  Article b = MakeArticle("b", "Drugo besedilo.");
  auto r1 = (*s)->PutBatch({&a, &b}, {MakeJson(2, true), MakeJson(1, false)});
  ASSERT_TRUE(r1.ok()) << r1.status().message();
  EXPECT_EQ(r1->inserted, 2);
  auto r2 = (*s)->PutBatch({&a}, {MakeJson(2, true)});
  ASSERT_TRUE(r2.ok());
  EXPECT_EQ(r2->inserted, 0);
  EXPECT_EQ(r2->duplicates, 1);
  EXPECT_EQ(*(*s)->Count("articles"), 2);
  EXPECT_EQ(*(*s)->Count("mentions"), 3);
  EXPECT_EQ(*(*s)->Count("events"), 1);
  EXPECT_EQ(*(*s)->Count("event_mentions"), 1);
}

TEST_F(StoreTest, AFailingBatchWritesNothing) {
  auto s = Store::Open(path_);
  ASSERT_TRUE(s.ok());
  Article a = MakeArticle("a", "Ena.");
  Article b = MakeArticle("b", "Dve.");
  json bad = MakeJson(2, false);
  bad["mentions"][1]["id"] = 0;  // duplicate primary key: the insert fails
  auto r = (*s)->PutBatch({&a, &b}, {MakeJson(1, false), bad});
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(*(*s)->Count("articles"), 0);
  EXPECT_EQ(*(*s)->Count("mentions"), 0);
  // The connection is usable afterwards.
  auto ok = (*s)->PutBatch({&a}, {MakeJson(1, false)});
  ASSERT_TRUE(ok.ok()) << ok.status().message();
  EXPECT_EQ(*(*s)->Count("articles"), 1);
}

TEST_F(StoreTest, QueriesFilterAndShowFindsByIdOrNumber) {
  {
    auto s = Store::Open(path_);
    ASSERT_TRUE(s.ok());
    Article a = MakeArticle("a", "Rusija.");
    Article b = MakeArticle("b", "Kitajska.");
    b.meta.lang = "en";
    ASSERT_TRUE((*s)->PutBatch({&a, &b}, {MakeJson(1, true), MakeJson(0, false)}).ok());
  }
  auto s = Store::Open(path_, /*read_only=*/true);
  ASSERT_TRUE(s.ok()) << s.status().message();
  Store::ArticleFilter f;
  f.lang = "en";
  auto arts = (*s)->Articles(f);
  ASSERT_TRUE(arts.ok());
  ASSERT_EQ(arts->size(), 1u);
  EXPECT_EQ((*arts)[0].id, "b");
  Store::EventFilter ef;
  ef.actor = "PRK";
  ef.root = "03";
  auto evs = (*s)->Events(ef);
  ASSERT_TRUE(evs.ok());
  ASSERT_EQ(evs->size(), 1u);
  EXPECT_EQ((*evs)[0]["location"], "Vladivostok");
  ef.modality = "asserted";
  EXPECT_TRUE((*s)->Events(ef)->empty());
  std::string text;
  auto ann = (*s)->Annotation("1", &text);
  ASSERT_TRUE(ann.ok());
  EXPECT_EQ(text, "Rusija.");
  EXPECT_FALSE((*s)->Annotation("zzz", nullptr).ok());
}

TEST_F(StoreTest, ReadOnlyOpenOfAForeignFileFails) {
  {
    std::ofstream f(path_);
    f << "not a database";
  }
  auto s = Store::Open(path_, true);
  EXPECT_FALSE(s.ok());
}

}  // namespace
}  // namespace kronika
