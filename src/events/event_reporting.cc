#include "events/event_reporting.h"

#include <algorithm>
#include <cstdint>

#include "core/utf8.h"

namespace kronika {

std::vector<CueHit> FindModalityCues(const EventLexicon::Lang& lang, TokenKeys& keys, const Sentence& s) {
  std::vector<CueHit> hits;
  for (uint32_t t = s.first_token; t < s.end_token; ++t) {
    for (const auto& m : lang.cues.MatchAt(keys, t, s.end_token)) hits.push_back({t, m.end_token, &lang.cue_info[m.payload]});
  }
  // When cues overlap the longest wins: the "bi" of "naj bi" is no cue of its own.
  std::vector<CueHit> longest;
  for (const CueHit& h : hits) {
    bool inside = std::any_of(hits.begin(), hits.end(), [&](const CueHit& o) {
      return o.first <= h.first && h.end <= o.end && o.end - o.first > h.end - h.first;
    });
    if (!inside) longest.push_back(h);
  }
  return longest;
}

SentenceReporting FindReporting(const Article& a, const EventLexicon::Lang& lang, TokenKeys& keys,
                                const EventArguments& args, const Sentence& s, const std::vector<Clause>& clauses,
                                const std::vector<CueHit>& hits) {
  SentenceReporting r;
  r.attribution.resize(clauses.size());
  r.reported_from.assign(clauses.size(), SIZE_MAX);
  // The argument right after a "source" cue ("po navedbah Washingtona") says so.
  auto sayer_after = [&](const CueHit& h) -> int32_t {
    for (int32_t i : args.args()) {
      const Mention& m = a.mentions[i];
      if (m.first_token >= h.end && m.first_token <= h.end + 2) return i;
    }
    return -1;
  };
  for (const CueHit& h : hits) {
    if (h.cue->scope == "source") {
      r.context = true;
      if (int32_t i = sayer_after(h); i >= 0) {
        const Mention& m = a.mentions[i];
        for (size_t k = ClauseOf(clauses, h.first); k < clauses.size(); ++k) r.attribution[k].push_back({m.actor, m.span});
        r.sayers.push_back(m.span);
      }
    } else if (h.cue->scope == "following" || (h.cue->modality == "reported" && h.cue->scope == "sentence")) {
      r.context = true;
      // "obtožil Kijev, da ...", "zanikal, da ...": who accuses or denies says so of the clauses after.
      if (h.cue->scope == "following") {
        size_t hc = ClauseOf(clauses, h.first);
        if (int32_t subj = args.SubjectOf(clauses[hc]); subj >= 0) {
          for (size_t k = hc + 1; k < clauses.size(); ++k) r.attribution[k].push_back({a.mentions[subj].actor, a.mentions[subj].span});
        }
      }
    }
  }
  for (size_t ci = 0; ci < clauses.size(); ++ci) {
    const Clause& sc = clauses[ci];
    for (uint32_t t = sc.first; t < sc.end; ++t) {
      if (!VerbIn(a, lang, keys, t, lang.speech)) continue;
      if (t > s.first_token && HasTag(a.tokens[t - 1], "det")) continue;  // "a claim": a noun here
      const Token& tok = a.tokens[t];
      bool nonfinite = HasTag(tok, "ger") || HasTag(tok, "pprs") || HasTag(tok, "inf");
      // A clause starts with the punctuation that cut it off: ", je povedal X"
      // reports what came before, ", ki ga je potrdil senat" or ", where he said" does not.
      // Nor does ", and said Pyongyang ...": a second predicate of the same subject.
      bool backward = !nonfinite && ci > 0 && keys.surface(sc.first) == "," &&
                      !(sc.first + 1 < sc.end && (lang.clause_words.count(keys.surface(sc.first + 1)) ||
                                                  lang.conjunctions.count(keys.surface(sc.first + 1))));
      r.context = true;
      int32_t subj = args.SubjectOf(sc);
      for (size_t k = backward ? 0 : ci + 1; k < clauses.size() && subj >= 0; ++k)
        if (k != ci) r.attribution[k].push_back({a.mentions[subj].actor, a.mentions[subj].span});
      for (size_t later = ci + 1; later < clauses.size(); ++later)
        if (r.reported_from[later] == SIZE_MAX) r.reported_from[later] = ci;
      for (size_t earlier = 0; backward && earlier < ci; ++earlier)
        if (r.reported_from[earlier] == SIZE_MAX) r.reported_from[earlier] = ci;
    }
  }
  return r;
}

}  // namespace kronika
