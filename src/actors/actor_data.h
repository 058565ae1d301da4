// ActorData: the actors of data/actors/ (see its README.md) loaded once:
// persons and the offices they held with dates, organisations, metonyms,
// capitals, titles (roles), demonyms and group nouns.
//
// It gives the gazetteer the names to find (NamesForGazetteer) and answers
// the questions of the actors stage: which offices a person held on a date,
// who held a role in a country on a date, which city is a capital, which
// adjective names which country. Problems in the files (a person that does
// not exist, a bad date, an unknown role) are collected in issues() with
// file:line; `kronika dict check` prints them, and a file that cannot be
// read at all fails Load.
//
// Thread-safety: immutable after Load; any thread may query it.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/status.h"
#include "entities/gazetteer.h"

namespace kronika {

struct Person {
  std::string id, entity, country;
  char gender = 0;  // 'm', 'f' or 0
};

struct Office {
  std::string person, country, role;
  std::string start, end;  // normalised YYYY-MM-DD; end empty while in office
  std::string where;       // file:line, for messages
};

struct RoleTitle {
  std::string role;     // head_of_state, foreign_minister, ..., or "official" (no office tracked)
  std::string country;  // only for this state ("" = any)
  std::string label;    // English words for an "official" title ("ambassador")
};

struct GroupNoun {
  std::string sector;  // MED, GOV, MIL, ...
  std::string entity;  // English: "media", "officials"
  bool alone = false;  // alone it names the home state's group ("Vlada je sprejela")
};

class ActorData {
 public:
  static Result<std::shared_ptr<const ActorData>> Load(const std::string& data_dir);

  // Persons (full and short names), organisations and metonyms, as entries
  // and names for Gazetteer::Load.
  const Gazetteer::ExtraNames& names() const { return names_; }

  const Person* person(const std::string& id) const;
  // Offices `person` held on `date` (YYYY-MM-DD; empty = today's holders).
  std::vector<const Office*> OfficesOn(const std::string& person, const std::string& date) const;
  // Who held `role` in `country` on `date`.
  std::vector<const Office*> Holders(const std::string& country, const std::string& role,
                                     const std::string& date) const;
  // The CAMEO code of a person on a date: <office country>GOV while in an
  // office, else <country>ELI; with no date, the country of the latest office.
  std::string PersonActor(const std::string& person, const std::string& date) const;
  // Whether `person` held any office at any time.
  bool HeldOffice(const std::string& person) const { return offices_by_person_.count(person) > 0; }

  // Alpha-3 of the state whose capital has this geonameid, or "".
  std::string CapitalOf(const std::string& geonameid) const;
  // The actor a city stands for as a speaker when that is not its state's
  // government (metonyms.tsv rows with a geonameid: Brussels -> IGOEUREEC), or "".
  std::string CityMetonym(const std::string& geonameid) const;

  // Language resources for titles and groups, by language; keys are the
  // phrases as written in the files (the actors stage analyses them).
  const std::multimap<std::string, RoleTitle>& roles(const std::string& lang) const;
  const std::multimap<std::string, std::string>& demonyms(const std::string& lang) const;  // adjective -> alpha-3
  const std::map<std::string, GroupNoun>& groups(const std::string& lang) const;
  // First English adjective of a country ("South Korean"), for group entities.
  std::string EnglishDemonym(const std::string& country) const;

  const std::vector<std::string>& issues() const { return issues_; }
  size_t persons() const { return persons_.size(); }
  size_t offices() const { return offices_.size(); }

 private:
  Gazetteer::ExtraNames names_;
  std::unordered_map<std::string, Person> persons_;
  std::vector<Office> offices_;
  std::unordered_map<std::string, std::vector<size_t>> offices_by_person_;
  std::map<std::pair<std::string, std::string>, std::vector<size_t>> offices_by_role_;  // (country, role)
  std::unordered_map<std::string, std::string> capitals_;                                // geonameid -> alpha-3
  std::unordered_map<std::string, std::string> city_metonyms_;                           // geonameid -> actor
  std::map<std::string, std::multimap<std::string, RoleTitle>> roles_;
  std::map<std::string, std::multimap<std::string, std::string>> demonyms_;
  std::map<std::string, std::map<std::string, GroupNoun>> groups_;
  std::map<std::string, std::string> english_demonym_;
  std::vector<std::string> issues_;
};

// "2019" -> "2019-01-01" (or "2019-12-31" when `end`), "2019-05" ->
// "2019-05-01" / "2019-05-31"; "" stays ""; anything else is invalid ("?").
std::string NormaliseDate(const std::string& d, bool end);

}  // namespace kronika
