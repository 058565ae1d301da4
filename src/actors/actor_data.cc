#include "actors/actor_data.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include <fmt/format.h>

#include "core/tsv.h"

namespace kronika {
namespace fs = std::filesystem;

namespace {

const std::set<std::string>& KnownRoles() {
  static const std::set<std::string> roles = {
      "head_of_state", "head_of_government", "leader", "vice_president", "deputy_head_of_government",
      "foreign_minister", "defence_minister", "secretary_general", "speaker", "national_security_adviser",
      "un_ambassador", "official", "president", "director_general", "high_representative"};
  return roles;
}

std::vector<std::string> SplitBar(const std::string& s) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos <= s.size()) {
    size_t bar = s.find('|', pos);
    std::string part = s.substr(pos, bar == std::string::npos ? std::string::npos : bar - pos);
    while (!part.empty() && part.back() == ' ') part.pop_back();
    while (!part.empty() && part.front() == ' ') part.erase(part.begin());
    if (!part.empty()) out.push_back(part);
    if (bar == std::string::npos) break;
    pos = bar + 1;
  }
  return out;
}

std::vector<std::string> TsvFilesIn(const std::string& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.path().extension() == ".tsv") out.push_back(e.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool ValidCode(const std::string& c) {
  return c.size() >= 3 && std::all_of(c.begin(), c.end(), [](char x) { return x >= 'A' && x <= 'Z'; });
}

}  // namespace

std::string NormaliseDate(const std::string& d, bool end) {
  auto digits = [&](size_t from, size_t n) {
    if (d.size() < from + n) return false;
    for (size_t i = from; i < from + n; ++i)
      if (d[i] < '0' || d[i] > '9') return false;
    return true;
  };
  if (d.empty()) return "";
  if (d.size() == 4 && digits(0, 4)) return d + (end ? "-12-31" : "-01-01");
  if (d.size() == 7 && digits(0, 4) && d[4] == '-' && digits(5, 2)) return d + (end ? "-31" : "-01");
  if (d.size() == 10 && digits(0, 4) && d[4] == '-' && digits(5, 2) && d[7] == '-' && digits(8, 2)) {
    int m = std::stoi(d.substr(5, 2)), day = std::stoi(d.substr(8, 2));
    if (m >= 1 && m <= 12 && day >= 1 && day <= 31) return d;
  }
  return "?";
}

