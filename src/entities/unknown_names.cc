#include "entities/unknown_names.h"

#include <algorithm>
#include <unordered_set>

#include <fmt/format.h>

#include "core/tsv.h"
#include "core/utf8.h"
#include "morphology/analyser.h"

namespace kronika {
namespace {

bool CommonWord(const Token& t) {
  if (!t.analyses) return false;
  return std::any_of(t.analyses->begin(), t.analyses->end(), [](const Analysis& a) { return !a.tags.starts_with("np"); });
}
bool IsVerb(const Token& t) {
  return HasPos(t, "vblex") || HasPos(t, "vbser") || HasPos(t, "vbmod") || HasPos(t, "vaux") || HasPos(t, "vbhaver") ||
         HasPos(t, "vbdo");
}

Result<PhraseIndex> LoadPhrases(const std::string& path, const char* column, const std::string& lang,
                                const Analyser& analyser, const Segmenter& segmenter,
                                std::shared_ptr<const NameGuesser> guesser = nullptr) {
  std::vector<PhraseIndex::Phrase> phrases;
  auto tsv = TsvFile::Read(path, {column});
  if (tsv.ok()) {
    for (const auto& row : tsv->rows()) phrases.push_back({tsv->get(row, column), 0});
  } else if (tsv.status().code() != Status::Code::kNotFound) {
    return tsv.status();
  }
  return PhraseIndex::Build(lang, phrases, analyser, segmenter, std::move(guesser));
}

}  // namespace

Result<std::shared_ptr<const UnknownNames>> UnknownNames::Load(const std::string& data_dir,
                                                              const std::map<std::string, const Analyser*>& analysers,
                                                              const Segmenter& segmenter) {
  auto u = std::shared_ptr<UnknownNames>(new UnknownNames());
  if (auto tsv = TsvFile::Read(data_dir + "/common/company_suffixes.tsv", {"suffix"}); tsv.ok()) {
    for (const auto& row : tsv->rows()) u->company_suffixes_.insert(FoldForMatch(tsv->get(row, "suffix")));
  } else if (tsv.status().code() != Status::Code::kNotFound) {
    return tsv.status();
  }
  for (const auto& [lang, analyser] : analysers) {
    Lang& L = u->langs_[lang];
    auto titles = LoadPhrases(fmt::format("{}/{}/person_titles.tsv", data_dir, lang), "word", lang, *analyser, segmenter);
    if (!titles.ok()) return titles.status();
    L.person_titles = std::move(titles).value();
    auto g = NameGuesser::Load(fmt::format("{}/{}/name_endings.tsv", data_dir, lang), true);
    if (!g.ok()) return g.status();
    L.guesser = std::move(g).value();
    // Organisation nouns the analyser does not know in every form ("Instituta").
    auto heads = LoadPhrases(fmt::format("{}/{}/org_heads.tsv", data_dir, lang), "noun", lang, *analyser, segmenter,
                             L.guesser.rules() ? std::make_shared<const NameGuesser>(L.guesser) : nullptr);
    if (!heads.ok()) return heads.status();
    L.org_heads = std::move(heads).value();
    auto months = TsvFile::Read(fmt::format("{}/{}/months.tsv", data_dir, lang), {"name"});
    if (months.ok()) {
      for (const auto& row : months->rows()) L.calendar.insert(FoldForMatch(months->get(row, "name")));
    } else if (months.status().code() != Status::Code::kNotFound) {
      return months.status();
    }
  }
  return std::shared_ptr<const UnknownNames>(std::move(u));
}

void UnknownNames::Find(Article& a) const {
  const bool article_title_case = a.meta.title_case;
  auto li = langs_.find(a.meta.lang);
  if (li == langs_.end()) return;
  const Lang& L = li->second;
  const uint32_t n = static_cast<uint32_t>(a.tokens.size());
  // A surname-only dictionary match on a first name ("Romana", "Franc")
  // may be the start of an unknown name: it does not block a run, and a
  // longer name found over it replaces it.
  std::vector<bool> covered(n, false);
  auto word = [&](uint32_t t) { return a.tokens[t].kind == TokenKind::kWord; };
  auto upper = [&](uint32_t t) { return word(t) && StartsUpper(a.view(a.tokens[t].span)); };
  // ... so may one followed by another capitalised word inside the sentence
  // ("Paul Stoffels" is not Evans Paul).
  auto weak = [&](const Mention& m) {
    if (!m.short_form || m.end_token - m.first_token != 1) return false;
    uint32_t next = m.end_token;
    bool name_after = next < n && a.tokens[next].sentence == a.tokens[m.first_token].sentence && upper(next);
    return HasTag(a.tokens[m.first_token], "ant") || name_after;
  };
  for (const Mention& m : a.mentions) {
    if (weak(m)) continue;
    for (uint32_t t = m.first_token; t < m.end_token && t < n; ++t) covered[t] = true;
  }
  const size_t dictionary_mentions = a.mentions.size();
  TokenKeys tk(a);
  auto is_head = [&](uint32_t t, uint32_t end) { return !L.org_heads.MatchAt(tk, t, end).empty(); };
  // Surface forms of the article, to choose among guessed base forms.
  std::unordered_set<std::string> surfaces;
  for (const Token& t : a.tokens)
    if (t.kind == TokenKind::kWord) surfaces.emplace(a.view(t.span));
  auto base = [&](uint32_t t) -> std::string {
    const Token& tok = a.tokens[t];
    std::string_view sf = a.view(tok.span);
    if (tok.analyses) {
      for (const Analysis& an : *tok.analyses)
        if (an.tags.starts_with("np")) return an.lemma;
    }
    if (tok.unknown) {
      for (const auto& g : L.guesser.Guess(sf))
        if (surfaces.count(g)) return g;
    }
    return std::string(sf);
  };
  auto add = [&](uint32_t first, uint32_t end, MentionType type) {
    Mention m;
    m.first_token = first;
    m.end_token = end;
    m.span = {a.tokens[first].span.begin, a.tokens[end - 1].span.end};
    m.type = type;
    std::string lemma;
    for (uint32_t t = first; t < end; ++t) {
      if (!word(t)) continue;
      if (!lemma.empty()) lemma += ' ';
      lemma += type == MentionType::kORG ? std::string(a.view(a.tokens[t].span)) : base(t);
    }
    m.lemma = lemma;
    m.entity = lemma;
    m.resolved_by = "context";
    for (uint32_t t = first; t < end; ++t) covered[t] = true;
    if (!a.in_boilerplate(m.span)) a.mentions.push_back(std::move(m));
  };

  for (const Sentence& s : a.sentences) {
    uint32_t first_word = s.first_token;
    while (first_word < s.end_token && !word(first_word)) ++first_word;
    for (uint32_t t = s.first_token; t < s.end_token;) {
      if (covered[t] || !upper(t)) {
        ++t;
        continue;
      }
      bool at_start = t == first_word || (s.in_title && article_title_case);
      // Organisations: a capitalised word, then (within four lower-case
      // words) an organisation noun, then its complement up to a verb,
      // punctuation or conjunction, and a place name right after.
      {
        uint32_t head = UINT32_MAX;
        if (is_head(t, s.end_token)) {
          head = t;
        } else if (CommonWord(a.tokens[t]) || a.tokens[t].unknown) {
          for (uint32_t k = t + 1; k < s.end_token && k <= t + 4; ++k) {
            if (!word(k) || covered[k] || upper(k) || IsVerb(a.tokens[k])) break;
            if (is_head(k, s.end_token)) {
              head = k;
              break;
            }
          }
        }
        // At a sentence start a capitalised adjective may be ordinary
        // ("Evropska agencija je ..."): only with a complement after the noun.
        bool complement = head != UINT32_MAX && head + 1 < s.end_token && word(head + 1) && !upper(head + 1) &&
                          HasPos(a.tokens[head + 1], "pr");
        bool ok = head != UINT32_MAX &&
                  (!at_start || (head == t && complement) || (head > t && HasPos(a.tokens[t], "adj") && complement));
        if (ok) {
          uint32_t end = head + 1;
          for (uint32_t k = end; k < s.end_token && k <= head + 8; ++k) {
            const Token& tk = a.tokens[k];
            bool content = HasPos(tk, "adj") || HasPos(tk, "n") || HasPos(tk, "pr");
            bool and_more = HasPos(tk, "cnjcoo") && k + 1 < s.end_token && word(k + 1) && !upper(k + 1) &&
                            !IsVerb(a.tokens[k + 1]);
            if (!word(k) || covered[k] || (IsVerb(tk) && !content) || (HasPos(tk, "cnjcoo") && !and_more) ||
                HasPos(tk, "cnjsub") || (!content && !and_more && (HasPos(tk, "prn") || HasPos(tk, "adv")))) {
              break;
            }
            if (upper(k)) break;
            end = k + 1;
          }
          // Trailing prepositions are not part of the name.
          while (end > head + 1 && HasPos(a.tokens[end - 1], "pr")) --end;
          // A name right after: "center Ljubljana" (the place stays a mention
          // too), "Instituta Jožef Stefan"; but not a person in apposition
          // ("inštituta Gregor Anderluh"): a first name followed by nothing
          // else capitalised is that person.
          if (end < s.end_token && upper(end)) {
            uint32_t r = end;
            while (r < s.end_token && upper(r) && !(r > end && HasTag(a.tokens[r], "ant") && !HasTag(a.tokens[r - 1], "ant"))) ++r;
            bool apposition = HasTag(a.tokens[end], "ant") && !(r < s.end_token && upper(r));
            if (!apposition) end = r;
          }
          // A lone organisation noun ("Vlada je ...") is not a name.
          if (end - t >= 2) {
            // Mentions inside the organisation's name (its place) stay where they are.
            add(t, end, MentionType::kORG);
            t = end;
            continue;
          }
        }
      }
      // A run of capitalised words; a first name after other words starts a
      // new run ("Infektolog | Janez Tomažič", "Golnik | Aleš Rozman").
      uint32_t e = t;
      while (e < s.end_token && upper(e) && !covered[e]) {
        if (e > t && HasTag(a.tokens[e], "ant") && !HasTag(a.tokens[e - 1], "ant")) break;
        if (e > t && is_head(e, s.end_token)) break;  // "Direktor | Instituta ...
        ++e;
      }
      uint32_t start = t;
      if (at_start && CommonWord(a.tokens[start]) && !HasTag(a.tokens[start], "ant") &&
          !HasTag(a.tokens[start], "cog")) {
        ++start;  // only starts the sentence
      }
      if (start >= e) {
        t = e;
        continue;
      }
      // Month and weekday names end the run ("April", "Monday").
      for (uint32_t k = start; k < e; ++k) {
        if (L.calendar.count(FoldForMatch(a.view(a.tokens[k].span)))) {
          e = k;
          break;
        }
      }
      bool all_common = true;
      for (uint32_t k = start; k < e; ++k)
        if (!CommonWord(a.tokens[k]) || HasTag(a.tokens[k], "ant") || HasTag(a.tokens[k], "cog")) all_common = false;
      if (start >= e || all_common) {
        t = t + 1;  // the next word may start an organisation's name
        continue;
      }
      bool person = false, place = true, unknown = false;
      for (uint32_t k = start; k < e; ++k) {
        const Token& tk = a.tokens[k];
        if (HasTag(tk, "ant") || HasTag(tk, "cog")) person = true;
        if (!(HasTag(tk, "top") || HasTag(tk, "loc"))) place = false;
        if (tk.unknown) unknown = true;
      }
      bool after_title = false;
      for (uint32_t back = 1; back <= 3 && start >= s.first_token + back; ++back) {
        for (const auto& m : L.person_titles.MatchAt(tk, start - back, start))
          if (m.end_token == start) after_title = true;
      }
      // "Euro Plus d.o.o.": a legal form after the run makes it a company.
      uint32_t suffix_end = e;
      {
        std::string tail;
        uint32_t k = e;
        for (; k < s.end_token && k < e + 6 && !a.tokens[k].space_before == (k != e); ++k) {
          tail += FoldForMatch(a.view(a.tokens[k].span));
          if (company_suffixes_.count(tail)) suffix_end = k + 1;
          if (k > e && a.tokens[k].space_before) break;
        }
        if (suffix_end == e && e < s.end_token && company_suffixes_.count(FoldForMatch(a.view(a.tokens[e].span)))) {
          suffix_end = e + 1;
        }
      }
      if (suffix_end > e) {
        // The abbreviation's own period ("d.o.o.") belongs to the name.
        if (suffix_end < s.end_token && !a.tokens[suffix_end].space_before && a.view(a.tokens[suffix_end].span) == ".") {
          ++suffix_end;
        }
        add(start, suffix_end, MentionType::kORG);
        t = suffix_end;
        continue;
      }
      std::string_view first_sf = a.view(a.tokens[start].span);
      // "NiceLabel", "OpenAI": a capital inside a word is a brand.
      bool camel = false;
      for (size_t i = 1; i < first_sf.size(); ++i)
        if (first_sf[i] >= 'A' && first_sf[i] <= 'Z' && first_sf[i - 1] >= 'a' && first_sf[i - 1] <= 'z') camel = true;
      if (camel && e - start == 1) {
        add(start, e, MentionType::kORG);
        t = e;
        continue;
      }
      bool acronym = e - start == 1 && AllUpper(first_sf) && first_sf.size() >= 2 && first_sf.size() <= 6;
      uint32_t len = e - start;
      if (acronym) {
        add(start, e, MentionType::kORG);
      } else if (person || after_title) {
        add(start, e, MentionType::kPER);
      } else if (place && !unknown && a.tokens[e - 1].span.end - a.tokens[start].span.begin > 1) {
        add(start, e, MentionType::kLOC);
      } else if (len >= 2 && unknown) {
        add(start, e, MentionType::kPER);
      } else if (len == 1 && unknown) {
        add(start, e, MentionType::kPER);
        a.mentions.back().resolved_by = "tentative";  // kept only if it links below
      }
      t = e;
    }
  }

  std::vector<bool> replaced(a.mentions.size(), false);
  for (size_t i = 0; i < dictionary_mentions; ++i) {
    if (!weak(a.mentions[i])) continue;
    for (size_t j = dictionary_mentions; j < a.mentions.size(); ++j) {
      if (a.mentions[j].span.contains(a.mentions[i].span) && a.mentions[j].span.size() > a.mentions[i].span.size()) {
        replaced[i] = true;
      }
    }
  }
  RemoveMentions(a, replaced);

  // First names right before a person mention belong to it ("Robert" +
  // dictionary surname "Golob").
  for (Mention& m : a.mentions) {
    if (m.type != MentionType::kPER) continue;
    while (m.first_token > 0 && a.tokens[m.first_token - 1].sentence == a.tokens[m.first_token].sentence &&
           !covered[m.first_token - 1] && upper(m.first_token - 1) && HasTag(a.tokens[m.first_token - 1], "ant")) {
      --m.first_token;
      covered[m.first_token] = true;
      m.span.begin = a.tokens[m.first_token].span.begin;
      if (m.entity_id.empty()) m.entity = m.lemma = base(m.first_token) + " " + m.lemma;
      m.short_form = false;
    }
  }

  // Linking: one-word persons to a longer person mention of the article.
  std::vector<size_t> longer;
  for (size_t i = 0; i < a.mentions.size(); ++i) {
    const Mention& m = a.mentions[i];
    if (m.type == MentionType::kPER && m.end_token - m.first_token >= 2) longer.push_back(i);
  }
  auto token_base = [&](uint32_t t) {
    std::vector<std::string> out{FoldForMatch(a.view(a.tokens[t].span)), FoldForMatch(base(t))};
    if (a.tokens[t].unknown)
      for (const auto& g : L.guesser.Guess(a.view(a.tokens[t].span))) out.push_back(FoldForMatch(g));
    return out;
  };
  std::vector<bool> drop(a.mentions.size(), false);
  for (size_t i = 0; i < a.mentions.size(); ++i) {
    Mention& m = a.mentions[i];
    if (m.type != MentionType::kPER || m.end_token - m.first_token != 1) continue;
    if (!m.entity_id.empty() && m.resolved_by != "tentative") continue;  // the dictionary knows it
    auto keys = token_base(m.first_token);
    int32_t found = -1;
    for (size_t j : longer) {
      const Mention& l = a.mentions[j];
      for (uint32_t edge : {l.end_token - 1, l.first_token}) {
        auto lk = token_base(edge);
        bool hit = std::any_of(keys.begin(), keys.end(), [&](const std::string& k) {
          return std::find(lk.begin(), lk.end(), k) != lk.end();
        });
        if (hit && (found < 0 || j < static_cast<size_t>(found))) found = static_cast<int32_t>(j);
      }
    }
    if (found >= 0) {
      const Mention& l = a.mentions[found];
      LinkMention(m, l, found);
      m.candidates = l.candidates;
    } else if (m.resolved_by == "tentative") {
      drop[i] = true;
    }
  }
  RemoveMentions(a, drop);
}

}  // namespace kronika
