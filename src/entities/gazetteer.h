// Gazetteer: the first part of the entities stage. Finds every mention of a
// country or a city, in Slovenian and English, through lemmas, and gives it a
// canonical English name, ISO alpha-3 country and, for cities, coordinates.
//
// Names come from packages, not tables in code: ISO 3166-1 (iso-codes JSON,
// with Slovenian from its gettext catalog), ICU's display names of regions in
// English and Slovenian, the GeoNames cities embedded in libgeonames (with
// its Slovenian catalog), plus data/common/country_aliases.tsv and
// data/common/city_aliases.tsv for names news uses that those lack.
// data/common/city_stoplist.tsv lists city names that are also common words,
// and data/common/place_blockers.tsv multiword names that contain a place
// but are not one ("New York Times", "Bela hiša").
//
// Matching (design): every name is tokenised and analysed once at load with
// the same segmenter and analyser as articles. A name token matches an
// article token when their key sets intersect, where a key set is the folded
// surface plus the folded lemmas of the analyses; for Slovenian, unknown
// capitalised article tokens add the NameGuesser's base-form candidates. So
// "Rusijo" (lemma Rusija), "Severne Koreje" (Severen Koreja ~ "Severna
// Koreja") and "Laosa" (guessed "Laos") all match. A capitalised name token
// only matches a capitalised article token. Among matches at one position
// the longest wins, then countries, then aliases, then the most populous
// city. A city name that is a common word is skipped at the start of a
// sentence and in titles when the analyser knows it as a common word. A city
// found only through a guessed base form ("Marinom" -> Marino) must follow a
// place preposition (data/<lang>/place_prepositions.tsv) or have at least
// kGuessedCityPopulation people: guesses over-generate, and small towns
// share names with people.
//
// Thread-safety: immutable after Load; Find may be called from any thread.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/status.h"
#include "entities/name_guesser.h"
#include "kronika/article.h"

namespace kronika {

class Analyser;
class Segmenter;

class Gazetteer {
 public:
  static constexpr uint32_t kGuessedCityPopulation = 500'000;


  // Adds mentions for every known name found outside boilerplate: countries
  // and cities (LOC), and the persons, organisations and metonyms of `extra`.
  // A mention whose name several entries share (a surname) lists them in
  // Mention::candidates for the actors stage to choose. Needs segment and
  // morphology to have run.
  void Find(Article& article) const;

  enum class Kind : uint8_t { kCountry, kCity, kPerson, kPersonShort, kOrganisation, kMetonym };

  // What a name refers to.
  struct Entry {
    Kind kind = Kind::kCity;
    std::string id;       // PER-.../ORG-... for actors; alpha-3 for countries; geonameid for cities
    std::string entity;   // canonical English name
    MentionType type = MentionType::kLOC;
    std::string actor;    // fixed CAMEO code (countries, organisations, metonyms); persons: set by the actors stage
    std::string country;  // ISO 3166-1 alpha-3
    std::optional<Geo> geo;
    double priority = 0;
    uint32_t population = 0;  // cities
    bool is_country() const { return kind == Kind::kCountry; }
    bool is_place() const { return kind == Kind::kCountry || kind == Kind::kCity; }
  };
  using Place = Entry;

  // Names and entries that other stages contribute (data/actors: people,
  // organisations, metonyms). `names[i].entry` indexes `entries`.
  struct ExtraNames {
    std::vector<Entry> entries;
    struct Name {
      std::string lang;
      std::string name;
      uint32_t entry;
    };
    std::vector<Name> names;
  };

  static Result<std::shared_ptr<const Gazetteer>> Load(const std::string& data_dir,
                                                      const std::map<std::string, const Analyser*>& analysers,
                                                      const Segmenter& segmenter, const ExtraNames& extra = {});

  // For tests and `kronika dict`: the place a name resolves to on its own.
  const Place* Lookup(const std::string& lang, const std::string& name) const;
  const Entry& entry(uint32_t i) const { return places_[i]; }
  const Entry* FindEntry(const std::string& id) const;
  size_t names(const std::string& lang) const;
  size_t places() const { return places_.size(); }

 private:
  struct Name {
    uint32_t place = 0;  // index into places_ (entries); UINT32_MAX for a blocker
    std::string text;    // the name as written in the data (its base form)
    // Per token: strong keys (folded surface, lemmas of proper-noun
    // analyses) and weak keys (lemmas of adjective or common-noun analyses,
    // as "Severen" for "Severna"), used only where weak matches are safe.
    std::vector<std::vector<std::string>> keys;
    std::vector<std::vector<std::string>> weak_keys;
    std::vector<bool> capitalised;               // per token
    std::vector<bool> acronym;                   // per token: all capitals ("WHO" is not "Who")
    bool common_word = false;  // the analyser knows the one-token name as a common word
    bool stoplisted = false;   // a city name in city_stoplist.tsv: never matched
  };
  struct LangIndex {
    std::vector<Name> names;
    std::unordered_map<std::string, std::vector<uint32_t>> by_first_key;
    std::unordered_set<std::string> stoplist;  // folded city names not to match
    NameGuesser guesser;
    std::vector<std::string> clitics;  // trimmed from the end of a match ("'s")
    std::unordered_set<std::string> place_prepositions;  // "v", "iz", "in", ...
  };

  std::vector<std::string> TokenKeys(const Article& a, uint32_t t, const LangIndex& idx, bool* guessed) const;

  std::vector<Entry> places_;  // every entry, places first
  std::unordered_map<std::string, uint32_t> by_id_;
  std::unordered_map<std::string, LangIndex> langs_;
};

}  // namespace kronika
