#include "events/event_coder.h"

#include <algorithm>
#include <chrono>
#include <optional>
#include <unordered_map>


#include "core/utf8.h"
#include "events/event_arguments.h"
#include "events/event_clauses.h"
#include "events/event_dates.h"
#include "events/event_merge.h"
#include "events/event_reporting.h"

namespace kronika {
namespace {

using Lang = EventLexicon::Lang;

// Where the words `lead` start when they stand right before token `t` (not
// before `first`), else nullopt. Hyphens between them are skipped: "no-fly
// zone" is "no fly" before "zone".
std::optional<uint32_t> LeadStart(TokenKeys& tk, const std::vector<std::string>& lead, uint32_t t,
                                  uint32_t first) {
  uint32_t u = t;
  for (size_t i = lead.size(); i-- > 0;) {
    while (u > first && tk.surface(u - 1) == "-") --u;
    if (u <= first) return std::nullopt;
    --u;
    const auto& keys = tk.keys(u);
    if (std::find(keys.begin(), keys.end(), lead[i]) == keys.end()) return std::nullopt;
  }
  return u;
}

}  // namespace

void EventCoder::Code(Article& a) const {
  const Lang* L = lex_->lang(a.meta.lang);
  if (!L) return;
  const bool english = a.meta.lang == "en";
  TokenKeys tk(a);  // keys of each token, computed once and shared by all lookups below
  auto fold = [&](uint32_t t) -> const std::string& { return tk.surface(t); };

  // Published date, for relative dates.
  const std::optional<std::chrono::year_month_day> published = PublishedDay(a.meta.published);

  const EventArguments A(a, *L, tk, english);
  // A country as a place: its name as the article's mentions give it, no coordinates.
  auto CountryPlace = [&](const std::string& country) -> std::optional<EventLocation> {
    for (const Mention& m : a.mentions)
      if (m.type == MentionType::kLOC && m.entity_id == country) return EventLocation{m.entity, country, std::nullopt};
    return std::nullopt;
  };
  std::vector<EventReport> reports;

  for (const Sentence& s : a.sentences) {
    const size_t sentence_events = a.events.size();  // events coded from earlier sentences
    const std::vector<Clause> clauses = SplitClauses(a, *L, tk, s, [&](uint32_t t) { return A.ListComma(t); });
    const std::vector<CueHit> hits = FindModalityCues(*L, tk, s);
    const SentenceReporting rep = FindReporting(a, *L, tk, A, s, clauses, hits);
    for (size_t ci = 0; ci < clauses.size(); ++ci) {
      const Clause& c = clauses[ci];
      // The clause's arguments; a fragment after an inserted relative clause also
      // has those of the clause it continues ("da bo Turčiji, ki ..., namenila pomoč").
      std::vector<int32_t> in_clause;
      const Clause* host = c.continues >= 0 ? &clauses[c.continues] : nullptr;
      for (int32_t i : A.args()) {
        const Mention& m = a.mentions[i];
        bool sayer = std::any_of(rep.sayers.begin(), rep.sayers.end(), [&](const Span& x) { return x == m.span; });
        bool here = (m.first_token >= c.first && m.first_token < c.end) ||
                    (host && m.first_token >= host->first && m.first_token < host->end);
        if (!sayer && here) in_clause.push_back(i);
      }
      std::vector<int32_t> in_clause_with_cities = in_clause;
      for (int32_t i : A.cities())
        if (a.mentions[i].first_token >= c.first && a.mentions[i].first_token < c.end) in_clause_with_cities.push_back(i);
      std::sort(in_clause_with_cities.begin(), in_clause_with_cities.end(),
                [&](int32_t x, int32_t y) { return a.mentions[x].first_token < a.mentions[y].first_token; });
      // The clause's date, read once per tense.
      std::optional<EventDate> clause_date[2];
      auto date_of_clause = [&](bool future) -> const EventDate& {
        std::optional<EventDate>& d = clause_date[future ? 1 : 0];
        if (!d) d = FindEventDate(a, *L, tk, c.first, c.end, published, future);
        return *d;
      };
      for (uint32_t t = c.first; t < c.end; ++t) {
        const Token& tok = a.tokens[t];
        if (tok.kind != TokenKind::kWord) continue;
        // Patterns of this word: verbs by verb analyses, nouns by noun analyses
        // (or by form: extra_forms.tsv, and nouns listed as written, "shelling").
        std::vector<const EventPattern*> pats;
        auto add_patterns = [&](const std::unordered_multimap<std::string, EventPattern>& m, const std::string& lemma) {
          auto [lo, hi] = m.equal_range(lemma);
          for (auto it = lo; it != hi; ++it) {
            const EventPattern* p = &it->second;
            if (!p->lead.empty() && !LeadStart(tk, p->lead, t, c.first)) continue;
            if (std::find(pats.begin(), pats.end(), p) == pats.end()) pats.push_back(p);
          }
        };
        bool verb_read = false, noun_read = false;
        // "the meeting", "a claim": after a determiner a word is no verb.
        const bool after_determiner = t > s.first_token && HasTag(a.tokens[t - 1], "det") && !HasTag(a.tokens[t - 1], "prn");
        if (tok.analyses) {
          for (const Analysis& an : *tok.analyses) {
            const std::string lemma = FoldForMatch(an.lemma);
            bool verb = an.has_pos("vblex") || an.has_pos("vbmod");
            bool noun = an.has_pos("n");
            if (verb && !after_determiner) add_patterns(L->verbs, lemma);
            if (noun) add_patterns(L->nouns, lemma);
            verb_read |= verb;
            noun_read |= noun;
          }
        }
        const std::string& form = fold(t);
        if (!verb_read) {
          auto [lo, hi] = L->verb_forms.equal_range(form);
          for (auto it = lo; it != hi; ++it) add_patterns(L->verbs, it->second);
        }
        if (!noun_read) {
          auto [lo, hi] = L->noun_forms.equal_range(form);
          for (auto it = lo; it != hi; ++it) add_patterns(L->nouns, it->second);
        }
        add_patterns(L->nouns, form);
        if (pats.empty()) continue;
        // The most specific pattern first: the one that needs the most words ("uvesti" + "sankcije").
        std::stable_sort(pats.begin(), pats.end(),
                         [](const EventPattern* x, const EventPattern* y) { return x->with.size() > y->with.size(); });
        bool passive = false;
        if (english && HasTag(tok, "pp")) {
          for (uint32_t b = t > 3 ? t - 3 : c.first; b < t; ++b) {
            if (HasTag(a.tokens[b], "vbser")) passive = true;  // a form of "be" before a past participle
          }
        }
        // Find the arguments a pattern's frame marks.
        bool noun_cue = false;
        uint32_t cue_first = t;  // the first word of a multi-word noun ("drone" of "drone strike")
        // `exclude`: the source and the actors listed with it, which are no target.
        auto find_arg = [&](const ArgMarker& mk, bool is_source, const std::vector<int32_t>& exclude,
                            bool city_ok) -> std::vector<int32_t> {
          auto excluded = [&](int32_t i) { return std::find(exclude.begin(), exclude.end(), i) != exclude.end(); };
          std::vector<int32_t> out;
          if (mk.none) return out;
          // An event noun's arguments stand next to it: "ruski napad", "napad na Ukrajino".
          if (noun_cue && (mk.form == "nom" || mk.form == "subj")) return out;
          // English subjects: the nearest mention before the verb.
          std::vector<int32_t> order = city_ok ? in_clause_with_cities : in_clause;
          if (english && (mk.form == "subj" || (passive && mk.form == "obj"))) std::reverse(order.begin(), order.end());
          for (int32_t i : order) {
            if (excluded(i)) continue;
            const Mention& m = a.mentions[i];
            if (noun_cue && mk.form != "adj" && (m.first_token <= t || m.first_token > t + 3)) continue;
            const std::string& prep = A.PrepositionBefore(m);
            bool ok = false;
            if (english) {
              std::string form = mk.form;
              if (passive && form == "subj") form = "agent";  // the passive's doer: role_prepositions.tsv
              else if (passive && form == "obj") form = "subj";
              if (form == "agent") ok = m.first_token > t && L->agent_prepositions.count(prep);
              else if (form == "subj") {
                // "since Russia invaded": a clause word before the subject is no preposition of it.
                bool opens = m.first_token > 0 && L->clause_words.count(fold(m.first_token - 1));
                ok = m.end_token <= t && (!A.HasPrepositionBefore(m) || opens);
              }
              else if (form == "obj") ok = m.first_token > t && !A.HasPrepositionBefore(m);
              else if (!mk.preposition.empty()) ok = m.first_token > t && prep == mk.preposition;
              else if (form == "adj") ok = m.end_token == cue_first;
            } else {
              bool prep_ok = mk.preposition.empty()
                                 ? (m.first_token == 0 || !HasPos(a.tokens[m.first_token - 1], "pr"))
                                 : L->Preposition(prep) == L->Preposition(mk.preposition);
              bool case_ok = mk.form.empty() || mk.form == "adj" ? true : A.HasCase(m, mk.form);
              if (mk.form == "adj") ok = m.end_token == cue_first;
              else ok = prep_ok && case_ok;
            }
            if (!ok) continue;
            out.push_back(i);
            if (is_source) break;
          }
          if (is_source && out.size() > 1) out.resize(1);
          // A subordinate clause without its own subject ("kjer naj bi se sestal") shares the sentence's.
          if (is_source && out.empty() && (mk.form == "nom" || mk.form == "subj") && !noun_cue) {
            for (size_t back = ci; back-- > 0 && out.empty();) {
              int32_t subj = A.SubjectOf(clauses[back]);
              if (subj >= 0 && !excluded(subj)) out.push_back(subj);
            }
          }
          // The actor of the object: "pohvalil vlogo Slovenije", "praised the role of Slovenia".
          if (!is_source && out.empty() && !noun_cue && mk.preposition.empty() && (mk.form == "acc" || mk.form == "obj")) {
            auto is_noun = [&](uint32_t u) { return HasPos(a.tokens[u], "n"); };
            for (int32_t i : in_clause) {
              const Mention& m = a.mentions[i];
              if (excluded(i) || m.first_token < t + 2) continue;
              uint32_t p = m.first_token - 1;
              bool ok = english ? (L->possessor_prepositions.count(fold(p)) && p - 1 > t && is_noun(p - 1))
                                : (A.HasCase(m, "gen") && is_noun(p) && HasTag(a.tokens[p], "acc") && !HasPos(a.tokens[p - 1], "pr"));
              if (ok) {
                out.push_back(i);
                break;
              }
            }
          }
          // Nominative subjects: the one nearest the verb.
          if (is_source && out.empty() && !english && mk.form == "nom" && A.ZeroSubjectAt(t) >= 0) out.push_back(A.ZeroSubjectAt(t));
          if (is_source && out.empty() && !english && mk.form == "nom") {
            for (uint32_t u = c.first; u < c.end; ++u)
              if (A.ZeroSubjectAt(u) >= 0) out.push_back(A.ZeroSubjectAt(u));
          }
          return out;
        };
        const EventPattern* chosen = nullptr;
        const EventPattern* bare_noun = nullptr;  // an event noun whose frame found no actor at all
        std::vector<int32_t> src, tgt;
        std::string demonym_target;  // "podpira ruski napad": the object is an event of that country
        for (const EventPattern* p : pats) {
          bool with_ok = true;
          for (const auto& w : p->with) {
            bool found = false;
            for (const Clause* part : {&c, c.continues >= 0 ? static_cast<const Clause*>(&clauses[c.continues]) : nullptr}) {
              for (uint32_t u = part ? part->first : 0; part && u < part->end && !found; ++u) {
                const auto& keys = tk.keys(u);
                found = std::find(keys.begin(), keys.end(), w) != keys.end();
              }
            }
            with_ok = with_ok && found;
          }
          if (!with_ok) continue;
          noun_cue = p->noun;
          cue_first = p->lead.empty() ? t : *LeadStart(tk, p->lead, t, c.first);
          // A reporting verb's statement is its attribution, not an event of its own.
          if (!p->noun && p->cameo.starts_with("01") && L->speech.count(p->lemma)) continue;
          const CameoCode* cc = p->info;
          auto s1 = find_arg(p->source, true, {}, false);
          // "Macron, Merz, Starmer in Tusk so Rusijo pozvali": the subject's list is no target.
          std::vector<int32_t> subject_list = s1;
          for (int32_t i : in_clause) {
            if (!subject_list.empty() && a.mentions[i].first_token > a.mentions[subject_list.back()].first_token &&
                a.mentions[i].first_token < t && A.ContinuesList(subject_list.back(), a.mentions[i], /*comma=*/true)) {
              subject_list.push_back(i);
            }
          }
          // "odpotoval v Vladivostok", "shelled Kharkiv": a visit's or an attack's target may be a city.
          auto t1 = find_arg(p->target, false, subject_list, cc && cc->place == "target");
          std::string dem_t;
          if (!p->noun && t1.empty() && (p->target.form == "acc" || p->target.form == "obj") && p->target.preposition.empty()) {
            for (uint32_t u = t + 1; u + 1 < c.end && u <= t + 3 && dem_t.empty(); ++u) {
              auto d = L->demonyms.MatchAt(tk, u, c.end);
              if (d.empty()) continue;
              uint32_t n = d.front().end_token;
              bool noun_after = n < c.end && HasPos(a.tokens[n], "n");
              if (noun_after) dem_t = L->demonym_country[d.front().payload];
            }
            // "V Moskvi so sankcije obsodili": the object names an event coded
            // before; its actor is the target.
            for (uint32_t u = c.first; u < c.end && dem_t.empty(); ++u) {
              if (u == t || !a.tokens[u].analyses) continue;
              for (const Analysis& an : *a.tokens[u].analyses) {
                if (!dem_t.empty() || !(an.has_pos("n") && an.has_tag("acc"))) continue;
                auto [lo, hi] = L->nouns.equal_range(FoldForMatch(an.lemma));
                for (auto it = lo; it != hi && dem_t.empty(); ++it) {
                  for (size_t k = a.events.size(); k-- > 0 && dem_t.empty();) {
                    const Event& before = a.events[k];
                    if (before.root == it->second.cameo.substr(0, 2) && !before.source.actor.empty()) dem_t = before.source.actor;
                  }
                }
              }
            }
          }
          // "Ruski predsednik in severnokorejski voditelj naj bi se sestala": a
          // mutual act with a coordinated subject has the pair as its actors.
          if (t1.empty() && !s1.empty() && !p->noun && cc && cc->mutual) {
            for (int32_t i : in_clause) {
              if (A.ContinuesList(s1.front(), a.mentions[i], /*comma=*/false) ||
                  A.ContinuesList(i, a.mentions[s1.front()], /*comma=*/false)) {
                t1.push_back(i);
              }
            }
            // The pair in the order the text names it: "Macron in Vučić" is FRA -> SRB.
            if (t1.size() == 1 && a.mentions[t1.front()].first_token < a.mentions[s1.front()].first_token) std::swap(s1, t1);
          }
          // "The Kremlin warned that Finland's membership ...": a verbal act with no
          // object of its own is about the subject of the clause it opens.
          if (t1.empty() && !p->noun && !p->target.none && cc && (cc->quad_class == 1 || cc->quad_class == 3) &&
              ci + 1 < clauses.size()) {
            const Clause& next = clauses[ci + 1];
            uint32_t w = next.first;
            if (w < next.end && fold(w) == ",") ++w;
            if (w < next.end && L->clause_words.count(fold(w))) {
              int32_t subj = A.SubjectOf(next);
              if (subj >= 0 && (s1.empty() || subj != s1.front())) t1.push_back(subj);
            }
          }
          if (p->noun && s1.empty() && t1.empty() && !bare_noun) bare_noun = p;
          if (!p->target.none && t1.empty() && dem_t.empty()) continue;  // the frame's target is not there
          if (s1.empty() && t1.empty()) continue;
          // The first pattern whose frame finds the most: a target first, then a source.
          auto found = [](const std::vector<int32_t>& s, const std::vector<int32_t>& t) { return 2 * !t.empty() + !s.empty(); };
          if (!chosen || found(s1, t1) > found(src, tgt)) {
            chosen = p;
            src = s1;
            tgt = t1;
            demonym_target = t1.empty() ? dem_t : "";
            if (!tgt.empty() && !src.empty()) break;
          }
        }
        // "V Kremlju srečanja niso potrdili": an event noun with no actor of its own,
        // in a clause that does not confirm or denies, is the status of the last
        // such event reported: one more report of it, attributed to the clause's subject.
        if (!chosen && bare_noun) {
          const ModalityCue* status = nullptr;
          for (const CueHit& h : hits) {
            bool here = h.first >= c.first && h.first < c.end;
            if (here && (h.cue->modality == "unconfirmed" || h.cue->modality == "denied")) status = h.cue;
          }
          for (size_t k = a.events.size(); status && k-- > 0;) {
            const Event& before = a.events[k];
            if (before.root != bare_noun->cameo.substr(0, 2)) continue;
            Event e = before;
            e.mentions = {{s.span, tok.span, before.source.mention, before.target.mention}};
            e.attribution.clear();
            if (int32_t who = A.SubjectOf(c); who >= 0) e.attribution.push_back({a.mentions[who].actor, a.mentions[who].span});
            EventReport r;
            r.modality = status->modality;
            reports.push_back(r);
            a.events.push_back(std::move(e));
            break;
          }
          continue;
        }
        if (!chosen) continue;
        cue_first = chosen->lead.empty() ? t : *LeadStart(tk, chosen->lead, t, c.first);
        const Span cue{a.tokens[cue_first].span.begin, tok.span.end};  // all words of "drone strike"
        // "imposed sanctions on Russia": the noun names the verb's event again.
        if (chosen->noun) {
          bool repeated = false;
          for (size_t k = 0; k < a.events.size(); ++k) {
            const Event& prev = a.events[k];
            const Span& cue = prev.mentions.front().cue;
            if (prev.root == chosen->cameo.substr(0, 2) && cue.begin >= a.tokens[c.first].span.begin &&
                cue.end <= a.tokens[c.end - 1].span.end) {
              repeated = true;
            }
          }
          if (repeated) continue;
        }
        if (!tgt.empty()) {
          // Coordinated targets: "z X in Y", "with X and Y" (the preposition is not repeated).
          std::vector<int32_t> keep{tgt.front()};
          for (int32_t i : in_clause) {
            const Mention& prev = a.mentions[keep.back()];
            const Mention& m = a.mentions[i];
            if (m.first_token <= prev.first_token) continue;
            if (A.ContinuesList(keep.back(), m, /*comma=*/true)) keep.push_back(i);
          }
          tgt = keep;
          // "pogovori med Rusijo in Ukrajino", "talks between Russia and Ukraine": the two sides of a mutual act.
          if (chosen->noun && src.empty() && tgt.size() == 2 && chosen->info && chosen->info->mutual) {
            src = {tgt.front()};
            tgt.erase(tgt.begin());
          }
        }
        // "ruski napad", "Russian strikes": a demonym right before the noun names the source country.
        std::string demonym_source;
        if (chosen->noun && src.empty()) {
          for (uint32_t back = 1; back <= 2 && back <= cue_first - c.first; ++back) {
            auto d = L->demonyms.MatchAt(tk, cue_first - back, cue_first);
            if (!d.empty() && d.front().end_token == cue_first) {
              demonym_source = L->demonym_country[d.front().payload];
              break;
            }
          }
        }
        // "Moskva se je odzvala z izgonom diplomatov", "responded with sanctions": an
        // event noun that is the means of the clause's act is its subject's.
        if (chosen->noun && src.empty() && demonym_source.empty() && cue_first > c.first) {
          uint32_t p = cue_first - 1;
          while (p > c.first && (HasTag(a.tokens[p], "adj") || HasTag(a.tokens[p], "det"))) --p;
          if (L->means_prepositions.count(L->Preposition(fold(p)))) {
            if (int32_t subj = A.SubjectOf(c); subj >= 0 && std::find(tgt.begin(), tgt.end(), subj) == tgt.end()) src = {subj};
          }
        }
        if (tgt.empty()) tgt.push_back(-1);
        // Coordinated subjects: "ZDA, Francija in Velika Britanija zavračajo" (one event each).
        std::vector<int32_t> sources{src.empty() ? -1 : src.front()};
        if (!src.empty() && !chosen->noun) {
          for (int32_t i : in_clause) {
            const Mention& prev = a.mentions[sources.back()];
            const Mention& m = a.mentions[i];
            if (m.first_token <= prev.first_token || m.first_token >= t) continue;
            if (A.ContinuesList(sources.back(), m, /*comma=*/true) && std::find(tgt.begin(), tgt.end(), i) == tgt.end()) {
              sources.push_back(i);
            }
          }
        }
        int32_t s_idx = sources.front();
        // "Zunanji ministri ZDA, Francije in Velike Britanije": the countries that
        // continue a list after a state's office take that office's role (FRA -> FRAGOV).
        std::unordered_map<int32_t, std::string> list_actor;
        auto inherit = [&](const std::vector<int32_t>& list) {
          if (list.size() < 2 || list.front() < 0) return;
          const Mention& head = a.mentions[list.front()];
          if (head.country.empty() || head.actor.size() <= 3 || !head.actor.starts_with(head.country)) return;
          std::string role = head.actor.substr(head.country.size());
          for (size_t k = 1; k < list.size(); ++k) {
            const Mention& m = a.mentions[list[k]];
            if (m.type == MentionType::kLOC && m.actor.size() == 3 && m.actor == m.country) list_actor[list[k]] = m.country + role;
          }
        };
        inherit(sources);
        inherit(tgt);

        // "želi kupiti", "wants to buy": the infinitive of an event verb after
        // a verb of intention is that intention (data/common/intent_codes.tsv).
        std::string code = chosen->cameo;
        bool intent = false;
        if (!chosen->noun && HasTag(tok, "inf")) {
          for (uint32_t u = c.first; u < t && !intent; ++u) intent = VerbIn(a, *L, tk, u, L->intent_verbs);
          std::string ic = intent ? lex_->IntentCode(code) : "";
          intent = !ic.empty();
          if (intent) code = ic;
        }
        const CameoCode* info = intent ? lex_->cameo(code) : chosen->info;
        // "v zameno pa bi Pjongjang pridobil": a receiver with no giver, in
        // the second half of an exchange, gets from the other party of the first.
        int32_t exchange_giver = -1;
        if (!chosen->noun && src.empty() && tgt.front() >= 0 && !chosen->source.none &&
            (chosen->target.form == "nom" || chosen->target.form == "subj")) {
          bool exchange = false;
          for (uint32_t u = s.first_token; u < t && !exchange; ++u) exchange = !L->exchange.MatchAt(tk, u, t).empty();
          const std::string& receiver = a.mentions[tgt.front()].country;
          for (size_t k = sentence_events; exchange && k < a.events.size() && exchange_giver < 0 && !receiver.empty(); ++k) {
            const Event& first = a.events[k];
            auto country = [&](const EventActor& x) { return x.mention >= 0 ? a.mentions[x.mention].country : ""; };
            if (country(first.target) == receiver) exchange_giver = first.source.mention;
            else if (country(first.source) == receiver) exchange_giver = first.target.mention;
          }
          if (exchange_giver >= 0) sources = {exchange_giver};
        }

        // Modality of this report.
        EventReport r;
        bool has_future = false;
        bool hearsay_or_plan = false;  // "naj bi": a cue listed as reported and, otherwise, expected
        for (const CueHit& h : hits) {
          size_t hc = ClauseOf(clauses, h.first);
          bool own = hc == ci || static_cast<int32_t>(hc) == c.continues;
          // "denied supplying drones": a "following" cue also covers a non-finite verb after it in its clause.
          bool complement = own && h.end <= t && !chosen->noun && (HasTag(tok, "ger") || HasTag(tok, "inf"));
          bool applies = (h.cue->scope == "clause" && own) || h.cue->scope == "sentence" ||
                         (h.cue->scope == "following" && (hc < ci || complement)) || (h.cue->scope == "source" && hc <= ci);
          if (!applies) continue;
          std::string mod = h.cue->modality;
          if (mod == "negated") {
            if (own) r.negated = true;
            continue;
          }
          if (h.cue->modality == "reported" && h.cue->otherwise == "expected") hearsay_or_plan = true;
          // "said it would support": a conditional whose other reading is the future in a reported clause.
          if (mod == "hypothetical" && h.cue->otherwise == "expected" && rep.reported_from[ci] != SIZE_MAX) mod = "expected";
          if (mod == "expected") has_future = true;
          if (ModalityStrength(mod) > ModalityStrength(r.modality)) r.modality = mod;
        }
        // Reported by a reporting verb, unless the one who says so is the one who acts
        // ("'We condemn North Korea,' Kirby told reporters" is the condemnation itself).
        if (rep.reported_from[ci] != SIZE_MAX && ModalityStrength("reported") > ModalityStrength(r.modality)) {
          int32_t sayer = A.SubjectOf(clauses[rep.reported_from[ci]]);
          bool own = false;
          if (sayer >= 0 && s_idx >= 0) {
            const Mention &x = a.mentions[sayer], &y = a.mentions[s_idx];
            own = (!x.entity.empty() && x.entity == y.entity) || (!x.actor.empty() && x.actor == y.actor) ||
                  (!x.country.empty() && x.country == y.country);  // a state's own official speaks for it
          }
          if (!own) r.modality = "reported";
        }
        // A time expression after the publication date ("prihodnji teden", "jutri") says the event is to come.
        if (date_of_clause(false).direction > 0) {
          has_future = true;
          r.dated_ahead = true;
          if (r.modality == "asserted") r.modality = "expected";
        }
        // "naj bi": hearsay in a reporting context, else (or with a future) a plan.
        if (hearsay_or_plan && r.modality == "reported" && !rep.context) r.modality = "expected";
        if (hearsay_or_plan && has_future) r.modality = "expected";
        // Factual: a past or present indicative verb with no future, conditional or hearsay cue.
        r.factual = !chosen->noun && !intent && !hearsay_or_plan && !has_future && r.modality != "hypothetical" &&
                    (HasTag(tok, "past") || HasTag(tok, "pri") || HasTag(tok, "pres") || HasTag(tok, "pii"));

        // Date: a time expression in the clause.
        const EventDate when = date_of_clause(has_future || r.modality == "expected");
        // Location: a city after a locative preposition, not an argument; else such a country ("in Ukraine").
        std::optional<EventLocation> location;
        for (int pass = 0; pass < 2 && !location; ++pass) {
          for (size_t i = 0; i < a.mentions.size() && !location; ++i) {
            const Mention& m = a.mentions[i];
            bool place = pass == 0 ? m.geo.has_value() : m.entity_id.size() == 3;
            if (m.type != MentionType::kLOC || !place || m.zero_subject || m.first_token < c.first || m.first_token >= c.end) continue;
            if (static_cast<int32_t>(i) == s_idx || std::find(tgt.begin(), tgt.end(), static_cast<int32_t>(i)) != tgt.end()) continue;
            if (L->locative_prepositions.count(A.PrepositionBefore(m))) location = EventLocation{m.entity, m.country, m.geo};
          }
        }

        for (int32_t si : sources)
        for (int32_t ti : tgt) {
          s_idx = si;
          // A noun that names an event without saying whose ("the attack", "sanctions")
          // is background or a report coded where its actor is named.
          if (chosen->noun && s_idx < 0 && demonym_source.empty()) continue;
          Event e;
          auto actor_of = [&](int32_t i) {
            EventActor x;
            if (i < 0) return x;
            auto inherited = list_actor.find(i);
            x.actor = inherited != list_actor.end() ? inherited->second : a.mentions[i].actor;
            x.entity = a.mentions[i].entity;
            x.mention = i;
            return x;
          };
          e.source = actor_of(s_idx);
          if (s_idx < 0 && !demonym_source.empty()) e.source.actor = demonym_source;
          e.target = actor_of(ti);
          if (ti < 0 && !demonym_target.empty()) e.target.actor = demonym_target;
          // An intention held by a country is its government's.
          if (intent && e.source.mention >= 0 && a.mentions[e.source.mention].type == MentionType::kLOC &&
              e.source.actor.size() == 3 && e.source.actor == a.mentions[e.source.mention].country) {
            e.source.actor += "GOV";
          }
          // The giver of an exchange's second half acts as in the first ("želi Rusija" is RUSGOV there too).
          if (si == exchange_giver) {
            for (size_t k = sentence_events; k < a.events.size(); ++k) {
              const Event& first = a.events[k];
              if (first.source.mention == si) e.source.actor = first.source.actor;
              else if (first.target.mention == si) e.source.actor = first.target.actor;
            }
          }
          if (e.source.actor.empty() && e.target.actor.empty()) continue;  // no actor known on either side
          // A named source with no actor code (a private person, a company) makes no political event.
          if (e.source.mention >= 0 && e.source.actor.empty()) continue;
          // An actor does not act on itself ("Scholz je zagotovil, da bo Berlin ..."),
          if (!e.source.actor.empty() && e.source.actor == e.target.actor) continue;
          // ... nor on its own country ("Blinken's visit" is no USAGOV -> USA event).
          auto bare_country_of = [](const std::string& x, const std::string& y) {
            return x.size() == 3 && y.size() > 3 && y.starts_with(x);
          };
          if (bare_country_of(e.source.actor, e.target.actor) || bare_country_of(e.target.actor, e.source.actor)) continue;
          e.cameo = code;
          e.root = code.substr(0, 2);
          if (info) {
            e.goldstein = info->goldstein;
            e.quad_class = info->quad_class;
            e.plover = info->plover;
          }
          e.date = when.date;
          e.date_precision = when.precision;
          e.location = location;
          if (ti >= 0 && A.IsCity(ti)) {  // "v Vladivostok": the target is Russia, the place Vladivostok
            const Mention& city = a.mentions[ti];
            e.location = EventLocation{city.entity, city.country, city.geo};
            if (auto country = CountryPlace(city.country)) e.target.entity = country->name;
          }
          // No place named: the country the act happens in, by its code (a visit: the host's).
          if (!e.location && info && !info->place.empty()) {
            int32_t side = info->place == "target" ? ti : s_idx;
            if (side >= 0 && !a.mentions[side].country.empty()) e.location = CountryPlace(a.mentions[side].country);
          }
          // "Israel struck targets in Gaza": an attack with no target named hits the country it happens in.
          if (ti < 0 && e.target.actor.empty() && info && info->place == "target" && e.location && !e.location->country.empty() &&
              (s_idx < 0 || a.mentions[s_idx].country != e.location->country)) {
            e.target.actor = e.location->country;
            if (auto country = CountryPlace(e.location->country)) e.target.entity = country->name;
          }
          e.attribution = rep.attribution[ci];
          e.mentions.push_back({s.span, cue, s_idx, ti});
          reports.push_back(r);
          a.events.push_back(std::move(e));
        }
      }
    }
  }

  // One event, many reports.
  MergeEventReports(a.events, reports, published);
}

}  // namespace kronika
