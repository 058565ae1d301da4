// ActorResolver: the actors stage. Gives mentions their CAMEO actor codes
// and adds the mentions that are not names:
//
//  - persons: a surname several persons share goes to the one whose full
//    name the article uses, else to the one in office on the article's date;
//    a person's code is <country>GOV while in an office on that date, else
//    <country>ELI (data/actors/offices);
//  - capitals standing for governments: a capital city keeps its place
//    (type LOC, coordinates) and gets <country>GOV ("V Seulu pričakujejo",
//    "po navedbah Washingtona"), resolved_by "metonym";
//  - titles (TITLE): a demonym and a title ("ruski predsednik", "the Chinese
//    vice premier"), a title with a demonym inside ("podpredsednik kitajske
//    vlade"), a title and a country ("podpredsednica Laosa", "president of
//    Russia"), a country's title ("North Korea's leader"). The title is the
//    person named right after it ("ruskim predsednikom Vladimirjem Putinom"),
//    else the holder of that office on the article's date, else the role's
//    actor code with no person;
//  - groups (GROUP): a demonym and a group noun ("južnokorejskih medijev",
//    "ruske oblasti", "ameriški in drugi uradniki", "Russian forces"):
//    <country><sector> (KORMED, RUSGOV, USAGOV, RUSMIL).
//
// Language knowledge comes from data/actors/ (roles.tsv, demonyms.tsv,
// groups.tsv, capitals.tsv, offices); the phrases are analysed once at Load.
//
// Thread-safety: immutable after Load; Resolve may be called from any thread.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "actors/actor_data.h"
#include "morphology/phrase_index.h"
#include "core/status.h"
#include "kronika/article.h"

namespace kronika {

class ActorResolver {
 public:
  static Result<std::shared_ptr<const ActorResolver>> Load(const std::string& data_dir,
                                                           std::shared_ptr<const ActorData> data,
                                                           const std::map<std::string, const Analyser*>& analysers,
                                                           const Segmenter& segmenter);
  void Resolve(Article& article) const;

 private:
  struct Lang {
    PhraseIndex demonyms, titles, groups;
    PhraseIndex links;  // "in drugi": may stand between a demonym and a group noun
    std::unordered_set<std::string> possessor_prepositions;  // "of": "president of Russia" (role_prepositions.tsv)
    std::string home;  // alpha-3 of the state whose press writes this language (languages.tsv), or ""
    std::vector<std::string> demonym_country;  // payload -> alpha-3
    std::vector<RoleTitle> titles_role;        // payload -> role
    std::vector<GroupNoun> groups_noun;        // payload -> group
  };
  void ResolvePersons(Article& a, const std::string& date) const;
  void FindTitlesAndGroups(Article& a, const Lang& lang, const std::string& date) const;
  // The person a title of `role` in `country` means on `date` ("" if none).
  std::string TitleHolder(const std::string& country, const std::string& role, const std::string& date) const;

  std::shared_ptr<const ActorData> data_;
  std::map<std::string, Lang> langs_;
};

}  // namespace kronika
