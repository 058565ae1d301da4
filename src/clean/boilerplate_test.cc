#include "clean/boilerplate.h"

#include <gtest/gtest.h>

#include "clean/clean_test_util.h"

namespace kronika::clean {
namespace {

// The kind of boilerplate `line` is, or "" when it is not boilerplate.
std::string Kind(std::string_view line) {
  BoilerplateMatcher m(TestImpl());
  std::vector<Problem> problems;
  const BoilerplateRule* rule = m.Match(line, problems);
  EXPECT_TRUE(problems.empty());
  return rule ? rule->kind : "";
}

TEST(CleanBoilerplate, SlovenianLines) {
  EXPECT_EQ(Kind("Profimedia"), "credit");
  EXPECT_EQ(Kind("PROFIMEDIA"), "credit");
  EXPECT_EQ(Kind("Bobo/STA"), "credit");
  EXPECT_EQ(Kind("Foto: STA"), "credit");
  EXPECT_EQ(Kind("Foto: Reuters"), "credit");
  EXPECT_EQ(Kind("Foto:\xC2\xA0Shutterstock"), "credit");
  EXPECT_EQ(Kind("Vir: STA"), "credit");
  EXPECT_EQ(Kind("Novo na Metroplay: Nik Škrlec iskreno o tem"), "promo");
  EXPECT_EQ(Kind("Preberite tudi: Vlada sprejela proračun"), "promo");
  EXPECT_EQ(Kind("Preberite še"), "promo");
  EXPECT_EQ(Kind("Več o tem v članku"), "promo");
  EXPECT_EQ(Kind("Oglejte si tudi video"), "promo");
  EXPECT_EQ(Kind("Deli"), "share");
  EXPECT_EQ(Kind("Deli na Facebooku"), "share");
  EXPECT_EQ(Kind("Komentarji (12)"), "share");
  EXPECT_EQ(Kind("Ta spletna stran uporablja piškotke za boljšo uporabniško izkušnjo."), "cookie");
  EXPECT_EQ(Kind("Oglasno sporočilo"), "ad");
  EXPECT_EQ(Kind("Avtor: Janez Novak"), "byline");
  EXPECT_EQ(Kind("Vse pravice pridržane."), "copyright");
}

TEST(CleanBoilerplate, EnglishLines) {
  EXPECT_EQ(Kind("Photo: Reuters"), "credit");
  EXPECT_EQ(Kind("Image: Getty Images"), "credit");
  EXPECT_EQ(Kind("AP Photo/Evan Vucci"), "credit");
  EXPECT_EQ(Kind("Evan Vucci/AP"), "credit");
  EXPECT_EQ(Kind("(Reporting by Jane Doe; Editing by John Roe)"), "credit");
  EXPECT_EQ(Kind("Read more: Ukraine war latest"), "promo");
  EXPECT_EQ(Kind("Related: What we know so far"), "promo");
  EXPECT_EQ(Kind("Sign up for our morning newsletter"), "promo");
  EXPECT_EQ(Kind("Share this article"), "share");
  EXPECT_EQ(Kind("Share on Facebook"), "share");
  EXPECT_EQ(Kind("Tweet"), "share");
  EXPECT_EQ(Kind("We use cookies to improve your experience."), "cookie");
  EXPECT_EQ(Kind("Advertisement"), "ad");
  EXPECT_EQ(Kind("\xC2\xA9 2023 Reuters. All rights reserved."), "copyright");
  EXPECT_EQ(Kind("By Jane Doe and John Roe"), "byline");
}

TEST(CleanBoilerplate, NewsIsNotBoilerplate) {
  EXPECT_EQ(Kind("Potoval naj bi z oklepnim vlakom"), "");
  EXPECT_EQ(Kind("Deli se mnenje, da bo vlada padla."), "");
  EXPECT_EQ(Kind("Related talks will continue on Monday, officials said."), "");
  EXPECT_EQ(Kind("By the time the train arrived, the talks had begun."), "");
  EXPECT_EQ(Kind("Reuters reported that the talks had begun."), "");
  EXPECT_EQ(Kind("Profimedia je agencija."), "");
  // A caption is content (the reference article keeps its caption as a
  // paragraph), even when its credit ends the same line.
  EXPECT_EQ(Kind("Strokovnjaki so zaskrbljeni. FOTO: Reuters"), "");
  EXPECT_EQ(Kind("Na razstavi je bila na ogled tudi foto: portreti so v prvem nadstropju."), "");
  EXPECT_EQ(Kind(""), "");
  EXPECT_EQ(Kind(std::string(BoilerplateMatcher::kMaxLineBytes + 1, 'x')), "");
}

TEST(CleanBoilerplate, MatcherIsReusable) {
  BoilerplateMatcher m(TestImpl());
  std::vector<Problem> problems;
  for (int i = 0; i < 3; ++i) {
    EXPECT_NE(m.Match("Profimedia", problems), nullptr);
    EXPECT_EQ(m.Match("Kim je odpotoval v Rusijo.", problems), nullptr);
  }
}

}  // namespace
}  // namespace kronika::clean