Result<std::shared_ptr<const ActorData>> ActorData::Load(const std::string& data_dir) {
  auto a = std::make_shared<ActorData>();
  const std::string dir = data_dir + "/actors";
  auto& entries = a->names_.entries;
  auto& names = a->names_.names;
  auto add_names = [&](const std::string& lang, const std::string& field, uint32_t entry) {
    for (const auto& n : SplitBar(field)) names.push_back({lang, n, entry});
  };

  // People.
  for (const auto& path : TsvFilesIn(dir + "/people")) {
    auto tsv = TsvFile::Read(path, {"id", "entity", "country"});
    if (!tsv.ok()) return tsv.status();
    for (const auto& row : tsv->rows()) {
      Person p;
      p.id = tsv->get(row, "id");
      p.entity = tsv->get(row, "entity");
      p.country = tsv->get(row, "country");
      std::string g = tsv->get(row, "gender");
      p.gender = g == "m" ? 'm' : g == "f" ? 'f' : 0;
      if (g != "m" && g != "f") a->issues_.push_back(fmt::format("{}: gender must be m or f", tsv->where(row)));
      if (!ValidCode(p.country)) a->issues_.push_back(fmt::format("{}: bad country '{}'", tsv->where(row), p.country));
      if (a->persons_.count(p.id)) {
        a->issues_.push_back(fmt::format("{}: person {} defined twice", tsv->where(row), p.id));
        continue;
      }
      Gazetteer::Entry full;
      full.kind = Gazetteer::Kind::kPerson;
      full.id = p.id;
      full.entity = p.entity;
      full.type = MentionType::kPER;
      full.country = p.country;
      full.priority = 2e10;
      Gazetteer::Entry shorter = full;
      shorter.kind = Gazetteer::Kind::kPersonShort;
      shorter.priority = 5e9;
      uint32_t fi = static_cast<uint32_t>(entries.size());
      entries.push_back(full);
      entries.push_back(shorter);
      add_names("en", tsv->get(row, "names_en"), fi);
      add_names("en", p.entity, fi);
      add_names("sl", tsv->get(row, "names_sl"), fi);
      add_names("en", tsv->get(row, "short_en"), fi + 1);
      add_names("sl", tsv->get(row, "short_sl"), fi + 1);
      a->persons_.emplace(p.id, std::move(p));
    }
  }
  // Offices.
  for (const auto& path : TsvFilesIn(dir + "/offices")) {
    auto tsv = TsvFile::Read(path, {"person", "country", "role", "start"});
    if (!tsv.ok()) return tsv.status();
    for (const auto& row : tsv->rows()) {
      Office o;
      o.person = tsv->get(row, "person");
      o.country = tsv->get(row, "country");
      o.role = tsv->get(row, "role");
      o.start = NormaliseDate(tsv->get(row, "start"), false);
      o.end = NormaliseDate(tsv->get(row, "end"), true);
      std::string where = tsv->where(row);
      o.where = where;
      if (!KnownRoles().count(o.role)) a->issues_.push_back(fmt::format("{}: unknown role '{}'", where, o.role));
      if (o.start == "?" || o.end == "?") {
        a->issues_.push_back(fmt::format("{}: dates must be YYYY, YYYY-MM or YYYY-MM-DD", where));
        continue;
      }
      if (!o.end.empty() && o.end < o.start) a->issues_.push_back(fmt::format("{}: ends before it starts", where));
      if (!ValidCode(o.country)) a->issues_.push_back(fmt::format("{}: bad country '{}'", where, o.country));
      a->offices_.push_back(std::move(o));
    }
  }
  for (size_t i = 0; i < a->offices_.size(); ++i) {
    const Office& o = a->offices_[i];
    if (!a->persons_.count(o.person)) {
      a->issues_.push_back(fmt::format("{}: office of unknown person {}", o.where, o.person));
    }
    a->offices_by_person_[o.person].push_back(i);
    a->offices_by_role_[{o.country, o.role}].push_back(i);
  }

  // Organisations.
  if (auto tsv = TsvFile::Read(dir + "/organisations.tsv", {"id", "entity"}); tsv.ok()) {
    for (const auto& row : tsv->rows()) {
      Gazetteer::Entry e;
      e.kind = Gazetteer::Kind::kOrganisation;
      e.id = tsv->get(row, "id");
      e.entity = tsv->get(row, "entity");
      e.type = MentionType::kORG;
      e.actor = tsv->get(row, "actor");
      e.country = tsv->get(row, "country");
      e.priority = 3e10;
      uint32_t i = static_cast<uint32_t>(entries.size());
      entries.push_back(e);
      for (const char* col : {"names_en", "short_en"}) add_names("en", tsv->get(row, col), i);
      for (const char* col : {"names_sl", "short_sl"}) add_names("sl", tsv->get(row, col), i);
      add_names("en", e.entity, i);
    }
  } else if (tsv.status().code() != Status::Code::kNotFound) {
    return tsv.status();
  }
  // Metonyms that are not cities (cities that stand for governments are
  // capitals, below).
  if (auto tsv = TsvFile::Read(dir + "/metonyms.tsv", {"lang", "name", "actor", "entity"}); tsv.ok()) {
    for (const auto& row : tsv->rows()) {
      if (const std::string& g = tsv->get(row, "geonameid"); !g.empty()) {
        a->city_metonyms_[g] = tsv->get(row, "actor");  // a city: found as a city, stands for this actor
        continue;
      }
      Gazetteer::Entry e;
      e.kind = Gazetteer::Kind::kMetonym;
      e.id = "MET-" + tsv->get(row, "entity");
      e.entity = tsv->get(row, "entity");
      e.type = tsv->get(row, "type") == "LOC" ? MentionType::kLOC : MentionType::kORG;
      e.actor = tsv->get(row, "actor");
      e.country = e.actor.size() >= 3 ? e.actor.substr(0, 3) : "";
      e.priority = 4e10;
      uint32_t i = static_cast<uint32_t>(entries.size());
      entries.push_back(e);
      names.push_back({tsv->get(row, "lang"), tsv->get(row, "name"), i});
    }
  } else if (tsv.status().code() != Status::Code::kNotFound) {
    return tsv.status();
  }
  if (auto tsv = TsvFile::Read(dir + "/capitals.tsv", {"country", "geonameid"}); tsv.ok()) {
    for (const auto& row : tsv->rows()) a->capitals_[tsv->get(row, "geonameid")] = tsv->get(row, "country");
  } else if (tsv.status().code() != Status::Code::kNotFound) {
    return tsv.status();
  }
  if (auto tsv = TsvFile::Read(dir + "/roles.tsv", {"lang", "title", "role"}); tsv.ok()) {
    for (const auto& row : tsv->rows()) {
      if (!KnownRoles().count(tsv->get(row, "role"))) {
        a->issues_.push_back(fmt::format("{}: unknown role '{}'", tsv->where(row), tsv->get(row, "role")));
      }
      for (const auto& c : SplitBar(tsv->get(row, "country").empty() ? "-" : tsv->get(row, "country"))) {
        a->roles_[tsv->get(row, "lang")].emplace(
            tsv->get(row, "title"), RoleTitle{tsv->get(row, "role"), c == "-" ? "" : c, tsv->get(row, "note")});
      }
    }
  } else if (tsv.status().code() != Status::Code::kNotFound) {
    return tsv.status();
  }
  if (auto tsv = TsvFile::Read(dir + "/demonyms.tsv", {"country", "lang", "adjective"}); tsv.ok()) {
    for (const auto& row : tsv->rows()) {
      const std::string& c = tsv->get(row, "country");
      const std::string& lang = tsv->get(row, "lang");
      a->demonyms_[lang].emplace(tsv->get(row, "adjective"), c);
      if (lang == "en" && !a->english_demonym_.count(c)) a->english_demonym_[c] = tsv->get(row, "adjective");
    }
  } else if (tsv.status().code() != Status::Code::kNotFound) {
    return tsv.status();
  }
  if (auto tsv = TsvFile::Read(dir + "/groups.tsv", {"lang", "noun", "sector", "entity"}); tsv.ok()) {
    for (const auto& row : tsv->rows()) {
      a->groups_[tsv->get(row, "lang")][tsv->get(row, "noun")] = {tsv->get(row, "sector"), tsv->get(row, "entity"),
                                                                  tsv->get(row, "alone") == "yes"};
    }
  } else if (tsv.status().code() != Status::Code::kNotFound) {
    return tsv.status();
  }
  return std::shared_ptr<const ActorData>(std::move(a));
}

