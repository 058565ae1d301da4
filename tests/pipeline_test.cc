// The pipeline end to end on inputs written for the purpose: rejections,
// repairs, language fallbacks and the traceability of every span.
#include <unicode/unistr.h>

#include "core/utf8.h"
#include "pipeline_fixture.h"

namespace kronika {
namespace {

using json = nlohmann::ordered_json;

std::optional<Article> AnnotateRaw(std::string text, std::string lang, Problem* rejected) {
  RawInput in;
  in.bytes = std::move(text);
  in.meta.source = "test";
  in.meta.lang = std::move(lang);
  return testing::SharedPipeline().Annotate(std::move(in), rejected);
}

TEST(Pipeline, EmptyAndBinaryInputsAreRejectedWithAReason) {
  Problem p;
  EXPECT_FALSE(AnnotateRaw(" \n\t\n", "", &p));
  EXPECT_EQ(p.code, "empty");
  EXPECT_FALSE(AnnotateRaw(std::string("GIF89a\0\0\x01", 9), "", &p));
  EXPECT_EQ(p.code, "binary");
}

TEST(Pipeline, InvalidUtf8IsRepairedAndReported) {
  Problem p;
  auto a = AnnotateRaw("Rusija \xC3\x28 Ukrajina.", "sl", &p);
  ASSERT_TRUE(a);
  ASSERT_EQ(a->problems.size(), 1u);
  EXPECT_EQ(a->problems[0].code, "invalid-utf8");
  EXPECT_EQ(a->problems[0].message.rfind("byte 7:", 0), 0u) << a->problems[0].message;
  json j = AnnotationJson(*a);
  EXPECT_EQ(j["mentions"].size(), 2u);
}

TEST(Pipeline, ShortTextsGetTheLanguageWhoseAnalyserKnowsThem) {
  Problem p;
  auto sl = AnnotateRaw("Sestal se bo s Putinom v sredo.", "", &p);
  ASSERT_TRUE(sl);
  EXPECT_EQ(sl->meta.lang, "sl");
  auto en = AnnotateRaw("Kim met Putin on Wednesday.", "", &p);
  ASSERT_TRUE(en);
  EXPECT_EQ(en->meta.lang, "en");
}

TEST(Pipeline, UnsupportedLanguageIsSegmentedAndSaysSo) {
  Problem p;
  auto a = AnnotateRaw("Der Bundeskanzler hat heute in Berlin mit dem französischen Präsidenten über die Lage in der "
               "Ukraine gesprochen. Beide forderten einen Waffenstillstand.", "", &p);
  ASSERT_TRUE(a);
  EXPECT_EQ(a->meta.lang, "de");
  EXPECT_FALSE(a->sentences.empty());
  ASSERT_FALSE(a->problems.empty());
  EXPECT_EQ(a->problems.back().code, "unsupported-language");
}

TEST(Pipeline, EverySpanPointsIntoTheOriginalText) {
  std::string text =
      "12. 10. 2023, 09:41 | Vir: STA\n\nKim\xC2\xA0" "Džong Un v Rusiji\n\nKim Džong Un je odpotoval v "
      "Rusijo, kjer se bo v Vladivostoku sestal s Putinom.\n\nFoto: STA\n";
  json j = testing::AnnotateText(text, "t");
  // Code points of the original text, as Python's text[start:end] would see them.
  std::u32string u;
  for (size_t i = 0; i < text.size();) u.push_back(NextCodePoint(text, i));
  auto slice = [&](int64_t b, int64_t e) {
    std::string out;
    for (int64_t k = b; k < e; ++k) {
      char32_t c = u[k];
      icu::UnicodeString us(static_cast<UChar32>(c));
      us.toUTF8String(out);
    }
    return out;
  };
  ASSERT_GE(j["mentions"].size(), 3u);
  for (const auto& m : j["mentions"]) EXPECT_EQ(slice(m["start"], m["end"]), m["text"].get<std::string>());
  EXPECT_EQ(slice(j["spans"]["title"][0], j["spans"]["title"][1]), "Kim\xC2\xA0" "Džong Un v Rusiji");
  EXPECT_EQ(j["length"], static_cast<int64_t>(u.size()));
}

}  // namespace
}  // namespace kronika
