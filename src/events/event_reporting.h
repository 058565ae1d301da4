// EventReporting: what one sentence says about the status of what it
// reports. Modality cues ("naj bi", "po navedbah", "niso potrdili") found
// once per sentence, the longest winning where they overlap; and who says
// so: "po navedbah X" covers its clause and those after it, a reporting verb
// ("navaja", "said") the clauses after it, and, when it follows a comma
// (", je povedal X"), the clauses before it too. Its subject is the
// attribution; mentions after "po navedbah" are no event arguments.
//
// Thread-safety: free functions over the caller's data.
#pragma once

#include <cstddef>
#include <vector>

#include "events/event_arguments.h"
#include "events/event_clauses.h"
#include "events/event_lexicon.h"
#include "kronika/article.h"

namespace kronika {

struct CueHit {
  uint32_t first = 0, end = 0;  // tokens
  const ModalityCue* cue = nullptr;
};

std::vector<CueHit> FindModalityCues(const EventLexicon::Lang& lang, TokenKeys& keys, const Sentence& s);

struct SentenceReporting {
  bool context = false;                               // a reporting cue or verb somewhere in the sentence
  std::vector<std::vector<Attribution>> attribution;  // per clause: who says so
  std::vector<size_t> reported_from;                  // per clause: the clause of its reporting verb, or SIZE_MAX
  std::vector<Span> sayers;                           // mentions that only say who reports ("po navedbah Washingtona")
};

SentenceReporting FindReporting(const Article& a, const EventLexicon::Lang& lang, TokenKeys& keys,
                                const EventArguments& args, const Sentence& s, const std::vector<Clause>& clauses,
                                const std::vector<CueHit>& hits);

}  // namespace kronika
