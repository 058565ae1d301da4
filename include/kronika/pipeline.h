// Pipeline: the whole chain of DESIGN.md, from raw input to an annotated
// Article: prepare (UTF-8, hash, id) → clean → language → segment →
// morphology → entities.
//
// Resources (rules, analysers, gazetteers) are loaded once by Load into an
// immutable Pipeline that all threads share. Annotate is a function of
// (resources, input): no global state, so N threads can each carry one
// article through the whole pipeline and the output does not depend on N.
//
// Thread-safety: Load from one thread; Annotate from any number at once.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "core/status.h"
#include "ingest/input_reader.h"
#include "kronika/article.h"

namespace kronika {

struct PipelineOptions {
  std::string data_dir;  // data/ folder; empty: DefaultDataDir()
};

class Pipeline {
 public:
  static Result<std::shared_ptr<const Pipeline>> Load(const PipelineOptions& options);
  ~Pipeline();

  // Runs every stage. Returns nullopt and fills `rejected` when the input
  // cannot be an article (empty, binary).
  std::optional<Article> Annotate(RawInput&& input, Problem* rejected) const;

  // Languages with an analyser (data/languages.tsv).
  std::vector<std::string> languages() const;

  struct Impl;

 private:
  Pipeline();
  void VoteLanguageByCoverage(Article& article) const;
  std::unique_ptr<Impl> impl_;
};

// Hex XXH3-128 of `bytes`.
std::string ContentHash(std::string_view bytes);

}  // namespace kronika
