// Reads gold annotations for `kronika eval`:
//  - our JSON: a file with "mentions" (each with text, start, end, type,
//    entity, actor) and "file" naming the article (relative to the JSON's
//    folder or any folder above it): tests/golden/**/*.expected.json and
//    ../shared/samples/**/*.expected.json;
//  - the dev-set TSV: a folder with raw/<id>.txt and gold/<id>.tsv, one
//    mention a line: start end surface lemma type id.
// A folder is searched recursively for either. Offsets are code points.
//
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <vector>

#include "core/status.h"
#include "eval/event_scorer.h"
#include "eval/mention_scorer.h"

namespace kronika {

struct GoldDoc {
  std::string name;   // file the gold came from
  std::string text;   // the article
  std::string lang;   // when the gold says
  bool names_only = false;  // dev TSV: only names (PER, LOC, ORG) are annotated
  std::vector<ScoredMention> mentions;
  bool has_mentions = false;
  std::vector<GoldEvent> events;
  bool has_events = false;
};

// Reads every gold document under `path`; problems with single files are
// appended to `problems` (file and reason) and the rest is read.
std::vector<GoldDoc> ReadGold(const std::string& path, std::vector<std::string>* problems);

}  // namespace kronika
