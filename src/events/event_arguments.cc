#include "events/event_arguments.h"

#include <algorithm>

namespace kronika {

EventArguments::EventArguments(const Article& a, const EventLexicon::Lang& lang, TokenKeys& keys, bool english)
    : a_(a), lang_(lang), keys_(keys), english_(english), arg_end_(a.mentions.size(), 0), zero_at_(a.tokens.size(), -1) {
  auto in_dateline = [&](const Mention& m) { return a.layout.dateline && a.layout.dateline->contains(m.span); };
  for (size_t i = 0; i < a.mentions.size(); ++i) {
    const Mention& m = a.mentions[i];
    if (m.zero_subject) {
      zero_at_[m.first_token] = static_cast<int32_t>(i);
      continue;
    }
    if (!ActorLike(m) || in_dateline(m)) continue;  // "KYIV, Oct 12 (Reuters) -"
    bool inner = false;
    for (size_t j = 0; j < a.mentions.size() && !inner; ++j) {
      const Mention& o = a.mentions[j];
      // Inside a longer actor mention, or the second of two on the same words (an ORG that is also a GROUP).
      inner = j != i && !o.zero_subject && ActorLike(o) && o.span.contains(m.span) &&
              (o.span.size() > m.span.size() || (o.span == m.span && j < i));
    }
    if (inner) continue;
    if (!args_.empty()) {
      const Mention& prev = a.mentions[args_.back()];
      bool same = (!m.entity_id.empty() && m.entity_id == prev.entity_id) || m.entity == prev.entity;
      if (same && arg_end_[args_.back()] == m.first_token) {  // "ruskim predsednikom | Vladimirjem Putinom"
        arg_end_[args_.back()] = m.end_token;
        continue;
      }
    }
    args_.push_back(static_cast<int32_t>(i));
    arg_end_[i] = m.end_token;
  }
  starts_.assign(a.tokens.size() + 1, false);
  ends_.assign(a.tokens.size() + 1, false);
  for (int32_t i : args_) {
    starts_[a.mentions[i].first_token] = true;
    ends_[arg_end_[i]] = true;
  }
  for (size_t i = 0; i < a.mentions.size(); ++i) {
    const Mention& m = a.mentions[i];
    if (m.type == MentionType::kLOC && m.geo && !m.zero_subject && !m.actor.empty() && !ActorLike(m) && !in_dateline(m)) {
      cities_.push_back(static_cast<int32_t>(i));
    }
  }
}

bool EventArguments::ActorLike(const Mention& m) const {
  if (m.type == MentionType::kPER || m.type == MentionType::kORG || m.type == MentionType::kTITLE ||
      m.type == MentionType::kGROUP) {
    return !m.actor.empty() || !m.entity.empty();
  }
  return m.type == MentionType::kLOC && (m.entity_id.size() == 3 || m.resolved_by == "metonym");
}

bool EventArguments::IsCity(int32_t mention) const { return std::binary_search(cities_.begin(), cities_.end(), mention); }

// The first noun of a mention: the head of "podpredsednikom kitajske vlade".
const Token& EventArguments::Head(const Mention& m) const {
  for (uint32_t t = m.first_token; t < m.end_token; ++t) {
    const Token& tok = a_.tokens[t];
    if (tok.unknown || HasTag(tok, "n") || HasTag(tok, "np")) return tok;
    if (tok.analyses && std::any_of(tok.analyses->begin(), tok.analyses->end(), [](const Analysis& an) {
          return an.tags.starts_with("n.") || an.tags.starts_with("np");
        })) {
      return tok;
    }
  }
  return a_.tokens[m.first_token];
}

bool EventArguments::HasCase(const Mention& m, std::string_view c) const {
  const Token& h = Head(m);
  if (!h.analyses || h.analyses->empty()) return true;  // unknown word: any case
  // An abbreviation ("EU", "ZDA" read as <abbr>) or other word without case: any case.
  static const char* kCases[] = {"nom", "gen", "dat", "acc", "loc", "ins"};
  if (std::none_of(std::begin(kCases), std::end(kCases), [&](const char* k) { return HasTag(h, k); })) return true;
  if (!HasTag(h, c)) return false;
  // The adjectives before the head agree with it: "italijanskega zunanjega
  // ministra" is no nominative even though "ministra" can be one.
  for (uint32_t t = m.first_token; t < m.end_token && &a_.tokens[t] != &h; ++t) {
    const Token& w = a_.tokens[t];
    if (!w.analyses) continue;
    bool adjective = false, agrees = false;
    for (const Analysis& an : *w.analyses) {
      if (!an.tags.starts_with("adj")) continue;
      adjective = true;
      agrees = agrees || an.has_tag(c);
    }
    if (adjective && !agrees) return false;
  }
  return true;
}

const std::string& EventArguments::PrepositionBefore(const Mention& m) const {
  static const std::string kNone;
  if (m.first_token == 0) return kNone;
  uint32_t p = m.first_token - 1;
  const uint32_t sentence = a_.tokens[m.first_token].sentence;
  while (english_ && p > 0 && a_.tokens[p].sentence == sentence && HasTag(a_.tokens[p], "det")) --p;
  if (a_.tokens[p].sentence != sentence) return kNone;
  return keys_.surface(p);
}

bool EventArguments::HasPrepositionBefore(const Mention& m) const {
  if (m.first_token == 0) return false;
  uint32_t p = m.first_token - 1;
  const uint32_t sentence = a_.tokens[m.first_token].sentence;
  while (english_ && p > 0 && a_.tokens[p].sentence == sentence && HasTag(a_.tokens[p], "det")) --p;
  return a_.tokens[p].sentence == sentence && HasPos(a_.tokens[p], "pr");
}

bool EventArguments::ContinuesList(int32_t prev, const Mention& m, bool comma) const {
  uint32_t end = arg_end_[prev];
  if (m.first_token != end + 1 || end >= a_.tokens.size()) return false;
  const std::string& w = keys_.surface(end);
  return (comma && w == ",") || lang_.conjunctions.count(w) > 0;
}

bool EventArguments::ListComma(uint32_t t) const { return t + 1 < starts_.size() && ends_[t] && starts_[t + 1]; }

int32_t EventArguments::SubjectOf(const Clause& c) const {
  for (int32_t i : args_) {
    const Mention& m = a_.mentions[i];
    if (m.first_token >= c.first && m.first_token < c.end &&
        (english_ || (HasCase(m, "nom") && !HasPos(a_.tokens[m.first_token > 0 ? m.first_token - 1 : 0], "pr")))) {
      return i;
    }
  }
  for (uint32_t t = c.first; t < c.end; ++t)
    if (zero_at_[t] >= 0) return zero_at_[t];
  return -1;
}

}  // namespace kronika
