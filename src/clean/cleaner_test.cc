#include "clean/cleaner.h"

#include <gtest/gtest.h>

#include "clean/clean_test_util.h"

namespace kronika {
namespace {

Article Cleaned(std::string text, std::string lang = "") {
  Article a;
  a.text = std::move(text);
  a.meta.lang = std::move(lang);
  Clean(clean::TestRules(), a);
  return a;
}

std::string Str(const Article& a, const std::optional<Span>& s) {
  return s ? std::string(a.view(*s)) : "<none>";
}

std::vector<std::string> Strs(const Article& a, const std::vector<Span>& spans) {
  std::vector<std::string> out;
  for (Span s : spans) out.emplace_back(a.view(s));
  return out;
}

using Lines = std::vector<std::string>;

bool HasProblem(const Article& a, std::string_view code) {
  for (const auto& p : a.problems) {
    if (p.code == code) return true;
  }
  return false;
}

TEST(CleanArticle, SlovenianSummerTime) {
  Article a = Cleaned(
      "11. 9. 2023, 13:55 | Vir: STA\n\n"
      "Kim odpotoval v Rusijo\n\n"
      "Foto: STA\n\n"
      "Ljubljana, 11. septembra (STA) - Severnokorejski voditelj je odpotoval v Rusijo.\n\n"
      "Potoval naj bi z oklepnim vlakom\n\n"
      "V Seulu pričakujejo, da se bo s Putinom sestal v sredo.\n\n"
      "Preberite tudi: Putin o Ukrajini\n");
  EXPECT_EQ(Str(a, a.layout.header), "11. 9. 2023, 13:55 | Vir: STA");
  EXPECT_EQ(Str(a, a.layout.title), "Kim odpotoval v Rusijo");
  EXPECT_EQ(a.meta.title, "Kim odpotoval v Rusijo");
  EXPECT_EQ(a.meta.published, "2023-09-11T13:55:00+02:00");
  EXPECT_EQ(a.meta.agency, "STA");
  EXPECT_EQ(Strs(a, a.layout.boilerplate), (Lines{"Foto: STA", "Preberite tudi: Putin o Ukrajini"}));
  EXPECT_EQ(Strs(a, a.layout.subheadings), (Lines{"Potoval naj bi z oklepnim vlakom"}));
  EXPECT_EQ(Strs(a, a.layout.paragraphs),
            (Lines{"Ljubljana, 11. septembra (STA) - Severnokorejski voditelj je odpotoval v Rusijo.",
                   "V Seulu pričakujejo, da se bo s Putinom sestal v sredo."}));
  EXPECT_EQ(Str(a, a.layout.dateline), "Ljubljana, 11. septembra (STA) -");
  EXPECT_TRUE(a.problems.empty());
}

TEST(CleanArticle, SlovenianWinterTimeAndNoAgencyZone) {
  // No agency: the Slovenian header is still Ljubljana time (+01:00 in January).
  Article a = Cleaned("12. 1. 2024, 08:05\n\nNaslov\n\nBesedilo članka.\n");
  EXPECT_EQ(a.meta.published, "2024-01-12T08:05:00+01:00");
  EXPECT_EQ(a.meta.agency, "");
  // A foreign agency does not move a Slovenian portal's clock.
  a = Cleaned("12. 1. 2024, 08:05 | Vir: Reuters\n\nNaslov\n\nBesedilo članka.\n");
  EXPECT_EQ(a.meta.published, "2024-01-12T08:05:00+01:00");
  EXPECT_EQ(a.meta.agency, "Reuters");
}

TEST(CleanArticle, EnglishZones) {
  Article a = Cleaned("Published: 12 October 2023 09:41 BST\n\nTitle here\n\nBody text.\n");
  EXPECT_EQ(a.meta.published, "2023-10-12T09:41:00+01:00");
  a = Cleaned("Oct 12, 2023 10:15 AM ET\n\nTitle here\n\nBody text.\n");
  EXPECT_EQ(a.meta.published, "2023-10-12T10:15:00-04:00");  // EDT
  a = Cleaned("Jan 12, 2024 10:15 PM ET\n\nTitle here\n\nBody text.\n");
  EXPECT_EQ(a.meta.published, "2024-01-12T22:15:00-05:00");  // EST
  a = Cleaned("Jan 12, 2024 10:15 PT\n\nTitle here\n\nBody text.\n");
  EXPECT_EQ(a.meta.published, "2024-01-12T10:15:00-08:00");
  // No zone stated: the agency's zone.
  a = Cleaned("12 July 2023 09:00 | AFP\n\nTitle here\n\nBody text.\n");
  EXPECT_EQ(a.meta.published, "2023-07-12T09:00:00+02:00");
  EXPECT_EQ(a.meta.agency, "AFP");
}

TEST(CleanArticle, UnknownZoneLeavesPublishedEmpty) {
  Article a = Cleaned("Oct 12, 2023 10:15 AM\n\nTitle here\n\nBody text.\n");
  EXPECT_TRUE(a.layout.header);
  EXPECT_EQ(a.meta.published, "");
  EXPECT_TRUE(HasProblem(a, "published-zone-unknown"));
}

TEST(CleanArticle, DateOnlyHeaderGivesMidnight) {
  Article a = Cleaned("Updated 12 October 2023 | Reuters\n\nTitle here\n\nBody text.\n");
  EXPECT_EQ(a.meta.published, "2023-10-12T00:00:00+01:00");  // London, summer time
  EXPECT_TRUE(HasProblem(a, "published-date-only"));
  a = Cleaned("Updated 12 October 2023\n\nTitle here\n\nBody text.\n");
  EXPECT_EQ(a.meta.published, "");  // no zone at all
}

TEST(CleanArticle, EnglishDatelineGivesAgencyAndDate) {
  Article a = Cleaned(
      "Senate passes the bill\n\n"
      "WASHINGTON, Sept. 11, 2023 (AFP) \xE2\x80\x93 The Senate passed the bill on Monday.\n\n"
      "Share this article\n\n"
      "More text follows here.\n\n"
      "(Reporting by Jane Doe; Editing by John Roe)\n");
  EXPECT_FALSE(a.layout.header);
  EXPECT_EQ(Str(a, a.layout.title), "Senate passes the bill");
  EXPECT_EQ(Str(a, a.layout.dateline), "WASHINGTON, Sept. 11, 2023 (AFP) \xE2\x80\x93");
  EXPECT_EQ(a.meta.agency, "AFP");
  EXPECT_EQ(a.meta.published, "2023-09-11T00:00:00+02:00");  // AFP: Paris
  EXPECT_EQ(Strs(a, a.layout.boilerplate),
            (Lines{"Share this article", "(Reporting by Jane Doe; Editing by John Roe)"}));
  EXPECT_EQ(a.layout.paragraphs.size(), 2u);
  EXPECT_TRUE(a.layout.subheadings.empty());
}

TEST(CleanArticle, ReutersDatelineAndByline) {
  Article a = Cleaned(
      "By Jane Doe | Reuters\n\n"
      "Russia strikes Kyiv\n\n"
      "KYIV, Oct 12 (Reuters) - Russian forces struck the capital overnight.\n\n"
      "Read more: Ukraine war latest\n");
  EXPECT_EQ(Str(a, a.layout.header), "By Jane Doe | Reuters");
  EXPECT_EQ(a.meta.agency, "Reuters");
  EXPECT_EQ(a.meta.published, "");
  EXPECT_EQ(Str(a, a.layout.dateline), "KYIV, Oct 12 (Reuters) -");
  EXPECT_EQ(Strs(a, a.layout.boilerplate), (Lines{"Read more: Ukraine war latest"}));
}

TEST(CleanArticle, InputMetadataWins) {
  Article a;
  a.text = "11. 9. 2023, 13:55 | Vir: STA\n\nNaslov v besedilu\n\nBesedilo.\n";
  a.meta.published = "2023-09-11T12:00:00+02:00";
  a.meta.agency = "Hina";
  a.meta.title = "Naslov iz JSONL";
  Clean(clean::TestRules(), a);
  EXPECT_EQ(a.meta.published, "2023-09-11T12:00:00+02:00");
  EXPECT_EQ(a.meta.agency, "Hina");
  EXPECT_EQ(a.meta.title, "Naslov iz JSONL");
  EXPECT_EQ(Str(a, a.layout.title), "Naslov v besedilu");  // the layout still marks the line
}

TEST(CleanArticle, CrlfAndNoBreakSpaces) {
  std::string text =
      "11. 9. 2023, 13:55 | Vir: STA\xC2\xA0\r\n\r\n"
      "\xC2\xA0Naslov\xC2\xA0\r\n\r\n"
      "Kim\xC2\xA0\xC4\x90ong Un je odpotoval.  \r\n"
      "Druga vrstica odstavka.\r\n\r\n"
      "Profimedia\r\n";
  Article a = Cleaned(text);
  EXPECT_EQ(Str(a, a.layout.header), "11. 9. 2023, 13:55 | Vir: STA");
  EXPECT_EQ(Str(a, a.layout.title), "Naslov");
  EXPECT_EQ(Strs(a, a.layout.paragraphs),
            (Lines{"Kim\xC2\xA0\xC4\x90ong Un je odpotoval.  \r\nDruga vrstica odstavka."}));
  EXPECT_EQ(Strs(a, a.layout.boilerplate), (Lines{"Profimedia"}));
  EXPECT_EQ(a.meta.published, "2023-09-11T13:55:00+02:00");
}

TEST(CleanArticle, NoHeader) {
  Article a = Cleaned("Naslov brez glave\n\nPrvi odstavek.\n\nDrugi odstavek.\n");
  EXPECT_FALSE(a.layout.header);
  EXPECT_EQ(Str(a, a.layout.title), "Naslov brez glave");
  EXPECT_EQ(a.layout.paragraphs.size(), 2u);
  EXPECT_EQ(a.meta.published, "");
}

TEST(CleanArticle, HeaderBelowTitle) {
  Article a = Cleaned("Naslov\n\n11. 9. 2023, 13:55 | Vir: STA\n\nBesedilo.\n");
  EXPECT_EQ(Str(a, a.layout.header), "11. 9. 2023, 13:55 | Vir: STA");
  EXPECT_EQ(Str(a, a.layout.title), "Naslov");
  EXPECT_EQ(Strs(a, a.layout.paragraphs), (Lines{"Besedilo."}));
}

TEST(CleanArticle, TwoLineHeader) {
  Article a = Cleaned(
      "By Laura Brenner\nApr 30, 2025 09:45 PM ET\n\n"
      "U.S. and Ukraine sign minerals deal\n\n"
      "WASHINGTON, April 30 (Reuters) - The United States and Ukraine signed an agreement.\n");
  EXPECT_EQ(Str(a, a.layout.header), "By Laura Brenner\nApr 30, 2025 09:45 PM ET");
  EXPECT_EQ(a.meta.published, "2025-04-30T21:45:00-04:00");
  EXPECT_EQ(a.meta.agency, "Reuters");  // from the dateline
  EXPECT_EQ(Str(a, a.layout.title), "U.S. and Ukraine sign minerals deal");
  EXPECT_TRUE(a.layout.boilerplate.empty());
  EXPECT_TRUE(a.layout.subheadings.empty());
}

TEST(CleanArticle, HeaderLineAboveTitleWithoutBlank) {
  Article a = Cleaned("11. 9. 2023, 13:55 | Vir: STA\nNaslov\n\nBesedilo.\n");
  EXPECT_EQ(Str(a, a.layout.header), "11. 9. 2023, 13:55 | Vir: STA");
  EXPECT_EQ(Str(a, a.layout.title), "Naslov");
}

TEST(CleanArticle, AuthorAloneIsNoHeader) {
  Article a = Cleaned("By the sea\n\nA poem about waves.\n\nMore waves.\n");
  EXPECT_FALSE(a.layout.header);
  a = Cleaned("13:55\n\nNaslov\n\nBesedilo.\n");
  EXPECT_FALSE(a.layout.header);
}

TEST(CleanArticle, EmptyAndBlankTexts) {
  for (std::string text : {"", "\n\n", " \xC2\xA0\r\n"}) {
    Article a = Cleaned(text);
    EXPECT_FALSE(a.layout.header);
    EXPECT_FALSE(a.layout.title);
    EXPECT_TRUE(a.layout.paragraphs.empty());
    EXPECT_TRUE(a.layout.boilerplate.empty());
    EXPECT_TRUE(a.meta.title.empty());
  }
}

TEST(CleanArticle, OneLineText) {
  Article a = Cleaned("Kim Džong Un je odpotoval v Rusijo.");
  EXPECT_FALSE(a.layout.title);  // one paragraph: no title
  EXPECT_EQ(Strs(a, a.layout.paragraphs), (Lines{"Kim Džong Un je odpotoval v Rusijo."}));
}

TEST(CleanArticle, FirstParagraphWithDatelineIsNotTitle) {
  Article a = Cleaned("LJUBLJANA, 11. septembra (STA) - Vlada je sprejela.\n\nDrugi odstavek.\n");
  EXPECT_FALSE(a.layout.title);
  EXPECT_EQ(Str(a, a.layout.dateline), "LJUBLJANA, 11. septembra (STA) -");
  EXPECT_EQ(a.meta.agency, "STA");
  EXPECT_EQ(a.meta.published, "");  // no year in the dateline
}

TEST(CleanArticle, TitleWithDashIsStillTitle) {
  Article a = Cleaned("Better - platforma za obvladovanje epidemije\n\nKonzorcij je izbral platformo.\n");
  EXPECT_EQ(Str(a, a.layout.title), "Better - platforma za obvladovanje epidemije");
  EXPECT_FALSE(a.layout.dateline);
}

TEST(CleanArticle, SeveralSentencesAreNotTitle) {
  Article a = Cleaned("Vlada je sprejela proračun. Opozicija je proti.\n\nDrugi odstavek.\n");
  EXPECT_FALSE(a.layout.title);
  EXPECT_EQ(a.layout.paragraphs.size(), 2u);
}

TEST(CleanArticle, SubheadingRules) {
  Article a = Cleaned(
      "Naslov\n\n"
      "Prvi odstavek.\n\n"
      "Orožje za hrano?\n\n"         // subheading: ends with '?'
      "Drugi odstavek.\n\n"
      "Kratka vrstica z dvopičjem:\n\n"  // ends with ':' -> paragraph
      "Tretji odstavek.\n"
      "Vrstica brez presledka\n\n"  // part of a two-line block -> paragraph
      "\"Ne bomo odstopili\"\n\n"   // quoted, no period -> subheading
      "Zadnji odstavek.\n\n"
      "Ljudje so zaskrbljeni. FOTO: Reuters\n\n"  // caption with credit -> paragraph
      "Kaj zdaj? Nihče ne ve!\n\n"     // two questions may be a subheading
      "Besedilo.\n\n"
      "Zadnja kratka vrstica\n");   // nothing after it -> paragraph
  EXPECT_EQ(Strs(a, a.layout.subheadings), (Lines{"Orožje za hrano?", "\"Ne bomo odstopili\"", "Kaj zdaj? Nihče ne ve!"}));
  EXPECT_EQ(Strs(a, a.layout.paragraphs),
            (Lines{"Prvi odstavek.", "Drugi odstavek.", "Kratka vrstica z dvopičjem:",
                   "Tretji odstavek.\nVrstica brez presledka", "Zadnji odstavek.",
                   "Ljudje so zaskrbljeni. FOTO: Reuters", "Besedilo.", "Zadnja kratka vrstica"}));
}

TEST(CleanArticle, BoilerplateBetweenLinesSplitsBlocks) {
  Article a = Cleaned("Naslov\n\nPrvi del.\nFoto: Bobo\nDrugi del.\n\nTweet\nDeli na Facebooku\n");
  EXPECT_EQ(Strs(a, a.layout.paragraphs), (Lines{"Prvi del.", "Drugi del."}));
  EXPECT_EQ(Strs(a, a.layout.boilerplate), (Lines{"Foto: Bobo", "Tweet", "Deli na Facebooku"}));
}

TEST(CleanArticle, CleaningTwiceGivesTheSameLayout) {
  Article a = Cleaned("11. 9. 2023, 13:55 | Vir: STA\n\nNaslov\n\nProfimedia\n\nBesedilo.\n");
  Layout first = a.layout;
  Clean(clean::TestRules(), a);
  EXPECT_EQ(a.layout.boilerplate, first.boilerplate);
  EXPECT_EQ(a.layout.paragraphs, first.paragraphs);
  EXPECT_EQ(a.layout.header, first.header);
}

}  // namespace
}  // namespace kronika
