// The language stage: ISO 639-1 code and confidence by CLD2.
//
// Only the text outside boilerplate is given to CLD2 (title and paragraphs),
// so a promo line in another language does not decide. A language given by
// the input (JSONL "lang") is kept, with confidence 1.
//
// Thread-safety: CLD2 keeps no state between calls; DetectLanguage may be
// called from any number of threads at once.
#pragma once

#include "kronika/article.h"

namespace kronika {

// Sets article.meta.lang and lang_confidence. Leaves lang empty and adds a
// "unknown-language" problem when CLD2 cannot tell.
void DetectLanguage(Article& article);

}  // namespace kronika
