// CleanRules::Load and the lookups of CleanRules::Impl. Every problem in a
// rule file is returned as a Status naming file:line; nothing here exits.
#include <algorithm>
#include <filesystem>
#include <set>

#include <fmt/format.h>

#include "clean/clean_rules_impl.h"
#include "core/tsv.h"
#include "core/utf8.h"

namespace kronika {
namespace clean {

std::string NormalizeKey(std::string_view s) {
  std::string folded = FoldForMatch(s);
  std::string out;
  out.reserve(folded.size());
  for (char c : folded) {
    bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace clean

namespace {

using clean::ZoneRef;

const std::set<std::string>& BoilerplateKinds() {
  static const std::set<std::string> kinds = {"credit", "promo", "share", "cookie",
                                              "byline", "ad",    "copyright", "nav"};
  return kinds;
}

// A fixed offset ("+01:00") or an IANA zone id, which ICU must know.
Result<ZoneRef> MakeZone(CleanRules::Impl& impl, const std::string& spec, const std::string& where) {
  ZoneRef z;
  z.name = spec;
  if (auto fixed = clean::ParseFixedOffset(spec)) {
    z.fixed_minutes = *fixed;
    return z;
  }
  auto it = impl.icu_zones.find(spec);
  if (it == impl.icu_zones.end()) {
    std::unique_ptr<icu::TimeZone> tz(icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(spec)));
    icu::UnicodeString id;
    tz->getID(id);
    if (id == icu::UnicodeString(UCAL_UNKNOWN_ZONE_ID)) {
      return Status::InvalidInput(fmt::format("{}: unknown time zone '{}' (want an IANA id or +hh:mm)", where, spec));
    }
    it = impl.icu_zones.emplace(spec, std::move(tz)).first;
  }
  z.tz = it->second.get();
  return z;
}

Status LoadBoilerplate(CleanRules::Impl& impl, const std::string& path, const std::string& lang) {
  auto file = TsvFile::Read(path, {"kind", "pattern"});
  if (!file.ok()) return file.status();
  for (const TsvRow& row : file->rows()) {
    const std::string& kind = file->get(row, "kind");
    if (!BoilerplateKinds().count(kind)) {
      return Status::InvalidInput(fmt::format(
          "{}: unknown kind '{}' (credit, promo, share, cookie, byline, ad, copyright, nav)", file->where(row), kind));
    }
    const std::string& pattern = file->get(row, "pattern");
    UParseError perr{};
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::RegexPattern> re(icu::RegexPattern::compile(
        icu::UnicodeString::fromUTF8(pattern), UREGEX_CASE_INSENSITIVE, perr, status));
    if (U_FAILURE(status)) {
      return Status::InvalidInput(fmt::format("{}: invalid regular expression '{}': {} at offset {}",
                                              file->where(row), pattern, u_errorName(status), perr.offset));
    }
    impl.boilerplate.push_back({kind, lang, file->where(row), std::move(re)});
  }
  return Status::Ok();
}

Status LoadCalendar(CleanRules::Impl& impl, const std::string& path, const std::string& lang) {
  auto file = TsvFile::Read(path, {"name", "number"});
  if (!file.ok()) return file.status();
  for (const TsvRow& row : file->rows()) {
    const std::string& kind_text = file->get(row, "kind");
    if (!kind_text.empty() && kind_text != "month" && kind_text != "weekday") {
      return Status::InvalidInput(fmt::format("{}: kind must be 'month' or 'weekday', not '{}'", file->where(row), kind_text));
    }
    bool weekday = kind_text == "weekday";
    const std::string& number_text = file->get(row, "number");
    int number = 0;
    for (char c : number_text) number = (c >= '0' && c <= '9' && number < 100) ? number * 10 + (c - '0') : 1000;
    if (number < 1 || number > (weekday ? 7 : 12)) {
      return Status::InvalidInput(fmt::format("{}: number '{}' is not a {} (1-{})", file->where(row), number_text,
                                              weekday ? "weekday" : "month", weekday ? 7 : 12));
    }
    std::string key = clean::NormalizeKey(file->get(row, "name"));
    while (!key.empty() && key.back() == '.') key.pop_back();
    auto& entries = impl.calendar[key];
    for (const auto& e : entries) {
      if (e.lang == lang && e.weekday == weekday && e.number != number) {
        return Status::InvalidInput(fmt::format("{}: '{}' already names {} {}", file->where(row), key,
                                                weekday ? "weekday" : "month", e.number));
      }
    }
    entries.push_back({lang, number, weekday});
  }
  return Status::Ok();
}

Status LoadAgencies(CleanRules::Impl& impl, const std::string& path) {
  auto file = TsvFile::Read(path, {"agency", "timezone", "country"});
  if (!file.ok()) return file.status();
  for (const TsvRow& row : file->rows()) {
    clean::Agency a;
    a.name = file->get(row, "agency");
    a.country = file->get(row, "country");
    if (a.country.size() != 3 || !std::all_of(a.country.begin(), a.country.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
      return Status::InvalidInput(fmt::format("{}: country '{}' is not ISO 3166-1 alpha-3", file->where(row), a.country));
    }
    auto zone = MakeZone(impl, file->get(row, "timezone"), file->where(row));
    if (!zone.ok()) return zone.status();
    a.zone = *zone;
    size_t index = impl.agencies.size();
    std::vector<std::string> names = {a.name};
    const std::string& aliases = file->get(row, "aliases");
    for (size_t pos = 0; !aliases.empty() && pos <= aliases.size();) {
      size_t bar = std::min(aliases.find('|', pos), aliases.size());
      names.push_back(aliases.substr(pos, bar - pos));
      pos = bar + 1;
    }
    for (const auto& n : names) {
      std::string key = clean::NormalizeKey(n);
      if (key.empty()) return Status::InvalidInput(fmt::format("{}: empty alias", file->where(row)));
      auto [it, added] = impl.agency_by_alias.emplace(key, index);
      if (!added && it->second != index) {
        return Status::InvalidInput(fmt::format("{}: alias '{}' already names {}", file->where(row), n,
                                                impl.agencies[it->second].name));
      }
    }
    impl.agencies.push_back(std::move(a));
  }
  return Status::Ok();
}

Status LoadTimeZones(CleanRules::Impl& impl, const std::string& path) {
  auto file = TsvFile::Read(path, {"kind", "name", "zone"});
  if (!file.ok()) return file.status();
  for (const TsvRow& row : file->rows()) {
    const std::string& kind = file->get(row, "kind");
    const std::string& name = file->get(row, "name");
    auto zone = MakeZone(impl, file->get(row, "zone"), file->where(row));
    if (!zone.ok()) return zone.status();
    std::unordered_map<std::string, ZoneRef>* table = nullptr;
    if (kind == "abbreviation") table = &impl.zone_by_abbreviation;
    if (kind == "language") table = &impl.zone_by_language;
    if (!table) {
      return Status::InvalidInput(fmt::format("{}: kind must be 'abbreviation' or 'language', not '{}'", file->where(row), kind));
    }
    if (!table->emplace(name, *zone).second) {
      return Status::InvalidInput(fmt::format("{}: {} '{}' listed twice", file->where(row), kind, name));
    }
  }
  return Status::Ok();
}

// Language folders: data/<xx>/ with a 2- or 3-letter lower-case name, sorted.
std::vector<std::string> LanguageFolders(const std::string& data_dir) {
  std::vector<std::string> langs;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(data_dir, ec)) {
    std::string name = entry.path().filename().string();
    bool code = (name.size() == 2 || name.size() == 3) &&
                std::all_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (code && entry.is_directory(ec)) langs.push_back(name);
  }
  std::sort(langs.begin(), langs.end());
  return langs;
}

}  // namespace

CleanRules::CleanRules() : impl_(std::make_unique<Impl>()) {}
CleanRules::~CleanRules() = default;

Result<std::shared_ptr<const CleanRules>> CleanRules::Load(const std::string& data_dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(data_dir, ec)) {
    return Status::NotFound(fmt::format("{}: data folder not found", data_dir));
  }
  std::shared_ptr<CleanRules> rules(new CleanRules());
  Impl& impl = *rules->impl_;
  Status s = LoadAgencies(impl, data_dir + "/common/agencies.tsv");
  if (s.ok()) s = LoadTimeZones(impl, data_dir + "/common/time_zones.tsv");
  for (const std::string& lang : LanguageFolders(data_dir)) {
    if (!s.ok()) break;
    std::string dir = data_dir + "/" + lang;
    if (std::filesystem::exists(dir + "/boilerplate.tsv", ec)) s = LoadBoilerplate(impl, dir + "/boilerplate.tsv", lang);
    if (s.ok() && std::filesystem::exists(dir + "/months.tsv", ec)) s = LoadCalendar(impl, dir + "/months.tsv", lang);
  }
  if (!s.ok()) return s;
  return std::shared_ptr<const CleanRules>(std::move(rules));
}

const clean::CalendarWord* CleanRules::Impl::FindCalendarWord(std::string_view word, bool weekday,
                                                              std::string_view prefer_lang) const {
  auto it = calendar.find(clean::NormalizeKey(word));
  if (it == calendar.end()) return nullptr;
  const clean::CalendarWord* found = nullptr;
  for (const auto& e : it->second) {
    if (e.weekday != weekday) continue;
    if (e.lang == prefer_lang) return &e;
    if (!found) found = &e;
  }
  return found;
}

const clean::Agency* CleanRules::Impl::FindAgency(std::string_view text) const {
  auto it = agency_by_alias.find(clean::NormalizeKey(text));
  return it == agency_by_alias.end() ? nullptr : &agencies[it->second];
}

const clean::ZoneRef* CleanRules::Impl::FindZoneAbbreviation(std::string_view abbreviation) const {
  auto it = zone_by_abbreviation.find(std::string(abbreviation));
  return it == zone_by_abbreviation.end() ? nullptr : &it->second;
}

const clean::ZoneRef* CleanRules::Impl::LanguageZone(std::string_view lang) const {
  auto it = zone_by_language.find(std::string(lang));
  return it == zone_by_language.end() ? nullptr : &it->second;
}

}  // namespace kronika
