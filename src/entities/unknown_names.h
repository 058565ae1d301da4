// UnknownNames: the second part of the entities stage. Finds names that no
// dictionary knows and types them from their context, then links mentions
// of one name within the article.
//
//  - A run of capitalised words not already a mention is a name candidate.
//    Its first word is dropped when it only starts the sentence (the analyser
//    knows it as a common word). The type comes from the analyser's tags
//    (first names and surnames: PER; places: LOC), a person title before it
//    ("dr.", "ministrica", "spokesman": data/<lang>/person_titles.tsv: PER),
//    an all-capital short word (an acronym: ORG), else PER for two or more
//    words. Month and weekday names (data/<lang>/months.tsv) and runs of
//    common words only ("Treasury Secretary") are not names. resolved_by is
//    "context".
//  - Slovenian capitalises only the first word of an organisation's name:
//    a capitalised word inside a sentence followed within a few lower-case
//    words by an organisation noun ("Nacionalni inštitut za javno zdravje";
//    data/<lang>/org_heads.tsv) is an ORG, extended over a following place
//    name ("Univerzitetni klinični center Ljubljana").
//  - Linking: a one-word person mention whose base form is the last (or
//    first) word of a longer person mention in the same article takes its
//    entity ("Yathotou" -> "Pany Yathotou"), resolved_by "coreference", with
//    Mention::antecedent set.
//
// Thread-safety: immutable after Load; Find may be called from any thread.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <unordered_set>

#include "core/status.h"
#include "entities/name_guesser.h"
#include "kronika/article.h"
#include "morphology/phrase_index.h"

namespace kronika {

class Analyser;
class Segmenter;

class UnknownNames {
 public:
  static Result<std::shared_ptr<const UnknownNames>> Load(const std::string& data_dir,
                                                          const std::map<std::string, const Analyser*>& analysers,
                                                          const Segmenter& segmenter);
  void Find(Article& article) const;

 private:
  struct Lang {
    PhraseIndex person_titles, org_heads;
    NameGuesser guesser;
    std::unordered_set<std::string> calendar;  // month and weekday names: never names of actors
  };
  std::unordered_set<std::string> company_suffixes_;  // "d.o.o", "inc" (folded)
  std::map<std::string, Lang> langs_;
};

}  // namespace kronika
