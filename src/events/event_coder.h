// EventCoder: the events stage. Codes who did what to whom, where, when and
// according to whom, from the verbs and event nouns of data/<lang>/ and the
// actor mentions of the actors stage.
//
// Design. Each sentence is cut into clauses at punctuation and clause words
// ("da", "ki", "that"). A clause word-form whose lemma is a pattern's verb
// (or event noun) is a cue; the pattern's frame says how its source and
// target are marked: Slovenian by case and preposition (nom, z+ins, od+gen),
// English by position and preposition (subj, obj, with; a passive swaps
// subject and by-phrase). Arguments are the outermost actor mentions of the
// clause (persons, organisations, titles, groups, countries, capitals); a
// dropped subject is the zero-subject mention on the verb. Coordinated
// targets ("z X in Y") give one event each; a coordinated subject of a
// meeting verb gives the pair. Modality comes from cues in the clause
// (naj bi, bo, bi, ni), in the sentence, from a reporting verb or "po
// navedbah X" before the clause (reported, with X as attribution). Dates
// come from time expressions against the published date; location from a
// city after a place preposition in the clause. Reports of one event (same
// root, same pair of actors, compatible dates) are merged into one Event
// with several mentions; its modality is that of a factual (past or present
// indicative) report if there is one, else the strongest of the others.
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
