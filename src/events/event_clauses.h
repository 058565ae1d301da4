// EventClauses: a sentence cut into the clauses the events stage reads an
// event's source, target and modality in. Punctuation cuts (the comma before
// "da", "ki", "that" stays with the clause it opens); so does an English
// clause word without a comma ("warned that", data/en/clause_words.tsv
// `bare`). The fragment after an inserted relative clause (", ki ... ,")
// continues the clause before it.
//
// Thread-safety: free functions over the caller's data.
#pragma once

#include <functional>
#include <vector>

#include "events/event_lexicon.h"
#include "kronika/article.h"
#include "morphology/phrase_index.h"

namespace kronika {

struct Clause {
  uint32_t first = 0, end = 0;  // tokens [first, end)
  // A fragment that continues a clause after an inserted relative clause
  // ("da se bo Kim, ki ... redko, | z vlakom odpravil"): the clause it continues, else -1.
  int32_t continues = -1;
};

// `in_list(t)` says that the comma at token `t` joins items of a list of
// actors ("Macron, Merz, Starmer in Tusk so pozvali"): no cut there.
std::vector<Clause> SplitClauses(const Article& a, const EventLexicon::Lang& lang, TokenKeys& keys, const Sentence& s,
                                 const std::function<bool(uint32_t)>& in_list = nullptr);

// The index of the clause that holds token `t` (the last one if none does).
size_t ClauseOf(const std::vector<Clause>& clauses, uint32_t t);

}  // namespace kronika
