#include "events/event_merge.h"

#include <algorithm>

#include <fmt/format.h>

namespace kronika {

int ModalityStrength(const std::string& m) {
  static const char* kOrder[] = {"asserted", "reported", "expected", "hypothetical", "question", "unconfirmed", "denied"};
  for (int i = 0; i < 7; ++i)
    if (m == kOrder[i]) return i;
  return 0;
}

namespace {

// "073" says more than "070" and "07"; among equals the first stays.
int Specificity(const std::string& code) {
  int n = static_cast<int>(code.size());
  if (n == 3 && code[2] == '0') --n;
  return n;
}

}  // namespace

void MergeEventReports(std::vector<Event>& events, const std::vector<EventReport>& reports,
                       std::optional<std::chrono::year_month_day> published) {
  // An undated report fits a dated one only in the article's own year
  // ("že leta 2019" is another meeting than the one planned now).
  auto fits_now = [&](const std::string& d) {
    return !published || d.substr(0, 4) == fmt::format("{:04}", static_cast<int>(published->year()));
  };
  std::vector<Event> merged;
  std::vector<std::vector<const EventReport*>> merged_reports;
  for (size_t i = 0; i < events.size(); ++i) {
    Event& e = events[i];
    size_t into = SIZE_MAX;
    for (size_t k = 0; k < merged.size() && into == SIZE_MAX; ++k) {
      const Event& m = merged[k];
      bool same = m.root == e.root && ((m.source.actor == e.source.actor && m.target.actor == e.target.actor &&
                                        m.source.entity == e.source.entity && m.target.entity == e.target.entity) ||
                                       (e.root == "04" && m.source.entity == e.target.entity &&
                                        m.target.entity == e.source.entity));
      bool dates = (m.date.empty() && e.date.empty()) || m.date == e.date || (m.date.empty() && fits_now(e.date)) ||
                   (e.date.empty() && fits_now(m.date));
      // What happened and what is still to come are two events ("met in 2019", "will meet on Wednesday").
      bool tenses = std::none_of(merged_reports[k].begin(), merged_reports[k].end(), [&](const EventReport* r) {
        return (r->factual && reports[i].dated_ahead) || (reports[i].factual && r->dated_ahead);
      });
      if (same && dates && tenses) into = k;
    }
    if (into == SIZE_MAX) {
      merged.push_back(std::move(e));
      merged_reports.push_back({&reports[i]});
      continue;
    }
    Event& m = merged[into];
    m.mentions.push_back(e.mentions.front());
    if (Specificity(e.cameo) > Specificity(m.cameo)) {
      m.cameo = e.cameo;
      m.goldstein = e.goldstein;
      m.quad_class = e.quad_class;
      m.plover = e.plover;
    }
    if (m.date.empty()) m.date = e.date, m.date_precision = e.date_precision;
    if (!m.location || (!m.location->geo && e.location && e.location->geo)) m.location = e.location;  // a city over a country
    for (const auto& at : e.attribution) {
      bool dup = std::any_of(m.attribution.begin(), m.attribution.end(),
                             [&](const Attribution& x) { return x.span == at.span; });
      if (!dup) m.attribution.push_back(at);
    }
    merged_reports[into].push_back(&reports[i]);
  }
  for (size_t k = 0; k < merged.size(); ++k) {
    const EventReport* factual = nullptr;
    for (const EventReport* r : merged_reports[k])
      if (r->factual && (!factual || ModalityStrength(r->modality) < ModalityStrength(factual->modality))) factual = r;
    std::string mod = "asserted";
    bool negated = false;
    if (factual) {
      mod = factual->modality;
      negated = factual->negated;
    } else {
      for (const EventReport* r : merged_reports[k]) {
        if (ModalityStrength(r->modality) > ModalityStrength(mod)) mod = r->modality;
        negated = negated || r->negated;
      }
    }
    merged[k].modality = mod;
    merged[k].negated = negated;
  }
  events = std::move(merged);
}

}  // namespace kronika
