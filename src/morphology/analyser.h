// Analyser: the morphology stage. Lemma and tag candidates for every word
// token, from Apertium's analysers run in process through the lttoolbox C++
// library (no lt-proc child process).
//
// One Analyser per language (Slovenian: slv-hbs.automorf.bin from
// apertium-hbs-slv; English: eng-spa.automorf.bin from apertium-eng-spa).
// An lttoolbox FSTProcessor is not thread-safe, so the Analyser keeps a small
// pool of them and each call borrows one. Results are cached per distinct
// word form, so a form is analysed once per process: the cache is sharded
// and read-mostly (shared_mutex per shard) and its entries are never moved
// or freed while the Analyser lives, so Token::analyses may point into it.
// When the cache is full (max_cached_forms), new forms are analysed each time
// and stored in the article (Article::analysis_store) instead.
//
// Thread-safety: all const methods may be called from any number of threads.
#pragma once

#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "kronika/article.h"

namespace kronika {

class Analyser {
 public:
  // Loads the compiled transducer at `automorf_path`.
  static Result<std::unique_ptr<Analyser>> Load(const std::string& lang, const std::string& automorf_path,
                                                size_t max_cached_forms = 2'000'000);
  ~Analyser();

  const std::string& lang() const { return lang_; }

  // Analyses of one word form (empty when unknown). The pointer stays valid
  // for the Analyser's lifetime if cached; otherwise it points into `store`.
  const std::vector<Analysis>* Lookup(std::string_view form, std::deque<std::vector<Analysis>>* store) const;

  // Analyses many forms in one call to the transducer (cheaper than one call
  // each); returns one result per form, in order.
  std::vector<std::vector<Analysis>> AnalyseBatch(const std::vector<std::string>& forms) const;

  // Fills Token::analyses and Token::unknown for every word token.
  void Analyse(Article& article) const;

  size_t cached_forms() const;

 private:
  Analyser();
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::string lang_;
};

// Parses lttoolbox stream output of one form ("^form/lemma<t1><t2>/...$",
// possibly several units) into analyses. Exposed for tests.
std::vector<Analysis> ParseAnalyses(std::string_view stream_unit);

}  // namespace kronika
