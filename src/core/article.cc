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

bool HasTag(const Token& t, std::string_view tag) {
  return t.analyses && std::any_of(t.analyses->begin(), t.analyses->end(), [&](const Analysis& a) { return a.has_tag(tag); });
}

bool HasPos(const Token& t, std::string_view pos) {
  return t.analyses && std::any_of(t.analyses->begin(), t.analyses->end(), [&](const Analysis& a) { return a.has_pos(pos); });
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

void SortMentions(Article& a) {
  std::vector<size_t> order(a.mentions.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    const Span& p = a.mentions[x].span;
    const Span& q = a.mentions[y].span;
    return p.begin < q.begin || (p.begin == q.begin && p.end > q.end);
  });
  std::vector<int32_t> new_index(order.size());
  for (size_t k = 0; k < order.size(); ++k) new_index[order[k]] = static_cast<int32_t>(k);
  std::vector<Mention> sorted;
  sorted.reserve(order.size());
  for (size_t k : order) sorted.push_back(std::move(a.mentions[k]));
  for (Mention& m : sorted)
    if (m.antecedent >= 0) m.antecedent = new_index[m.antecedent];
  a.mentions = std::move(sorted);
}

void LinkMention(Mention& m, const Mention& to, int32_t to_index) {
  m.entity = to.entity;
  m.entity_id = to.entity_id;
  m.actor = to.actor;
  m.country = to.country;
  m.antecedent = to_index;
  m.resolved_by = "coreference";
}

void RemoveMentions(Article& a, const std::vector<bool>& drop) {
  std::vector<int32_t> new_index(a.mentions.size(), -1);
  std::vector<Mention> kept;
  for (size_t i = 0; i < a.mentions.size(); ++i) {
    if (i < drop.size() && drop[i]) continue;
    new_index[i] = static_cast<int32_t>(kept.size());
    kept.push_back(std::move(a.mentions[i]));
  }
  for (Mention& m : kept)
    if (m.antecedent >= 0) m.antecedent = new_index[m.antecedent];
  a.mentions = std::move(kept);
}

}  // namespace kronika
