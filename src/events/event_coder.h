// EventCoder: the events stage. Codes who did what to whom, where, when and
// according to whom, from the verbs and event nouns of data/<lang>/ and the
// actor mentions of the actors stage.
//
// Design. Each sentence is cut into clauses (event_clauses.h); its modality
// cues and who says what are read once (event_reporting.h). A clause word
// whose lemma (or form, extra_forms.tsv) is a pattern's verb or event noun
// is a cue; the pattern's frame says how its source and target are marked:
// Slovenian by case and preposition (nom, z+ins, od+gen), English by
// position and preposition (subj, obj, with; a passive swaps subject and
// by-phrase). Arguments are the outermost actor mentions of the clause
// (event_arguments.h); a dropped subject is the zero-subject mention on the
// verb. Coordinated targets ("z X in Y") give one event each, as do
// coordinated subjects; a mutual act (cameo.tsv) pairs a coordinated
// subject. An infinitive after a verb of intention is the intention
// (intent_codes.tsv). Modality comes from the cues of the clause and
// sentence, a reporting verb or "po navedbah X" (reported, with X as
// attribution), and a time expression after the publication date
// (expected). Dates come from event_dates.h; the place from a city after a
// locative preposition, a city that is the target, or else the country the
// code says the act happens in. Reports of one event are merged
// (event_merge.h).
//
// Thread-safety: immutable after Load; Code may be called from any thread.
#pragma once

#include <memory>

#include "events/event_lexicon.h"
#include "kronika/article.h"

namespace kronika {

class EventCoder {
 public:
  explicit EventCoder(std::shared_ptr<const EventLexicon> lexicon) : lex_(std::move(lexicon)) {}
  void Code(Article& article) const;

 private:
  std::shared_ptr<const EventLexicon> lex_;
};

}  // namespace kronika