const Person* ActorData::person(const std::string& id) const {
  auto it = persons_.find(id);
  return it == persons_.end() ? nullptr : &it->second;
}

namespace {
bool Covers(const Office& o, const std::string& date) {
  if (date.empty()) return o.end.empty();
  return o.start <= date && (o.end.empty() || date <= o.end);
}
}  // namespace

std::vector<const Office*> ActorData::OfficesOn(const std::string& person, const std::string& date) const {
  std::vector<const Office*> out;
  auto it = offices_by_person_.find(person);
  if (it == offices_by_person_.end()) return out;
  for (size_t i : it->second)
    if (Covers(offices_[i], date)) out.push_back(&offices_[i]);
  return out;
}

std::vector<const Office*> ActorData::Holders(const std::string& country, const std::string& role,
                                              const std::string& date) const {
  std::vector<const Office*> out;
  auto it = offices_by_role_.find({country, role});
  if (it == offices_by_role_.end()) return out;
  for (size_t i : it->second)
    if (Covers(offices_[i], date)) out.push_back(&offices_[i]);
  return out;
}

std::string ActorData::PersonActor(const std::string& person, const std::string& date) const {
  auto offices = OfficesOn(person, date);
  if (!offices.empty()) {
    const std::string& c = offices.front()->country;
    return c.size() > 3 ? c : c + "GOV";  // an IGO post carries the IGO's code
  }
  // Without the article's date, the latest office the person held.
  if (date.empty()) {
    auto it = offices_by_person_.find(person);
    if (it != offices_by_person_.end() && !it->second.empty()) {
      const Office* latest = &offices_[it->second.front()];
      for (size_t i : it->second)
        if (offices_[i].start > latest->start) latest = &offices_[i];
      return latest->country.size() > 3 ? latest->country : latest->country + "GOV";
    }
  }
  const Person* p = this->person(person);
  return p ? p->country + "ELI" : "";
}

std::string ActorData::CityMetonym(const std::string& geonameid) const {
  auto it = city_metonyms_.find(geonameid);
  return it == city_metonyms_.end() ? "" : it->second;
}

std::string ActorData::CapitalOf(const std::string& geonameid) const {
  auto it = capitals_.find(geonameid);
  return it == capitals_.end() ? "" : it->second;
}

const std::multimap<std::string, RoleTitle>& ActorData::roles(const std::string& lang) const {
  static const std::multimap<std::string, RoleTitle> kNone;
  auto it = roles_.find(lang);
  return it == roles_.end() ? kNone : it->second;
}
const std::multimap<std::string, std::string>& ActorData::demonyms(const std::string& lang) const {
  static const std::multimap<std::string, std::string> kNone;
  auto it = demonyms_.find(lang);
  return it == demonyms_.end() ? kNone : it->second;
}
const std::map<std::string, GroupNoun>& ActorData::groups(const std::string& lang) const {
  static const std::map<std::string, GroupNoun> kNone;
  auto it = groups_.find(lang);
  return it == groups_.end() ? kNone : it->second;
}
std::string ActorData::EnglishDemonym(const std::string& country) const {
  auto it = english_demonym_.find(country);
  return it == english_demonym_.end() ? country : it->second;
}

}  // namespace kronika
