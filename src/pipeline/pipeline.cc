#include "kronika/pipeline.h"

#include <xxhash.h>

#include <map>
#include <set>

#include <unicode/uchar.h>

#include <fmt/format.h>

#include "actors/actor_data.h"
#include "actors/actor_resolver.h"
#include "actors/subject_links.h"
#include "clean/cleaner.h"
#include "events/event_coder.h"
#include "core/tsv.h"
#include "core/utf8.h"
#include "entities/gazetteer.h"
#include "entities/unknown_names.h"
#include "language/language_detector.h"
#include "morphology/analyser.h"
#include "segment/segmenter.h"

namespace kronika {

struct Pipeline::Impl {
  std::shared_ptr<const CleanRules> clean;
  std::shared_ptr<const Segmenter> segmenter;
  std::map<std::string, std::unique_ptr<Analyser>> analysers;
  std::set<std::string> title_case;  // languages whose titles capitalise every word
  std::shared_ptr<const Gazetteer> gazetteer;
  std::shared_ptr<const UnknownNames> unknown_names;
  std::shared_ptr<const ActorData> actor_data;
  std::shared_ptr<const ActorResolver> actors;
  std::shared_ptr<const SubjectLinks> subjects;
  std::unique_ptr<EventCoder> events;
};

Pipeline::Pipeline() : impl_(std::make_unique<Impl>()) {}
Pipeline::~Pipeline() = default;

std::string ContentHash(std::string_view bytes) {
  XXH128_hash_t h = XXH3_128bits(bytes.data(), bytes.size());
  return fmt::format("{:016x}{:016x}", h.high64, h.low64);
}

Result<std::shared_ptr<const Pipeline>> Pipeline::Load(const PipelineOptions& options) {
  std::string data = options.data_dir.empty() ? DefaultDataDir() : options.data_dir;
  std::shared_ptr<Pipeline> p(new Pipeline());
  auto clean = CleanRules::Load(data);
  if (!clean.ok()) return clean.status();
  p->impl_->clean = std::move(clean).value();
  auto seg = Segmenter::Load(data);
  if (!seg.ok()) return seg.status();
  p->impl_->segmenter = std::move(seg).value();

  auto langs = TsvFile::Read(data + "/languages.tsv", {"lang", "analyser"});
  if (!langs.ok()) return langs.status();
  std::map<std::string, const Analyser*> raw;
  for (const auto& row : langs->rows()) {
    auto a = Analyser::Load(langs->get(row, "lang"), langs->get(row, "analyser"));
    if (!a.ok()) {
      return Status::NotFound(fmt::format("{}: {} (install package {})", langs->where(row), a.status().message(),
                                          langs->get(row, "package")));
    }
    raw[langs->get(row, "lang")] = a->get();
    if (langs->get(row, "title_case") == "yes") p->impl_->title_case.insert(langs->get(row, "lang"));
    p->impl_->analysers.emplace(langs->get(row, "lang"), std::move(a).value());
  }
  auto actor_data = ActorData::Load(data);
  if (!actor_data.ok()) return actor_data.status();
  p->impl_->actor_data = std::move(actor_data).value();
  auto gaz = Gazetteer::Load(data, raw, *p->impl_->segmenter, p->impl_->actor_data->names());
  if (!gaz.ok()) return gaz.status();
  p->impl_->gazetteer = std::move(gaz).value();
  auto unknown = UnknownNames::Load(data, raw, *p->impl_->segmenter);
  if (!unknown.ok()) return unknown.status();
  p->impl_->unknown_names = std::move(unknown).value();
  auto actors = ActorResolver::Load(data, p->impl_->actor_data, raw, *p->impl_->segmenter);
  if (!actors.ok()) return actors.status();
  p->impl_->actors = std::move(actors).value();
  std::vector<std::string> lang_codes;
  for (const auto& [lang, _] : raw) lang_codes.push_back(lang);
  auto subjects = SubjectLinks::Load(data, p->impl_->actor_data, lang_codes);
  if (!subjects.ok()) return subjects.status();
  p->impl_->subjects = std::move(subjects).value();
  auto lexicon = EventLexicon::Load(data, raw, *p->impl_->segmenter);
  if (!lexicon.ok()) return lexicon.status();
  p->impl_->events = std::make_unique<EventCoder>(std::move(lexicon).value());
  return std::shared_ptr<const Pipeline>(std::move(p));
}

// CLD2 is unreliable on short texts (it answers English for most of them).
// Then the analysers vote: the language whose analyser knows the largest
// share of the first words wins, if it knows at least half of them.
void Pipeline::VoteLanguageByCoverage(Article& a) const {
  std::vector<std::string> words;
  std::string cur;
  auto flush = [&] {
    if (cur.size() > 1) words.push_back(cur);
    cur.clear();
  };
  for (size_t i = 0; i < a.text.size() && words.size() < 200;) {
    size_t start = i;
    char32_t c = NextCodePoint(a.text, i);
    if (u_isalpha(c)) {
      cur.append(a.text, start, i - start);
    } else {
      flush();
    }
  }
  flush();
  if (words.size() < 3) return;
  std::string best;
  double best_share = 0;
  for (const auto& [lang, analyser] : impl_->analysers) {
    size_t known = 0;
    for (const auto& w : words) {
      const auto* r = analyser->Lookup(w, &a.analysis_store);
      if (r && !r->empty()) ++known;
    }
    double share = static_cast<double>(known) / words.size();
    if (share > best_share) {
      best_share = share;
      best = lang;
    }
  }
  if (best_share >= 0.5) {
    if (best != a.meta.lang) a.meta.lang_confidence = 0;
    a.meta.lang = best;
    a.meta.lang_confidence = std::max(a.meta.lang_confidence, std::min(0.5, best_share / 2));
  }
}

std::vector<std::string> Pipeline::languages() const {
  std::vector<std::string> out;
  for (const auto& [lang, _] : impl_->analysers) out.push_back(lang);
  return out;
}

std::optional<Article> Pipeline::Annotate(RawInput&& input, Problem* rejected) const {
  auto reject = [&](std::string code, std::string message) -> std::optional<Article> {
    if (rejected) *rejected = {std::move(code), std::move(message)};
    return std::nullopt;
  };
  std::string_view bytes = input.bytes;
  if (bytes.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos) return reject("empty", "no text");
  if (LooksBinary(bytes)) return reject("binary", "binary data, not text");

  Article a;
  a.meta = std::move(input.meta);
  a.meta.content_hash = ContentHash(bytes);
  if (a.meta.id.empty()) a.meta.id = a.meta.content_hash.substr(0, 24);
  Utf8Repair fixed = RepairUtf8(bytes);
  if (fixed.invalid_sequences > 0) {
    a.problems.push_back({"invalid-utf8", fmt::format("byte {}: invalid UTF-8, replaced ({} sequence{})",
                                                      fixed.first_invalid_byte, fixed.invalid_sequences,
                                                      fixed.invalid_sequences == 1 ? "" : "s")});
  }
  a.text = std::move(fixed.text);
  input.bytes.clear();
  input.bytes.shrink_to_fit();

  Clean(*impl_->clean, a);
  bool lang_given = !a.meta.lang.empty();
  DetectLanguage(a);
  if (!lang_given && a.meta.lang_confidence <= 0.5) VoteLanguageByCoverage(a);
  impl_->segmenter->Segment(a);
  auto an = impl_->analysers.find(a.meta.lang);
  if (an == impl_->analysers.end()) {
    if (!a.meta.lang.empty()) {
      a.problems.push_back({"unsupported-language",
                            fmt::format("no analyser for language '{}': segmented only", a.meta.lang)});
    }
    return a;
  }
  a.meta.title_case = impl_->title_case.count(a.meta.lang) > 0;
  an->second->Analyse(a);
  impl_->gazetteer->Find(a);
  impl_->unknown_names->Find(a);
  impl_->actors->Resolve(a);
  impl_->subjects->Link(a);
  SortMentions(a);
  impl_->events->Code(a);
  return a;
}

}  // namespace kronika
