#include "language/language_detector.h"

#include <cld2/public/compact_lang_det.h>

#include <algorithm>

namespace kronika {

void DetectLanguage(Article& article) {
  if (!article.meta.lang.empty()) {
    article.meta.lang_confidence = 1.0;
    return;
  }
  // Concatenate the title and paragraphs; fall back to the whole text.
  std::string buf;
  if (article.layout.title) buf.append(article.view(*article.layout.title)).push_back('\n');
  for (const Span& p : article.layout.paragraphs) buf.append(article.view(p)).push_back('\n');
  for (const Span& p : article.layout.subheadings) buf.append(article.view(p)).push_back('\n');
  if (buf.size() < 2) buf = article.text;

  CLD2::Language lang3[3];
  int percent3[3];
  int text_bytes = 0;
  bool reliable = false;
  CLD2::Language lang = CLD2::DetectLanguageSummary(buf.data(), static_cast<int>(buf.size()), true, lang3, percent3,
                                                    &text_bytes, &reliable);
  if (lang == CLD2::UNKNOWN_LANGUAGE || lang == CLD2::TG_UNKNOWN_LANGUAGE) {
    article.problems.push_back({"unknown-language", "language could not be detected"});
    return;
  }
  article.meta.lang = CLD2::LanguageCode(lang);
  double conf = percent3[0] / 100.0;
  if (!reliable) conf = std::min(conf, 0.5);
  article.meta.lang_confidence = conf;
}

}  // namespace kronika
