#include "events/event_clauses.h"

#include <algorithm>

namespace kronika {
namespace {

// A word the analyser reads only as a common noun ("that country": "that" is no clause word there).
bool CommonNoun(const Token& tok) {
  if (!tok.analyses || tok.analyses->empty()) return false;
  return std::all_of(tok.analyses->begin(), tok.analyses->end(), [](const Analysis& an) { return an.has_pos("n"); });
}

bool FiniteReportingVerb(const Article& a, const EventLexicon::Lang& lang, TokenKeys& keys, uint32_t t) {
  const Token& tok = a.tokens[t];
  if (!tok.analyses) return false;
  bool finite = std::any_of(tok.analyses->begin(), tok.analyses->end(), [](const Analysis& an) {
    return an.tags.starts_with("vblex") && (an.has_tag("past") || an.has_tag("pri") || an.has_tag("pres"));
  });
  return finite && VerbIn(a, lang, keys, t, lang.speech);
}

}  // namespace

std::vector<Clause> SplitClauses(const Article& a, const EventLexicon::Lang& lang, TokenKeys& keys, const Sentence& s,
                                 const std::function<bool(uint32_t)>& in_list) {
  std::vector<Clause> clauses;
  uint32_t start = s.first_token;
  for (uint32_t t = s.first_token; t < s.end_token; ++t) {
    const std::string& f = keys.surface(t);
    bool cut = (f == "," && !(in_list && in_list(t))) || f == ";" || f == ":" || f == "–" || f == "—" ||
               (lang.bare_clause_words.count(f) && !(t + 1 < s.end_token && CommonNoun(a.tokens[t + 1])) &&
                !(t == start + 1 && keys.surface(start) == ","));
    // "said he would visit": where clause words open clauses without a comma
    // (English), a finite reporting verb ends its clause.
    if (!cut && t > start && !lang.bare_clause_words.empty() && a.tokens[t].kind == TokenKind::kWord &&
        !lang.bare_clause_words.count(f) && !HasPos(a.tokens[t], "pr") && FiniteReportingVerb(a, lang, keys, t - 1)) {
      cut = true;
    }
    if (cut && t > start) {
      clauses.push_back({start, t});
      start = t;
    }
  }
  clauses.push_back({start, s.end_token});
  // ", ki ... ," / ", who ... ,": the fragment after an inserted relative clause continues the clause before it.
  for (size_t k = 1; k + 1 < clauses.size(); ++k) {
    uint32_t w = clauses[k].first + (keys.surface(clauses[k].first) == "," ? 1 : 0);
    uint32_t n = clauses[k + 1].first;
    if (w < clauses[k].end && lang.relative_words.count(keys.surface(w)) && keys.surface(n) == "," &&
        n + 1 < clauses[k + 1].end && !lang.clause_words.count(keys.surface(n + 1))) {
      clauses[k + 1].continues = clauses[k - 1].continues >= 0 ? clauses[k - 1].continues : static_cast<int32_t>(k - 1);
    }
  }
  return clauses;
}

size_t ClauseOf(const std::vector<Clause>& clauses, uint32_t t) {
  for (size_t i = 0; i < clauses.size(); ++i)
    if (t >= clauses[i].first && t < clauses[i].end) return i;
  return clauses.size() - 1;
}

}  // namespace kronika
