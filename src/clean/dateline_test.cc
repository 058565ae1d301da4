#include "clean/dateline.h"

#include <gtest/gtest.h>

#include "clean/clean_test_util.h"

namespace kronika::clean {
namespace {

// The dateline text ParseDateline finds at the start of `para`, or "<none>".
std::string Dateline(std::string_view para) {
  auto d = ParseDateline(TestImpl(), para, "");
  return d ? std::string(para.substr(0, d->length)) : "<none>";
}

TEST(CleanDateline, SlovenianForms) {
  EXPECT_EQ(Dateline("Ljubljana, 12. oktobra (STA) - Vlada je danes sprejela..."), "Ljubljana, 12. oktobra (STA) -");
  EXPECT_EQ(Dateline("Bruselj, 3. marca (STA) - Zunanji ministri EU so..."), "Bruselj, 3. marca (STA) -");
  EXPECT_EQ(Dateline("Ljubljana - Vlada je danes sprejela..."), "Ljubljana -");
  EXPECT_EQ(Dateline("Novo mesto, 3. marca (STA) – Občina je..."), "Novo mesto, 3. marca (STA) –");
  auto d = ParseDateline(TestImpl(), "LJUBLJANA, 11. septembra (STA) - Besedilo.", "");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->agency, "STA");
  ASSERT_TRUE(d->date);
  EXPECT_EQ(d->date->month, 9);
  EXPECT_EQ(d->date->day, 11);
  EXPECT_FALSE(d->date->complete());
  EXPECT_EQ(d->lang, "sl");
}

TEST(CleanDateline, EnglishForms) {
  EXPECT_EQ(Dateline("KYIV, Oct 12 (Reuters) - Russian forces..."), "KYIV, Oct 12 (Reuters) -");
  EXPECT_EQ(Dateline("BEIJING (AP) \xE2\x80\x94 China said..."), "BEIJING (AP) \xE2\x80\x94");
  EXPECT_EQ(Dateline("BEIJING (AP)\xE2\x80\x94 China said..."), "BEIJING (AP)\xE2\x80\x94");
  EXPECT_EQ(Dateline("WASHINGTON \xE2\x80\x94 The Senate..."), "WASHINGTON \xE2\x80\x94");
  EXPECT_EQ(Dateline("WASHINGTON, D.C. (AP) \xE2\x80\x94 The Senate..."), "WASHINGTON, D.C. (AP) \xE2\x80\x94");
  auto d = ParseDateline(TestImpl(), "WASHINGTON, Sept. 11, 2023 (AFP) \xE2\x80\x93 The White House...", "");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->agency, "AFP");
  ASSERT_TRUE(d->date);
  EXPECT_TRUE(d->date->complete());
  EXPECT_EQ(d->date->year, 2023);
  EXPECT_EQ(d->date->month, 9);
  EXPECT_EQ(d->date->day, 11);
}

TEST(CleanDateline, RejectsSentences) {
  EXPECT_EQ(Dateline("Severnokorejski voditelj Kim - ki redko potuje - je odpotoval."), "<none>");
  EXPECT_EQ(Dateline("Putin \xE2\x80\x94 who has ruled since 2000 \xE2\x80\x94 said..."), "<none>");
  EXPECT_EQ(Dateline("Predsednik vlade (SDS) - je dejal..."), "<none>");
  EXPECT_EQ(Dateline("Port-au-Prince is the capital."), "<none>");
  EXPECT_EQ(Dateline("Ljubljana -"), "<none>");  // nothing after the dash
  EXPECT_EQ(Dateline(""), "<none>");
  EXPECT_EQ(Dateline("- Ljubljana"), "<none>");
}

}  // namespace
}  // namespace kronika::clean
