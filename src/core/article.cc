#include "kronika/article.h"

#include <algorithm>

namespace kronika {

bool Analysis::has_tag(std::string_view tag) const {
  size_t pos = 0;
  while (pos <= tags.size()) {
    size_t dot = tags.find('.', pos);
    size_t end = dot == std::string::npos ? tags.size() : dot;
    if (std::string_view(tags).substr(pos, end - pos) == tag) return true;
    if (dot == std::string::npos) break;
    pos = dot + 1;
  }
  return false;
}

const char* to_string(MentionType t) {
  switch (t) {
    case MentionType::kPER: return "PER";
    case MentionType::kLOC: return "LOC";
    case MentionType::kORG: return "ORG";
    case MentionType::kTITLE: return "TITLE";
    case MentionType::kGROUP: return "GROUP";
  }
  return "LOC";
}

bool Article::in_boilerplate(Span s) const {
  return std::any_of(layout.boilerplate.begin(), layout.boilerplate.end(),
                     [&](const Span& b) { return b.overlaps(s); });
}

}  // namespace kronika
