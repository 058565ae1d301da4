#include "events/event_lexicon.h"

#include <fmt/format.h>

#include "core/tsv.h"
#include "core/utf8.h"

namespace kronika {
namespace {

std::vector<std::string> Words(const std::string& s) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos < s.size()) {
    size_t sp = s.find(' ', pos);
    if (sp == std::string::npos) sp = s.size();
    if (sp > pos) out.push_back(FoldForMatch(s.substr(pos, sp - pos)));
    pos = sp + 1;
  }
  return out;
}

// Reads an optional per-language file; a missing file is no error.
Result<std::optional<TsvFile>> ReadOptional(const std::string& path, const std::vector<std::string>& required) {
  auto tsv = TsvFile::Read(path, required);
  if (tsv.ok()) return std::optional<TsvFile>(std::move(tsv).value());
  if (tsv.status().code() == Status::Code::kNotFound) return std::optional<TsvFile>();
  return tsv.status();
}

// Adds the folded `column` of an optional per-language file to `out`.
Status ReadWords(const std::string& path, const std::string& column, std::unordered_set<std::string>& out) {
  auto tsv = ReadOptional(path, {column});
  if (!tsv.ok()) return tsv.status();
  if (*tsv)
    for (const auto& row : (*tsv)->rows()) out.insert(FoldForMatch((*tsv)->get(row, column)));
  return Status::Ok();
}

}  // namespace

ArgMarker ArgMarker::Parse(const std::string& s) {
  ArgMarker m;
  if (s.empty() || s == "-") {
    m.none = true;
    return m;
  }
  size_t plus = s.find('+');
  if (plus == std::string::npos) {
    // Slovenian cases and English positions are forms; other words are prepositions.
    static const std::unordered_set<std::string> kForms = {"nom", "acc", "gen", "dat", "loc", "ins",
                                                           "subj", "obj", "adj"};
    if (kForms.count(s)) {
      m.form = s;
    } else {
      m.preposition = s;
    }
  } else {
    m.preposition = s.substr(0, plus);
    m.form = s.substr(plus + 1);
  }
  return m;
}

