// Gazetteer::Load: gathers country and city names from iso-codes, ICU,
// libgeonames and data/, then tokenises and analyses all names of one
// language as one document (one name per paragraph) so the analyser sees
// them in one batch.
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/mo_catalog.h"
#include "core/tsv.h"
#include "core/utf8.h"
#include "entities/gazetteer.h"
#include "entities/geonames_source.h"
#include "morphology/analyser.h"
#include "morphology/phrase_index.h"
#include "segment/segmenter.h"

namespace kronika {
namespace {

constexpr const char* kIsoJson = "/usr/share/iso-codes/json/iso_3166-1.json";
constexpr const char* kLocaleDir = "/usr/share/locale";

struct Pending {
  std::string name;
  uint32_t place;
};

std::string IcuRegionName(const std::string& alpha2, const char* lang) {
  icu::Locale region("", alpha2.c_str());
  icu::UnicodeString u;
  region.getDisplayCountry(icu::Locale(lang), u);
  std::string out;
  u.toUTF8String(out);
  // ICU returns the code itself when it has no name.
  return out == alpha2 ? "" : out;
}

// Names written "Korea, Republic of" or with parentheses are catalogue
// forms, never running text.
bool RunningTextName(const std::string& n) {
  return !n.empty() && n.find(',') == std::string::npos && n.find('(') == std::string::npos;
}

std::string MoPath(const std::string& lang, const std::string& domain) {
  return fmt::format("{}/{}/LC_MESSAGES/{}.mo", kLocaleDir, lang, domain);
}

}  // namespace

Result<std::shared_ptr<const Gazetteer>> Gazetteer::Load(const std::string& data_dir,
                                                        const std::map<std::string, const Analyser*>& analysers,
                                                        const Segmenter& segmenter, const ExtraNames& extra) {
  auto g = std::shared_ptr<Gazetteer>(new Gazetteer());
  std::map<std::string, std::vector<Pending>> pending;  // by language
  auto add = [&](const std::string& lang, const std::string& name, uint32_t place) {
    if (!analysers.count(lang) || !RunningTextName(name)) return;
    pending[lang].push_back({name, place});
  };

  // Countries: iso-codes + ICU + aliases.
  std::ifstream in(kIsoJson);
  if (!in) return Status::NotFound(fmt::format("{}: cannot open (package iso-codes)", kIsoJson));
  nlohmann::json iso = nlohmann::json::parse(in, nullptr, false);
  if (iso.is_discarded() || !iso.contains("3166-1")) return Status::InvalidInput(fmt::format("{}: unexpected content", kIsoJson));
  std::map<std::string, MoCatalog> iso_catalogs;
  for (const auto& [lang, _] : analysers) {
    if (lang == "en") continue;
    auto cat = MoCatalog::Read(MoPath(lang, "iso_3166-1"));
    if (cat.ok()) iso_catalogs.emplace(lang, std::move(cat).value());
  }
  std::unordered_map<std::string, uint32_t> country_by_alpha3, country_by_alpha2;
  for (const auto& c : iso["3166-1"]) {
    std::string a2 = c.value("alpha_2", ""), a3 = c.value("alpha_3", "");
    if (a2.empty() || a3.empty()) continue;
    Place p;
    p.kind = Kind::kCountry;
    p.id = a3;
    p.country = a3;
    p.actor = a3;
    p.priority = 1e12;
    std::string icu_en = IcuRegionName(a2, "en");
    p.entity = !icu_en.empty() ? icu_en : c.value("common_name", c.value("name", a3));
    uint32_t id = static_cast<uint32_t>(g->places_.size());
    g->places_.push_back(p);
    country_by_alpha3[a3] = id;
    country_by_alpha2[a2] = id;
    std::vector<std::string> english;
    for (const char* key : {"name", "common_name", "official_name"}) {
      if (c.contains(key)) english.push_back(c[key].get<std::string>());
    }
    english.push_back(icu_en);
    for (const auto& n : english) add("en", n, id);
    for (const auto& [lang, _] : analysers) {
      if (lang == "en") continue;
      add(lang, IcuRegionName(a2, lang.c_str()), id);
      if (auto it = iso_catalogs.find(lang); it != iso_catalogs.end()) {
        for (const auto& n : english)
          if (const std::string* tr = it->second.Find(n)) add(lang, *tr, id);
      }
    }
  }
  if (auto tsv = TsvFile::Read(data_dir + "/common/country_aliases.tsv", {"alpha3", "lang", "name"}); tsv.ok()) {
    for (const auto& row : tsv->rows()) {
      auto it = country_by_alpha3.find(tsv->get(row, "alpha3"));
      if (it == country_by_alpha3.end()) {
        // Codes outside ISO 3166-1 that news needs (Kosovo: XKX).
        Place p;
        p.kind = Kind::kCountry;
        p.country = p.id = p.actor = tsv->get(row, "alpha3");
        p.entity = tsv->get(row, "name");  // first alias row of a code outside ISO names it
        p.priority = 1e12;
        it = country_by_alpha3.emplace(p.country, static_cast<uint32_t>(g->places_.size())).first;
        g->places_.push_back(p);
      }
      add(tsv->get(row, "lang"), tsv->get(row, "name"), it->second);
    }
  } else if (tsv.status().code() != Status::Code::kNotFound) {
    return tsv.status();
  }

  // Cities: libgeonames + its catalogs + aliases.
  std::map<std::string, MoCatalog> city_catalogs;
  for (const auto& [lang, _] : analysers) {
    if (lang == "en") continue;
    auto cat = MoCatalog::Read(MoPath(lang, "geonames"));
    if (cat.ok()) city_catalogs.emplace(lang, std::move(cat).value());
  }
  std::unordered_map<int64_t, uint32_t> city_by_id;
  for (const CityRecord& c : ReadGeonamesCities()) {
    auto country = country_by_alpha2.find(c.country_code);
    Place p;
    p.kind = Kind::kCity;
    p.id = std::to_string(c.geonameid);
    p.entity = c.name;
    p.country = country == country_by_alpha2.end() ? "" : g->places_[country->second].country;
    p.actor = p.country;
    p.geo = Geo{c.lat, c.lon, c.geonameid};
    p.priority = c.population;
    p.population = c.population;
    uint32_t id = static_cast<uint32_t>(g->places_.size());
    g->places_.push_back(p);
    city_by_id[c.geonameid] = id;
    for (const auto& [lang, _] : analysers) {
      add(lang, c.name, id);
      if (auto it = city_catalogs.find(lang); it != city_catalogs.end()) {
        if (const std::string* tr = it->second.Find(std::to_string(c.geonameid)); tr && *tr != c.name) add(lang, *tr, id);
      }
    }
  }
  if (auto tsv = TsvFile::Read(data_dir + "/common/city_entities.tsv", {"geonameid", "entity"}); tsv.ok()) {
    for (const auto& row : tsv->rows()) {
      auto it = city_by_id.find(std::atoll(tsv->get(row, "geonameid").c_str()));
      if (it == city_by_id.end()) {
        return Status::InvalidInput(fmt::format("{}: geonameid not among libgeonames cities", tsv->where(row)));
      }
      g->places_[it->second].entity = tsv->get(row, "entity");
    }
  } else if (tsv.status().code() != Status::Code::kNotFound) {
    return tsv.status();
  }
  if (auto tsv = TsvFile::Read(data_dir + "/common/city_aliases.tsv", {"geonameid", "lang", "name"}); tsv.ok()) {
    for (const auto& row : tsv->rows()) {
      auto it = city_by_id.find(std::atoll(tsv->get(row, "geonameid").c_str()));
      if (it == city_by_id.end()) {
        return Status::InvalidInput(fmt::format("{}: geonameid not among libgeonames cities", tsv->where(row)));
      }
      // An alias names the city news means by it: it beats other cities of that name.
      Place alias = g->places_[it->second];
      alias.priority += 1e11;
      uint32_t id = static_cast<uint32_t>(g->places_.size());
      g->places_.push_back(alias);
      add(tsv->get(row, "lang"), tsv->get(row, "name"), id);
    }
  } else if (tsv.status().code() != Status::Code::kNotFound) {
    return tsv.status();
  }

  // Blockers: names that contain a place but are not one.
  // They are organisations (newspapers, institutions): when the actors data
  // has no better entry, they become ORG mentions of their own name.
  if (auto tsv = TsvFile::Read(data_dir + "/common/place_blockers.tsv", {"lang", "name"}); tsv.ok()) {
    for (const auto& row : tsv->rows()) {
      Entry e;
      e.kind = Kind::kOrganisation;
      e.entity = tsv->get(row, "name");
      e.type = MentionType::kORG;
      e.priority = -1;
      uint32_t id = static_cast<uint32_t>(g->places_.size());
      g->places_.push_back(e);
      add(tsv->get(row, "lang"), tsv->get(row, "name"), id);
    }
  } else if (tsv.status().code() != Status::Code::kNotFound) {
    return tsv.status();
  }

  // Persons, organisations and metonyms from the actors data.
  uint32_t extra_base = static_cast<uint32_t>(g->places_.size());
  for (const Entry& e : extra.entries) g->places_.push_back(e);
  for (const auto& n : extra.names) add(n.lang, n.name, extra_base + n.entry);
  for (uint32_t i = 0; i < g->places_.size(); ++i) {
    if (!g->places_[i].id.empty()) g->by_id_.emplace(g->places_[i].id, i);  // first (canonical) wins
  }

  // Per language: stoplist, guesser, clitics, then all names in one batch.
  for (auto& [lang, list] : pending) {
    LangIndex& idx = g->langs_[lang];
    if (auto tsv = TsvFile::Read(data_dir + "/common/city_stoplist.tsv", {"lang", "name"}); tsv.ok()) {
      for (const auto& row : tsv->rows())
        if (tsv->get(row, "lang") == lang) idx.stoplist.insert(FoldForMatch(tsv->get(row, "name")));
    } else if (tsv.status().code() != Status::Code::kNotFound) {
      return tsv.status();
    }
    auto guesser = NameGuesser::Load(fmt::format("{}/{}/name_endings.tsv", data_dir, lang), true);
    if (!guesser.ok()) return guesser.status();
    idx.guesser = std::move(guesser).value();
    if (auto tsv = TsvFile::Read(fmt::format("{}/{}/possessive_suffixes.tsv", data_dir, lang), {"suffix"}); tsv.ok()) {
      for (const auto& row : tsv->rows()) idx.clitics.push_back(tsv->get(row, "suffix"));
    } else if (tsv.status().code() != Status::Code::kNotFound) {
      return tsv.status();
    }
    if (auto tsv = TsvFile::Read(fmt::format("{}/{}/place_prepositions.tsv", data_dir, lang), {"preposition"});
        tsv.ok()) {
      for (const auto& row : tsv->rows()) idx.place_prepositions.insert(FoldForMatch(tsv->get(row, "preposition")));
    } else if (tsv.status().code() != Status::Code::kNotFound) {
      return tsv.status();
    }

    std::vector<std::string> texts;
    for (const auto& p : list) texts.push_back(p.name);
    AnalysedTexts all = AnalyseTexts(lang, texts, *analysers.at(lang), segmenter);
    const Article& doc = all.doc;
    for (size_t k = 0; k < list.size(); ++k) {
      Name name;
      name.place = list[k].place;
      name.text = list[k].name;
      for (uint32_t t = all.ranges[k].first; t < all.ranges[k].second; ++t) {
        const Token& tok = doc.tokens[t];
        std::vector<std::string> keys{FoldForMatch(doc.view(tok.span))}, weak;
        bool common = false;
        if (tok.analyses) {
          for (const Analysis& a : *tok.analyses) {
            std::string f = FoldForMatch(a.lemma);
            bool proper = a.tags.starts_with("np");
            bool content = a.tags.starts_with("adj") || a.tags.starts_with("n.") || a.tags == "n";
            auto& into = proper ? keys : weak;
            if ((proper || content) && std::find(into.begin(), into.end(), f) == into.end()) into.push_back(std::move(f));
            if (!proper) common = true;
          }
        }
        name.keys.push_back(std::move(keys));
        name.weak_keys.push_back(std::move(weak));
        name.capitalised.push_back(StartsUpper(doc.view(tok.span)));
        name.acronym.push_back(tok.span.size() >= 2 && AllUpper(doc.view(tok.span)));
        name.common_word = common;  // meaningful for one-token names
      }
      if (name.keys.empty()) continue;
      name.stoplisted = name.place != UINT32_MAX && g->places_[name.place].kind == Kind::kCity &&
                        idx.stoplist.count(FoldForMatch(list[k].name)) > 0;
      uint32_t nid = static_cast<uint32_t>(idx.names.size());
      for (const auto& key : name.keys[0]) idx.by_first_key[key].push_back(nid);
      for (const auto& key : name.weak_keys[0]) idx.by_first_key[key].push_back(nid);
      idx.names.push_back(std::move(name));
    }
  }
  return std::shared_ptr<const Gazetteer>(std::move(g));
}

const Gazetteer::Entry* Gazetteer::FindEntry(const std::string& id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : &places_[it->second];
}

size_t Gazetteer::names(const std::string& lang) const {
  auto it = langs_.find(lang);
  return it == langs_.end() ? 0 : it->second.names.size();
}

}  // namespace kronika
