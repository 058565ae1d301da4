// EventDates: the date of an event, from the time expressions of
// data/<lang>/time_expressions.tsv ("v sredo", "pred 75 leti", "13.
// septembra", "last week", "September 13, 2023") resolved against the
// article's publication date and the tense of the event (an expected event's
// "v sredo" is the coming Wednesday, a past one's the last).
//
// Dates are strings: "2023-09-13" (precision day), "2023-09-11" (week: the
// Monday of that week, or the Saturday of a weekend), "2023-09" (month),
// "2023" (year).
//
// Thread-safety: free functions over immutable data; any thread.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "events/event_lexicon.h"
#include "kronika/article.h"

namespace kronika {

struct EventDate {
  std::string date, precision;  // both empty when no date was found
  int direction = 0;            // +1 after the publication date, -1 before, 0 when the words do not say ("v sredo")
};

// What a time expression says once its words are read: the expression, the
// number it holds ("pred <n> leti": 75), and a year or day written with a
// month name ("13. septembra 2022").
struct TimeReading {
  const TimeExpression* expression = nullptr;
  int count = 1;
  std::optional<int> year;
  std::optional<unsigned> day;
};

// The date `r` names, seen from `published`, for an event in the future
// (`future`) or not. Empty when it needs a publication date and has none.
EventDate DateOf(const TimeReading& r, std::optional<std::chrono::year_month_day> published, bool future);

// The first time expression in tokens [from, to) of `a` and the date it
// names.
EventDate FindEventDate(const Article& a, const EventLexicon::Lang& lang, TokenKeys& keys, uint32_t from, uint32_t to,
                        std::optional<std::chrono::year_month_day> published, bool future);

// The publication date of an article ("2023-09-11T13:55:00+02:00"), if it has one.
std::optional<std::chrono::year_month_day> PublishedDay(const std::string& published);

}  // namespace kronika