Result<std::shared_ptr<const EventLexicon>> EventLexicon::Load(const std::string& data_dir,
                                                              const std::map<std::string, const Analyser*>& analysers,
                                                              const Segmenter& segmenter) {
  auto lex = std::shared_ptr<EventLexicon>(new EventLexicon());
  auto cameo = ReadOptional(data_dir + "/common/cameo.tsv", {"code", "goldstein", "quad_class"});
  if (!cameo.ok()) return cameo.status();
  if (*cameo) {
    for (const auto& row : (*cameo)->rows()) {
      CameoCode c;
      c.name = (*cameo)->get(row, "name");
      c.plover = (*cameo)->get(row, "plover");
      c.goldstein = std::atof((*cameo)->get(row, "goldstein").c_str());
      c.quad_class = std::atoi((*cameo)->get(row, "quad_class").c_str());
      c.mutual = (*cameo)->get(row, "mutual") == "yes";
      c.place = (*cameo)->get(row, "place");
      if (!c.place.empty() && c.place != "target" && c.place != "source") {
        return Status::InvalidInput(fmt::format("{}: place must be target, source or empty", (*cameo)->where(row)));
      }
      lex->cameo_[(*cameo)->get(row, "code")] = c;
    }
  }
  auto intents = ReadOptional(data_dir + "/common/intent_codes.tsv", {"code", "intent"});
  if (!intents.ok()) return intents.status();
  if (*intents) {
    for (const auto& row : (*intents)->rows()) {
      std::string intent = (*intents)->get(row, "intent");
      if (!lex->cameo_.empty() && !lex->cameo_.count(intent)) {
        return Status::InvalidInput(fmt::format("{}: unknown CAMEO code '{}'", (*intents)->where(row), intent));
      }
      lex->intent_[(*intents)->get(row, "code")] = intent;
    }
  }
  for (const auto& [code, analyser] : analysers) {
    Lang& L = lex->langs_[code];
    const std::string dir = fmt::format("{}/{}/", data_dir, code);
    for (const char* file : {"event_verbs.tsv", "event_nouns.tsv"}) {
      bool noun = std::string(file) == "event_nouns.tsv";
      auto tsv = ReadOptional(dir + file, {"lemma", "cameo"});
      if (!tsv.ok()) return tsv.status();
      if (!*tsv) continue;
      for (const auto& row : (*tsv)->rows()) {
        EventPattern p;
        p.lemma = FoldForMatch((*tsv)->get(row, "lemma"));
        if (p.lemma.find(' ') != std::string::npos) {  // "drone strike": found by "strike", "drone" checked before it
          p.lead = Words(p.lemma);
          p.lemma = p.lead.back();
          p.lead.pop_back();
        }
        p.with = Words((*tsv)->get(row, "with"));
        p.source = ArgMarker::Parse((*tsv)->get(row, "source"));
        p.target = ArgMarker::Parse((*tsv)->get(row, "target"));
        p.cameo = (*tsv)->get(row, "cameo");
        p.noun = noun;
        p.info = lex->cameo(p.cameo);
        if (!lex->cameo_.empty() && !p.info) {
          return Status::InvalidInput(fmt::format("{}: unknown CAMEO code '{}'", (*tsv)->where(row), p.cameo));
        }
        (noun ? L.nouns : L.verbs).emplace(p.lemma, std::move(p));
      }
    }
    auto cues = ReadOptional(dir + "modality_cues.tsv", {"cue", "modality", "scope"});
    if (!cues.ok()) return cues.status();
    std::vector<PhraseIndex::Phrase> phrases;
    if (*cues) {
      std::unordered_map<std::string, size_t> seen;  // folded cue -> index into cue_info
      for (const auto& row : (*cues)->rows()) {
        // A cue listed twice (naj bi: reported, expected) keeps its first row as
        // the default; the coder reads the second from context.
        auto [it, fresh] = seen.emplace(FoldForMatch((*cues)->get(row, "cue")), L.cue_info.size());
        if (!fresh) {
          L.cue_info[it->second].otherwise = (*cues)->get(row, "modality");
          continue;
        }
        phrases.push_back({(*cues)->get(row, "cue"), static_cast<uint32_t>(L.cue_info.size())});
        L.cue_info.push_back({(*cues)->get(row, "modality"), (*cues)->get(row, "scope"), ""});
      }
    }
    L.cues = PhraseIndex::Build(code, phrases, *analyser, segmenter, nullptr, /*surface_keys_only=*/true);
    if (Status st = ReadWords(dir + "speech_verbs.tsv", "lemma", L.speech); !st.ok()) return st;
    auto times = ReadOptional(dir + "time_expressions.tsv", {"expression", "kind"});
    if (!times.ok()) return times.status();
    phrases.clear();
    if (*times) {
      for (const auto& row : (*times)->rows()) {
        std::string e = (*times)->get(row, "expression");
        // The note names the part of the period: "weekend: ...", "start", "night: ...".
        std::string note = (*times)->get(row, "note"), part;
        for (const char* p : {"weekend", "start", "middle", "end", "night"}) {
          std::string_view n(note), w(p);
          if (n.starts_with(w) && (n.size() == w.size() || n[w.size()] == ':' || n[w.size()] == ' ')) part = p;
        }
        uint32_t info = static_cast<uint32_t>(L.time_info.size());
        L.time_info.push_back({(*times)->get(row, "kind"), std::atoi((*times)->get(row, "value").c_str()),
                               (*times)->get(row, "precision"), part});
        if (size_t n = e.find("<n>"); n != std::string::npos) {
          L.counted_times.push_back({Words(e.substr(0, n)), Words(e.substr(n + 3)), info});
          continue;
        }
        phrases.push_back({e, info});
      }
    }
    L.times = PhraseIndex::Build(code, phrases, *analyser, segmenter, nullptr, /*surface_keys_only=*/true);
    auto numbers = ReadOptional(dir + "number_words.tsv", {"word", "value"});
    if (!numbers.ok()) return numbers.status();
    if (*numbers)
      for (const auto& row : (*numbers)->rows())
        L.number_words[FoldForMatch((*numbers)->get(row, "word"))] = std::atoi((*numbers)->get(row, "value").c_str());
    if (Status st = ReadWords(dir + "conjunctions.tsv", "word", L.conjunctions); !st.ok()) return st;
    auto places = ReadOptional(dir + "place_prepositions.tsv", {"preposition"});
    if (!places.ok()) return places.status();
    if (*places) {
      for (const auto& row : (*places)->rows())
        if ((*places)->get(row, "locative") == "yes")
          L.locative_prepositions.insert(FoldForMatch((*places)->get(row, "preposition")));
    }
    if (Status st = ReadWords(dir + "means_prepositions.tsv", "preposition", L.means_prepositions); !st.ok()) return st;
    auto roles = ReadOptional(dir + "role_prepositions.tsv", {"preposition", "role"});
    if (!roles.ok()) return roles.status();
    if (*roles) {
      for (const auto& row : (*roles)->rows()) {
        const std::string& role = (*roles)->get(row, "role");
        if (role == "agent") L.agent_prepositions.insert(FoldForMatch((*roles)->get(row, "preposition")));
        if (role == "possessor") L.possessor_prepositions.insert(FoldForMatch((*roles)->get(row, "preposition")));
      }
    }
    auto forms = ReadOptional(dir + "preposition_forms.tsv", {"form", "same_as"});
    if (!forms.ok()) return forms.status();
    if (*forms) {
      for (const auto& row : (*forms)->rows())
        L.preposition_forms[FoldForMatch((*forms)->get(row, "form"))] = FoldForMatch((*forms)->get(row, "same_as"));
    }
    auto dem = ReadOptional(data_dir + "/actors/demonyms.tsv", {"country", "lang", "adjective"});
    if (!dem.ok()) return dem.status();
    phrases.clear();
    if (*dem) {
      for (const auto& row : (*dem)->rows()) {
        if ((*dem)->get(row, "lang") != code) continue;
        phrases.push_back({(*dem)->get(row, "adjective"), static_cast<uint32_t>(L.demonym_country.size())});
        L.demonym_country.push_back((*dem)->get(row, "country"));
      }
    }
    L.demonyms = PhraseIndex::Build(code, phrases, *analyser, segmenter);
    auto extra = ReadOptional(dir + "extra_forms.tsv", {"form", "lemma", "pos"});
    if (!extra.ok()) return extra.status();
    if (*extra) {
      for (const auto& row : (*extra)->rows()) {
        std::string pos = (*extra)->get(row, "pos");
        if (pos != "verb" && pos != "noun") {
          return Status::InvalidInput(fmt::format("{}: pos must be verb or noun, not '{}'", (*extra)->where(row), pos));
        }
        (pos == "verb" ? L.verb_forms : L.noun_forms)
            .emplace(FoldForMatch((*extra)->get(row, "form")), FoldForMatch((*extra)->get(row, "lemma")));
      }
    }
    if (Status st = ReadWords(dir + "intent_verbs.tsv", "lemma", L.intent_verbs); !st.ok()) return st;
    auto exchange = ReadOptional(dir + "exchange_cues.tsv", {"cue"});
    if (!exchange.ok()) return exchange.status();
    phrases.clear();
    if (*exchange)
      for (const auto& row : (*exchange)->rows()) phrases.push_back({(*exchange)->get(row, "cue"), 0});
    L.exchange = PhraseIndex::Build(code, phrases, *analyser, segmenter, nullptr, /*surface_keys_only=*/true);
    auto words = ReadOptional(dir + "clause_words.tsv", {"word"});
    if (!words.ok()) return words.status();
    if (*words)
      for (const auto& row : (*words)->rows()) {
        std::string w = FoldForMatch((*words)->get(row, "word"));
        L.clause_words.insert(w);
        if ((*words)->get(row, "bare") == "yes") L.bare_clause_words.insert(w);
        if ((*words)->get(row, "relative") == "yes") L.relative_words.insert(w);
      }
  }
  return std::shared_ptr<const EventLexicon>(std::move(lex));
}

