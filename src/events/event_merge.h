// EventMerge: one event, many reports. The events stage codes each report
// of an event where it finds it (the reference article names the planned
// Kim-Putin meeting four times); MergeEventReports makes one Event of the
// reports that share a CAMEO root and their pair of actors (either order
// for a meeting) and whose dates fit, with every report kept as a mention.
// A factual report and one dated after the publication date stay apart:
// what happened and what is still to come are two events.
//
// Modality of the merged event: that of a factual report (past or present
// indicative, no hearsay) if there is one, else the strongest of the reports
// ("unconfirmed" over "expected" over "reported"). Its code: the most
// specific code among the reports of the same root ("073" over "070").
//
// Thread-safety: free functions; any thread, on the caller's data.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "kronika/article.h"

namespace kronika {

// What one report says of its event's status.
struct EventReport {
  std::string modality = "asserted";
  bool negated = false;
  bool factual = false;  // a past or present indicative verb, no future, conditional or hearsay cue
  bool dated_ahead = false;  // its time expression names a day after the publication date ("prihodnji teden")
};

// Order of modalities when several cues meet in one report: asserted <
// reported < expected < hypothetical < question < unconfirmed < denied.
int ModalityStrength(const std::string& modality);

// `events[i]` was reported as `reports[i]` (one mention each). Replaces
// `events` by the merged events, their modality and negation set.
void MergeEventReports(std::vector<Event>& events, const std::vector<EventReport>& reports,
                       std::optional<std::chrono::year_month_day> published);

}  // namespace kronika
