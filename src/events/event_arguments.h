// EventArguments: the mentions of one article that can be an event's source
// or target, and what the events stage asks about them. Arguments are the
// outermost actor mentions (persons, organisations, titles, groups,
// countries, capitals standing for governments); a title and the name right
// after it ("ruskim predsednikom Vladimirjem Putinom") are one argument.
// Cities that are no actor are kept apart: a visit or an attack may target
// one. Dropped subjects are the zero-subject mentions on their verbs.
//
// Built once per article by the events stage; not thread-safe (it shares
// the article's TokenKeys cache); one per thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "events/event_clauses.h"
#include "events/event_lexicon.h"
#include "kronika/article.h"
#include "morphology/phrase_index.h"

namespace kronika {

class EventArguments {
 public:
  EventArguments(const Article& a, const EventLexicon::Lang& lang, TokenKeys& keys, bool english);

  const std::vector<int32_t>& args() const { return args_; }      // mention indices, text order
  const std::vector<int32_t>& cities() const { return cities_; }  // mention indices, ascending
  bool IsCity(int32_t mention) const;
  // The dropped-subject mention recorded on token `t`, or -1.
  int32_t ZeroSubjectAt(uint32_t t) const { return zero_at_[t]; }

  // Slovenian: does the mention's head noun have case `c` ("nom", "ins")? A
  // word without case (unknown, an abbreviation like "EU") has every case.
  bool HasCase(const Mention& m, std::string_view c) const;
  // The folded word before a mention, over English determiners ("on the United States": "on").
  const std::string& PrepositionBefore(const Mention& m) const;
  bool HasPrepositionBefore(const Mention& m) const;
  // Does `m` continue a list after the argument `prev` ("X in Y", "X, Y" when `comma`)?
  bool ContinuesList(int32_t prev, const Mention& m, bool comma) const;
  // Is the comma at token `t` between two arguments ("Macron, Merz in Tusk")?
  bool ListComma(uint32_t t) const;
  // The subject of a clause: its first nominative argument (English: its
  // first argument), else a dropped subject in it; -1 if none.
  int32_t SubjectOf(const Clause& c) const;

 private:
  bool ActorLike(const Mention& m) const;
  const Token& Head(const Mention& m) const;

  const Article& a_;
  const EventLexicon::Lang& lang_;
  TokenKeys& keys_;
  bool english_;
  std::vector<int32_t> args_, cities_;
  std::vector<uint32_t> arg_end_;  // per mention: last token (+1) of the argument with its apposition
  std::vector<int32_t> zero_at_;   // per token
  std::vector<bool> starts_, ends_;  // per token: an argument starts here / ends right before it
};

}  // namespace kronika
