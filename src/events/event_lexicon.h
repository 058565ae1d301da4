// EventLexicon: the language knowledge of the events stage, loaded once from
// data/: CAMEO codes with Goldstein scores, QuadClass and PLOVER types
// (data/common/cameo.tsv); per language the verb and noun patterns with their
// argument frames (event_verbs.tsv, event_nouns.tsv), modality cues
// (modality_cues.tsv), reporting verbs (speech_verbs.tsv), verbs of intention
// (intent_verbs.tsv, with data/common/intent_codes.tsv), forms the analyser
// does not know (extra_forms.tsv), words of an exchange (exchange_cues.tsv), time expressions
// (time_expressions.tsv) and number words (number_words.tsv), the words that open clauses (clause_words.tsv) and
// join lists (conjunctions.tsv), locative prepositions (place_prepositions.tsv)
// and spelling variants of prepositions (preposition_forms.tsv),
// and the demonyms of data/actors/demonyms.tsv for event nouns' sources.
//
// Thread-safety: immutable after Load; any thread may read it.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/status.h"
#include "morphology/phrase_index.h"

namespace kronika {

class Analyser;
class Segmenter;

struct CameoCode {
  std::string name, plover;
  double goldstein = 0;
  int quad_class = 0;
  bool mutual = false;  // both sides do the same: a coordinated subject is the pair
  std::string place;    // "target", "source" or "": whose country the act happens in when no place is named
};

// How an argument is marked: "nom", "acc", "z+ins", "od+gen" (Slovenian:
// case, with an optional preposition); "subj", "obj", "with", "to"
// (English: position or preposition); "adj", "gen", "by" (event nouns);
// "-" for none.
struct ArgMarker {
  std::string preposition;  // "" when none
  std::string form;         // case ("nom", "acc", ...), "subj", "obj", "adj", or "" for a bare preposition
  bool none = false;
  static ArgMarker Parse(const std::string& s);
};

struct EventPattern {
  std::string lemma;               // folded; the last word of a multi-word noun ("strike" of "drone strike")
  std::vector<std::string> lead;   // folded words before it in a multi-word noun ("drone")
  std::vector<std::string> with;   // folded words that must be in the clause
  ArgMarker source, target;
  std::string cameo;
  const CameoCode* info = nullptr;  // cameo's entry in cameo.tsv, null when the table is absent
  bool noun = false;
};

struct ModalityCue {
  std::string modality;   // reported, expected, hypothetical, denied, unconfirmed, question, negated
  std::string scope;      // clause, sentence, following, source
  std::string otherwise;  // the modality of the cue's second row, read from context ("naj bi": expected)
};

struct TimeExpression {
  std::string kind;       // offset_days, weekday, offset_weeks, offset_months, offset_years, month_name, year_prefix, ago
  int value = 0;
  std::string precision;  // day, week, month, year
  std::string part;       // weekend, start, middle, end, night, or "" for the whole period (from the note)
};

// A time expression with a number in it ("pred <n> leti", "<n> years ago"):
// the folded words before and after the number.
struct CountedTimeExpression {
  std::vector<std::string> before, after;
  uint32_t info = 0;  // index into time_info
};

class EventLexicon {
 public:
  static Result<std::shared_ptr<const EventLexicon>> Load(const std::string& data_dir,
                                                         const std::map<std::string, const Analyser*>& analysers,
                                                         const Segmenter& segmenter);
  const CameoCode* cameo(const std::string& code) const;
  // The code of an intention to do `code` (data/common/intent_codes.tsv), or "" when it has none.
  std::string IntentCode(const std::string& code) const;

  struct Lang {
    std::unordered_multimap<std::string, EventPattern> verbs, nouns;  // by folded lemma
    PhraseIndex cues;
    std::vector<ModalityCue> cue_info;
    std::unordered_set<std::string> speech;  // folded lemmas of reporting verbs
    PhraseIndex times;
    std::vector<TimeExpression> time_info;
    std::vector<CountedTimeExpression> counted_times;
    std::unordered_map<std::string, int> number_words;  // "dveh" -> 2 (number_words.tsv)
    std::unordered_set<std::string> clause_words;
    std::unordered_set<std::string> bare_clause_words;  // open a clause without a comma ("said that")
    std::unordered_set<std::string> relative_words;     // "ki", "who": open a clause inserted in another
    std::unordered_set<std::string> conjunctions;           // "in", "and": join actors in a list
    std::unordered_set<std::string> locative_prepositions;  // "v", "in": the place of the event
    std::unordered_map<std::string, std::string> preposition_forms;  // "s" -> "z"
    std::unordered_set<std::string> agent_prepositions;      // "by": the doer of a passive (role_prepositions.tsv)
    std::unordered_set<std::string> possessor_prepositions;  // "of": "the role of Slovenia"
    std::unordered_set<std::string> means_prepositions;              // "z", "with": the means of an act (means_prepositions.tsv)
    // The canonical form of a preposition ("s" is "z").
    const std::string& Preposition(const std::string& p) const {
      auto it = preposition_forms.find(p);
      return it == preposition_forms.end() ? p : it->second;
    }
    // Demonym adjectives (data/actors/demonyms.tsv): "ruski napad" names the attacker.
    PhraseIndex demonyms;
    std::vector<std::string> demonym_country;
    // Forms the analyser does not read as the verb or noun they are (extra_forms.tsv).
    std::unordered_multimap<std::string, std::string> verb_forms, noun_forms;  // folded form -> folded lemma
    std::unordered_set<std::string> intent_verbs;  // "želeti", "want": their infinitive is an intention
    PhraseIndex exchange;                          // "v zameno", "in exchange": the other side gives
  };
  const Lang* lang(const std::string& code) const;
  size_t patterns(const std::string& lang) const;

 private:
  std::unordered_map<std::string, CameoCode> cameo_;
  std::unordered_map<std::string, std::string> intent_;  // code prefix -> intent code
  std::map<std::string, Lang> langs_;
};

// Is token `t` of `a` a verb whose lemma is in `lemmas` (lang.speech,
// lang.intent_verbs), read by the analyser or, when it has no verb reading,
// by its form (extra_forms.tsv)?
bool VerbIn(const Article& a, const EventLexicon::Lang& lang, TokenKeys& keys, uint32_t t,
            const std::unordered_set<std::string>& lemmas);

}  // namespace kronika
