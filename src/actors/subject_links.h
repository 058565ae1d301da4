// SubjectLinks: part of the actors stage. Links subject pronouns and dropped
// subjects to the actor they stand for, and records each link as a mention
// with Mention::antecedent set and resolved_by "coreference".
//
//  - A subject pronoun ("on", "ona", "he", "she": data/<lang>/pronouns.tsv)
//    gets a mention on its own span that refers to the latest actor mention
//    before it whose gender and number agree.
//  - Slovenian drops subjects ("Potoval naj bi z oklepnim vlakom"). A
//    sentence whose finite verb is an l-participle or a 3rd-person form and
//    which names no actor in the nominative gets a mention on that verb,
//    with zero_subject set, referring to the latest person (or title) within
//    the three sentences before it whose gender and number agree with the
//    participle; organisations and places stand in only when no person does.
//
// Gender comes from the actors data (persons), from the analyser's tags on
// the mention's first word (titles, unknown names) and number from them too.
// Links are recorded, never silent: the verb or pronoun span is the evidence.
//
// Thread-safety: immutable after Load; Link may be called from any thread.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "actors/actor_data.h"
#include "core/status.h"
#include "kronika/article.h"

namespace kronika {

class SubjectLinks {
 public:
  static Result<std::shared_ptr<const SubjectLinks>> Load(const std::string& data_dir,
                                                          std::shared_ptr<const ActorData> data,
                                                          const std::vector<std::string>& languages);
  void Link(Article& article) const;

 private:
  struct Pronoun {
    char gender = 0;  // 'm', 'f', 'n' or 0 for any
    char number = 's';  // 's', 'p', 'd'
  };
  std::shared_ptr<const ActorData> data_;
  std::map<std::string, std::map<std::string, Pronoun>> pronouns_;  // lang -> form -> features
};

}  // namespace kronika
