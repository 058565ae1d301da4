// Writes an annotated Article as one JSON object in the annotation format of
// FORMAT.md (the format `kronika annotate` prints and the store keeps).
// Byte spans become Unicode code-point offsets; unknown values are null.
//
// Thread-safety: pure function of the article.
#pragma once

#include <nlohmann/json.hpp>

#include "kronika/article.h"

namespace kronika {

struct AnnotationOptions {
  // Adds "tokens": every token with its span, kind, sentence index, lemma
  // and tag candidates and the unknown-word flag (morphology made visible).
  bool tokens = false;
};

nlohmann::ordered_json AnnotationJson(const Article& article, const AnnotationOptions& options = {});

}  // namespace kronika
