// Gazetteer::Find and Lookup: matching names against an article's tokens.
// See gazetteer.h for the design.
#include <algorithm>

#include "core/utf8.h"
#include "entities/gazetteer.h"
#include "morphology/analyser.h"

namespace kronika {

std::vector<std::string> Gazetteer::TokenKeys(const Article& a, uint32_t t, const LangIndex& idx,
                                              bool* guessed) const {
  const Token& tok = a.tokens[t];
  std::string_view surface = a.view(tok.span);
  std::vector<std::string> keys{FoldForMatch(surface)};
  auto push = [&](std::string k) {
    if (std::find(keys.begin(), keys.end(), k) == keys.end()) keys.push_back(std::move(k));
  };
  // "Kyiv's": the name without its possessive clitic.
  for (const auto& c : idx.clitics) {
    if (surface.size() > c.size() && surface.ends_with(c)) push(FoldForMatch(surface.substr(0, surface.size() - c.size())));
  }
  bool only_np = true;
  if (tok.analyses) {
    for (const Analysis& an : *tok.analyses) {
      // Only content words: pronouns, verbs and particles share lemmas
      // with names ("US" ~ "us", "STA" ~ "biti") and would match them.
      bool proper = an.tags.starts_with("np");
      if (proper || an.tags.starts_with("adj") || an.tags.starts_with("n.") || an.tags == "n") {
        push(FoldForMatch(an.lemma));
      }
      if (!proper) only_np = false;
    }
  }
  // Guesses for capitalised words the analyser does not know (or knows only
  // as some proper name, whose lemma may be a different name).
  if (tok.kind == TokenKind::kWord && StartsUpper(surface) && (tok.unknown || only_np) && idx.guesser.rules() > 0) {
    size_t before = keys.size();
    for (auto& g : idx.guesser.Guess(surface)) push(FoldForMatch(g));
    if (guessed && keys.size() > before) *guessed = true;
  }
  return keys;
}

void Gazetteer::Find(Article& article) const {
  const bool article_title_case = article.meta.title_case;
  auto li = langs_.find(article.meta.lang);
  if (li == langs_.end()) return;
  const LangIndex& idx = li->second;
  const uint32_t n = static_cast<uint32_t>(article.tokens.size());

  // Keys per token, computed on first use.
  std::vector<std::vector<std::string>> keys(n);
  std::vector<uint8_t> have(n, 0), guessed(n, 0);
  auto keys_of = [&](uint32_t t) -> const std::vector<std::string>& {
    if (!have[t]) {
      bool g = false;
      keys[t] = TokenKeys(article, t, idx, &g);
      guessed[t] = g;
      have[t] = 1;
    }
    return keys[t];
  };
  auto intersects = [](const std::vector<std::string>& a, const std::vector<std::string>& b) {
    for (const auto& x : a)
      for (const auto& y : b)
        if (x == y) return true;
    return false;
  };

  auto priority_of = [&](const Name& n) { return n.place == UINT32_MAX ? 1e300 : places_[n.place].priority; };

  for (const Sentence& s : article.sentences) {
    uint32_t first_word = s.first_token;
    while (first_word < s.end_token && article.tokens[first_word].kind != TokenKind::kWord) ++first_word;
    for (uint32_t t = s.first_token; t < s.end_token;) {
      const Token& tok = article.tokens[t];
      std::string_view surface = article.view(tok.span);
      if (tok.kind != TokenKind::kWord || !(StartsUpper(surface))) {
        ++t;
        continue;
      }
      // Every name that matches at t with the longest length.
      std::vector<const Name*> at_best;
      uint32_t best_len = 0;
      for (const auto& key : keys_of(t)) {
        auto it = idx.by_first_key.find(key);
        if (it == idx.by_first_key.end()) continue;
        for (uint32_t nid : it->second) {
          const Name& name = idx.names[nid];
          if (name.stoplisted) continue;
          uint32_t len = static_cast<uint32_t>(name.keys.size());
          if (t + len > s.end_token || len < best_len) continue;
          if (std::find(at_best.begin(), at_best.end(), &name) != at_best.end()) continue;
          // Weak (adjective-lemma) matches are safe inside a multiword name,
          // and for a one-word country name only mid-sentence, where a capital
          // means a name ("na Japonskem"), not at a sentence start or in a title.
          // Cities never: "Belo" (white) is not the town of Bela.
          bool one_word_country = name.place != UINT32_MAX && places_[name.place].is_country();
          bool weak_ok = len > 1 || (one_word_country && t != first_word && !(s.in_title && article_title_case));
          bool ok = true;
          for (uint32_t k = 0; k < len && ok; ++k) {
            const Token& at = article.tokens[t + k];
            std::string_view sf = article.view(at.span);
            if (k > 0 && at.kind == TokenKind::kWord && name.capitalised[k] && !StartsUpper(sf)) ok = false;
            else if (name.acronym[k] && !AllUpper(sf)) ok = false;
            else if (!intersects(keys_of(t + k), name.keys[k]) &&
                     !(weak_ok && intersects(keys_of(t + k), name.weak_keys[k]))) ok = false;
          }
          if (!ok) continue;
          if (len > best_len) at_best.clear();
          best_len = len;
          at_best.push_back(&name);
        }
      }
      if (at_best.empty()) {
        ++t;
        continue;
      }
      // Blockers first, then priority.
      const Name* best = *std::max_element(at_best.begin(), at_best.end(), [&](const Name* a, const Name* b) {
        return priority_of(*a) < priority_of(*b);
      });
      if (best->place == UINT32_MAX) {  // a blocker: not a place, skip its tokens
        t += best_len;
        continue;
      }
      const Entry& place = places_[best->place];
      bool one_word = best_len == 1;
      bool sentence_start = (t == first_word) || (s.in_title && article_title_case);
      // At a sentence start "Kitajski" may be the adjective ("Kitajski
      // premier") or the country's dative; before a lower-case noun it is the
      // adjective. (Mid-sentence the capital decides: a name.)
      if (one_word && sentence_start && t + 1 < s.end_token && tok.analyses) {
        const Token& next = article.tokens[t + 1];
        bool adj = std::any_of(tok.analyses->begin(), tok.analyses->end(),
                               [](const Analysis& an) { return an.tags.starts_with("adj"); });
        bool next_noun = next.kind == TokenKind::kWord && !StartsUpper(article.view(next.span)) && next.analyses &&
                         std::any_of(next.analyses->begin(), next.analyses->end(),
                                     [](const Analysis& an) { return an.tags.starts_with("n."); });
        if (adj && next_noun) {
          ++t;
          continue;
        }
      }
      if (one_word && !place.is_country()) {
        // One-word city and person names that are common words: not at a
        // sentence start or in a title, where capitals tell nothing; a
        // dateline ("BERLIN (AP) —") names its city, so there it is no doubt.
        bool in_dateline = article.layout.dateline && article.layout.dateline->contains(tok.span);
        bool common = false, person = false, toponym = false;
        if (tok.analyses) {
          for (const Analysis& an : *tok.analyses) {
            if (!an.tags.starts_with("np")) common = true;
            if (an.has_tag("ant") || an.has_tag("cog")) person = true;
            if (an.has_tag("top") || an.has_tag("loc")) toponym = true;
          }
        }
        if (sentence_start && common && !in_dateline && !AllUpper(surface)) {
          ++t;
          continue;
        }
        // "Vladimirjem" is the first name, not the city of Vladimir: the
        // analyser tags personal names (ant, cog) apart from places (top).
        if (place.kind == Kind::kCity && person && !toponym) {
          ++t;
          continue;
        }
      }
      Mention m;
      m.first_token = t;
      m.end_token = t + best_len;
      m.span = {tok.span.begin, article.tokens[t + best_len - 1].span.end};
      std::string_view last = article.view(article.tokens[t + best_len - 1].span);
      for (const auto& c : idx.clitics) {
        if (last.size() > c.size() && last.ends_with(c)) {
          m.span.end -= static_cast<uint32_t>(c.size());
          break;
        }
      }
      m.type = place.type;
      m.entity = place.entity;
      m.entity_id = place.id;
      m.lemma = best->text;
      m.actor = place.actor;
      m.country = place.country;
      m.geo = place.geo;
      // "guesser" only when no surface or lemma key matched.
      bool via_guess = false;
      for (uint32_t k = t; k < t + best_len; ++k) {
        if (!guessed[k]) continue;
        const Token& at = article.tokens[k];
        std::vector<std::string> plain{FoldForMatch(article.view(at.span))};
        if (at.analyses)
          for (const Analysis& an : *at.analyses) plain.push_back(FoldForMatch(an.lemma));
        for (const auto& c : idx.clitics) {
          std::string_view sf = article.view(at.span);
          if (sf.size() > c.size() && sf.ends_with(c)) plain.push_back(FoldForMatch(sf.substr(0, sf.size() - c.size())));
        }
        if (!intersects(plain, best->keys[k - t])) via_guess = true;
      }
      if (via_guess && place.kind == Kind::kCity && place.population < kGuessedCityPopulation) {
        bool after_preposition = t > s.first_token &&
                                 idx.place_prepositions.count(FoldForMatch(article.view(article.tokens[t - 1].span)));
        if (!after_preposition) {
          ++t;
          continue;
        }
      }
      m.resolved_by = via_guess ? "guesser" : "dictionary";
      m.short_form = place.kind == Kind::kPersonShort;
      // A surname several persons share: the actors stage chooses.
      for (const Name* n : at_best) {
        if (n->place == UINT32_MAX) continue;
        const Entry& e = places_[n->place];
        if ((e.kind == Kind::kPerson || e.kind == Kind::kPersonShort) &&
            std::find(m.candidates.begin(), m.candidates.end(), e.id) == m.candidates.end()) {
          m.candidates.push_back(e.id);
        }
      }
      if (!article.in_boilerplate(m.span)) article.mentions.push_back(std::move(m));
      t += best_len;
    }
  }
}

const Gazetteer::Place* Gazetteer::Lookup(const std::string& lang, const std::string& name) const {
  auto li = langs_.find(lang);
  if (li == langs_.end()) return nullptr;
  std::string folded = FoldForMatch(name);
  const Place* best = nullptr;
  auto it = li->second.by_first_key.find(folded);
  if (it == li->second.by_first_key.end()) return nullptr;
  for (uint32_t nid : it->second) {
    const Name& n = li->second.names[nid];
    if (n.keys.size() != 1 || n.place == UINT32_MAX) continue;
    const Place& p = places_[n.place];
    if (!best || p.priority > best->priority) best = &p;
  }
  return best;
}

}  // namespace kronika
