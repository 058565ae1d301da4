// Cleaner: the clean stage. Finds the header line, title, dateline,
// paragraphs, subheadings and boilerplate of an article, and the metadata the
// text itself states (published time with zone, agency, title).
//
// Clean marks; it never deletes or rewrites Article::text. Boilerplate spans
// (photo credits, promos such as "Novo na ..." / "Preberite tudi" / "Read
// more", share and cookie lines) are recorded in Layout::boilerplate and no
// later stage looks inside them. Metadata already given by the input (JSONL
// fields) wins over what the text says.
//
// Rules come from data/<lang>/boilerplate.tsv, data/<lang>/months.tsv and
// data/common/agencies.tsv, loaded once by CleanRules::Load.
//
// Thread-safety: CleanRules is immutable after Load and may be shared by all
// threads; Clean() touches only the article it is given.
#pragma once

#include <memory>
#include <string>

#include "core/status.h"
#include "kronika/article.h"

namespace kronika {

class CleanRules {
 public:
  // Reads the rule files under `data_dir` (the data/ folder).
  static Result<std::shared_ptr<const CleanRules>> Load(const std::string& data_dir);
  ~CleanRules();

  struct Impl;
  const Impl& impl() const { return *impl_; }

 private:
  CleanRules();
  std::unique_ptr<Impl> impl_;
};

// Fills article.layout, and article.meta.published / agency / title where
// the input left them empty. Clean runs before language detection, so the
// rules of every language apply; meta.lang is used when the input gave it.
void Clean(const CleanRules& rules, Article& article);

}  // namespace kronika