const CameoCode* EventLexicon::cameo(const std::string& code) const {
  auto it = cameo_.find(code);
  return it == cameo_.end() ? nullptr : &it->second;
}

std::string EventLexicon::IntentCode(const std::string& code) const {
  for (size_t n = code.size(); n >= 2; --n) {
    auto it = intent_.find(code.substr(0, n));
    if (it != intent_.end()) return it->second;
  }
  return "";
}

const EventLexicon::Lang* EventLexicon::lang(const std::string& code) const {
  auto it = langs_.find(code);
  return it == langs_.end() ? nullptr : &it->second;
}

size_t EventLexicon::patterns(const std::string& lang) const {
  auto it = langs_.find(lang);
  return it == langs_.end() ? 0 : it->second.verbs.size() + it->second.nouns.size();
}

bool VerbIn(const Article& a, const EventLexicon::Lang& lang, TokenKeys& keys, uint32_t t,
            const std::unordered_set<std::string>& lemmas) {
  const Token& tok = a.tokens[t];
  bool verb_read = false;
  if (tok.analyses) {
    for (const Analysis& an : *tok.analyses) {
      if (!an.tags.starts_with("vblex")) continue;
      verb_read = true;
      if (lemmas.count(FoldForMatch(an.lemma))) return true;
    }
  }
  if (verb_read || tok.kind != TokenKind::kWord) return false;
  auto [lo, hi] = lang.verb_forms.equal_range(keys.surface(t));
  return std::any_of(lo, hi, [&](const auto& f) { return lemmas.count(f.second) > 0; });
}

}  // namespace kronika
