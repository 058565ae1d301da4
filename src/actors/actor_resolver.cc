#include "actors/actor_resolver.h"

#include <algorithm>
#include <unordered_set>

#include <fmt/format.h>

#include "core/tsv.h"
#include "core/utf8.h"
#include "morphology/analyser.h"

namespace kronika {
namespace {

// English words for a title whose holder is unknown: its label, else the
// role's name ("foreign_minister" -> "foreign minister").
std::string RoleWords(const RoleTitle& title) {
  if (!title.label.empty()) return title.label;
  std::string out = title.role;
  std::replace(out.begin(), out.end(), '_', ' ');
  return out;
}

}  // namespace

Result<std::shared_ptr<const ActorResolver>> ActorResolver::Load(
    const std::string& data_dir, std::shared_ptr<const ActorData> data, const std::map<std::string, const Analyser*>& analysers,
    const Segmenter& segmenter) {
  auto r = std::shared_ptr<ActorResolver>(new ActorResolver());
  r->data_ = data;
  // The state whose press writes each language (languages.tsv `home`).
  std::map<std::string, std::string> homes;
  if (auto langs = TsvFile::Read(data_dir + "/languages.tsv", {"lang"}); langs.ok()) {
    for (const auto& row : langs->rows()) homes[langs->get(row, "lang")] = langs->get(row, "home");
  }
  for (const auto& [lang, analyser] : analysers) {
    Lang& L = r->langs_[lang];
    std::vector<PhraseIndex::Phrase> phrases;
    for (const auto& [adj, country] : data->demonyms(lang)) {
      phrases.push_back({adj, static_cast<uint32_t>(L.demonym_country.size())});
      L.demonym_country.push_back(country);
    }
    std::shared_ptr<const NameGuesser> adjectives;
    auto endings = NameGuesser::Load(fmt::format("{}/{}/adjective_endings.tsv", data_dir, lang), true);
    if (!endings.ok()) return endings.status();
    if (endings->rules() > 0) adjectives = std::make_shared<const NameGuesser>(std::move(endings).value());
    L.demonyms = PhraseIndex::Build(lang, phrases, *analyser, segmenter, adjectives);
    phrases.clear();
    for (const auto& [title, role] : data->roles(lang)) {
      phrases.push_back({title, static_cast<uint32_t>(L.titles_role.size())});
      L.titles_role.push_back(role);
    }
    L.titles = PhraseIndex::Build(lang, phrases, *analyser, segmenter);
    phrases.clear();
    for (const auto& [noun, group] : data->groups(lang)) {
      phrases.push_back({noun, static_cast<uint32_t>(L.groups_noun.size())});
      L.groups_noun.push_back(group);
    }
    L.groups = PhraseIndex::Build(lang, phrases, *analyser, segmenter);
    phrases.clear();
    auto links = TsvFile::Read(fmt::format("{}/{}/group_links.tsv", data_dir, lang), {"phrase"});
    if (links.ok()) {
      for (const auto& row : links->rows()) phrases.push_back({links->get(row, "phrase"), 0});
    } else if (links.status().code() != Status::Code::kNotFound) {
      return links.status();
    }
    L.links = PhraseIndex::Build(lang, phrases, *analyser, segmenter);
    if (auto it = homes.find(lang); it != homes.end()) L.home = it->second;
    auto roles = TsvFile::Read(fmt::format("{}/{}/role_prepositions.tsv", data_dir, lang), {"preposition", "role"});
    if (roles.ok()) {
      for (const auto& row : roles->rows())
        if (roles->get(row, "role") == "possessor") L.possessor_prepositions.insert(FoldForMatch(roles->get(row, "preposition")));
    } else if (roles.status().code() != Status::Code::kNotFound) {
      return roles.status();
    }
  }
  return std::shared_ptr<const ActorResolver>(std::move(r));
}

std::string ActorResolver::TitleHolder(const std::string& country, const std::string& role,
                                       const std::string& date) const {
  std::vector<std::string> tries{role};
  if (role == "leader") tries = {"leader", "head_of_state", "head_of_government"};
  for (const auto& r : tries) {
    auto holders = data_->Holders(country, r, date);
    if (holders.size() == 1) return holders.front()->person;
    if (holders.size() > 1) return "";  // several vice premiers: no guess
  }
  return "";
}

void ActorResolver::ResolvePersons(Article& a, const std::string& date) const {
  std::unordered_set<std::string> full_names;
  for (const Mention& m : a.mentions) {
    if (m.type == MentionType::kPER && !m.short_form && !m.entity_id.empty()) full_names.insert(m.entity_id);
  }
  std::vector<bool> drop(a.mentions.size(), false);
  for (size_t i = 0; i < a.mentions.size(); ++i) {
    Mention& m = a.mentions[i];
    if (m.type != MentionType::kPER) continue;
    std::vector<std::string> cands = m.candidates;
    if (cands.empty() && !m.entity_id.empty()) cands.push_back(m.entity_id);
    // A surname alone stands for a person whose full name the article uses,
    // or who is in office on its date; otherwise it is not that person.
    const std::string* pick = nullptr;
    for (const auto& c : cands)
      if (!pick && full_names.count(c)) pick = &c;
    // Without the article's date, a surname that is also a given name ("Robert",
    // "Paul", "Michel": the analyser reads it as one) needs the full name in the article.
    const Token& first = a.tokens[m.first_token];
    bool given_name = m.short_form && m.end_token - m.first_token == 1 && first.analyses &&
                      std::any_of(first.analyses->begin(), first.analyses->end(), [](const Analysis& an) { return an.has_tag("ant"); });
    // ... as does one followed by another capitalised word: "Paul Harrison" is not Evans Paul.
    if (m.short_form && m.end_token < a.tokens.size() && a.tokens[m.end_token].sentence == first.sentence &&
        a.tokens[m.end_token].kind == TokenKind::kWord && StartsUpper(a.view(a.tokens[m.end_token].span))) {
      given_name = true;
    }
    if (!pick && (m.short_form || cands.size() > 1)) {
      for (const auto& c : cands)
        if (!pick && !data_->OfficesOn(c, date).empty()) pick = &c;
      // Without the article's date, anyone who held an office will do.
      for (const auto& c : cands)
        if (!pick && date.empty() && !given_name && data_->HeldOffice(c)) pick = &c;
    }
    if (!pick && !m.short_form && !cands.empty()) pick = &cands.front();
    if (!pick) {
      if (m.short_form) {
        // Keep it as an unknown person when the analyser knows it as a name.
        const Token& t = a.tokens[m.first_token];
        bool name = t.analyses && std::any_of(t.analyses->begin(), t.analyses->end(), [](const Analysis& an) {
          return an.has_tag("ant") || an.has_tag("cog");
        });
        if (name) {
          m.entity = m.lemma.empty() ? std::string(a.view(m.span)) : m.lemma;
          m.entity_id.clear();
          m.candidates.clear();
          m.actor.clear();
          m.country.clear();
          m.resolved_by = "context";
        } else {
          drop[i] = true;
        }
      }
      continue;
    }
    m.entity_id = *pick;
    const Person* p = data_->person(m.entity_id);
    if (!p) continue;
    m.entity = p->entity;
    m.country = p->country;
    m.actor = data_->PersonActor(p->id, date);
  }
  RemoveMentions(a, drop);
  // Mentions linked to a person by coreference take its final identity.
  for (Mention& m : a.mentions) {
    if (m.antecedent < 0 || m.resolved_by != "coreference") continue;
    LinkMention(m, a.mentions[m.antecedent], m.antecedent);
  }
}

void ActorResolver::FindTitlesAndGroups(Article& a, const Lang& L, const std::string& date) const {
  std::vector<int32_t> mention_at(a.tokens.size(), -1);
  for (size_t i = 0; i < a.mentions.size(); ++i) {
    const Mention& m = a.mentions[i];
    if (m.first_token < mention_at.size() && mention_at[m.first_token] < 0) mention_at[m.first_token] = static_cast<int32_t>(i);
  }
  TokenKeys tk(a);
  auto demonym_at = [&](uint32_t i, uint32_t end) { return L.demonyms.MatchAt(tk, i, end); };
  auto is_demonym = [&](uint32_t i) { return !L.demonyms.MatchAt(tk, i, i + 1).empty(); };
  auto country_mention_at = [&](uint32_t i) -> const Mention* {
    if (i >= mention_at.size() || mention_at[i] < 0) return nullptr;
    const Mention& m = a.mentions[mention_at[i]];
    return (m.type == MentionType::kLOC && m.entity_id.size() == 3) ? &m : nullptr;
  };
  auto folded = [&](uint32_t i) -> const std::string& { return tk.surface(i); };
  std::vector<Mention> added;

  // A GROUP mention of `country` on tokens [first, end) ("ruski mediji"); returns `end`.
  auto add_group = [&](uint32_t first, uint32_t end, const std::string& country, const GroupNoun& g) {
    Mention m;
    m.type = MentionType::kGROUP;
    m.first_token = first;
    m.end_token = end;
    m.span = {a.tokens[first].span.begin, a.tokens[end - 1].span.end};
    m.entity = data_->EnglishDemonym(country) + " " + g.entity;
    m.actor = country + g.sector;
    m.country = country;
    m.resolved_by = "context";
    added.push_back(std::move(m));
    return end;
  };
  auto add_title = [&](uint32_t first, uint32_t end, const std::string& country, const RoleTitle& role) {
    if (!role.country.empty() && role.country != country) return false;
    Mention m;
    m.type = MentionType::kTITLE;
    m.first_token = first;
    m.end_token = end;
    m.span = {a.tokens[first].span.begin, a.tokens[end - 1].span.end};
    m.resolved_by = "title";
    m.country = country;
    // The person named right after the title is the one it means.
    std::string person;
    if (end < mention_at.size() && mention_at[end] >= 0 && a.mentions[mention_at[end]].type == MentionType::kPER) {
      person = a.mentions[mention_at[end]].entity_id;
    }
    if (person.empty()) {
      person = TitleHolder(country, role.role, date);
      // "predsednik" (m) does not mean a woman president, nor "predsednica" a man.
      const Person* holder = data_->person(person);
      const Token& head = a.tokens[first];
      if (holder && holder->gender && head.analyses && !head.analyses->empty()) {
        bool fits = false;
        for (const Analysis& an : *head.analyses) {
          bool m = an.has_tag("m") || an.has_tag("ma") || an.has_tag("mi");
          bool f = an.has_tag("f");
          if ((!m && !f) || (m && holder->gender == 'm') || (f && holder->gender == 'f')) fits = true;
        }
        if (!fits) person.clear();
      }
    }
    if (const Person* p = data_->person(person)) {
      m.entity = p->entity;
      m.entity_id = p->id;
      m.actor = data_->PersonActor(p->id, date);
    } else {
      std::string words = role.role == "official" ? RoleWords(role) : RoleWords(RoleTitle{role.role, "", ""});
      m.entity = data_->EnglishDemonym(country) + " " + words;
      m.actor = country + "GOV";
    }
    added.push_back(std::move(m));
    return true;
  };

  for (const Sentence& s : a.sentences) {
    for (uint32_t t = s.first_token; t < s.end_token;) {
      // A demonym, then a group noun or a title.
      auto dem = demonym_at(t, s.end_token);
      if (!dem.empty()) {
        const std::string& country = L.demonym_country[dem.front().payload];
        uint32_t u = dem.front().end_token;
        uint32_t v = u;
        if (auto link = L.links.MatchAt(tk, u, s.end_token); !link.empty()) v = link.front().end_token;
        bool done = false;
        for (const auto& tm : L.titles.MatchAt(tk, u, s.end_token)) {
          if (add_title(t, tm.end_token, country, L.titles_role[tm.payload])) {
            t = tm.end_token;
            done = true;
            break;
          }
        }
        if (done) continue;
        auto grp = L.groups.MatchAt(tk, v, s.end_token);
        if (!grp.empty()) {
          t = add_group(t, grp.front().end_token, country, L.groups_noun[grp.front().payload]);
          continue;
        }
      }
      // "Vlada je sprejela" in Slovenian news: a group noun alone names the home
      // state's group, unless a country follows ("vlada Severne Koreje").
      if (!L.home.empty() && (t >= mention_at.size() || mention_at[t] < 0)) {
        auto grp = L.groups.MatchAt(tk, t, s.end_token);
        bool country_after = false;  // "vlada Severne Koreje", "vlada sosednje Češke"
        for (uint32_t u = grp.empty() ? t : grp.front().end_token; !grp.empty() && u < s.end_token && u < grp.front().end_token + 3; ++u)
          country_after = country_after || country_mention_at(u);
        if (!grp.empty() && L.groups_noun[grp.front().payload].alone && !country_after) {
          t = add_group(t, grp.front().end_token, L.home, L.groups_noun[grp.front().payload]);
          continue;
        }
      }
      // An institution's official: "Kremlin spokesman", "Russian Foreign
      // Ministry spokeswoman" (the institution's code, the title's words).
      if (t < mention_at.size() && mention_at[t] >= 0) {
        const Mention& org = a.mentions[mention_at[t]];
        if (org.type == MentionType::kORG && org.actor.size() >= 6 && org.end_token < s.end_token) {
          bool done_org = false;
          for (const auto& tm : L.titles.MatchAt(tk, org.end_token, s.end_token)) {
            const RoleTitle& role = L.titles_role[tm.payload];
            Mention m;
            m.type = MentionType::kTITLE;
            m.first_token = t;
            m.end_token = tm.end_token;
            m.span = {a.tokens[t].span.begin, a.tokens[tm.end_token - 1].span.end};
            m.resolved_by = "title";
            m.actor = org.actor;
            m.country = org.country;
            m.entity = org.entity + " " + RoleWords(role);
            added.push_back(std::move(m));
            t = tm.end_token;
            done_org = true;
            break;
          }
          if (done_org) continue;
        }
      }
      // A country's title: "North Korea's leader".
      if (const Mention* c = country_mention_at(t)) {
        uint32_t after = c->end_token;
        bool possessive = c->span.end < a.tokens[after - 1].span.end;
        if (possessive) {
          bool done = false;
          for (const auto& tm : L.titles.MatchAt(tk, after, s.end_token)) {
            if (add_title(t, tm.end_token, c->country, L.titles_role[tm.payload])) {
              t = tm.end_token;
              done = true;
              break;
            }
          }
          if (done) continue;
        }
      }
      // A title with a demonym inside or a country after it.
      bool done = false;
      for (const auto& tm : L.titles.MatchAt(tk, t, s.end_token, is_demonym)) {
        const RoleTitle& role = L.titles_role[tm.payload];
        if (tm.skipped != UINT32_MAX) {
          auto d = demonym_at(tm.skipped, tm.skipped + 1);
          done = add_title(t, tm.end_token, L.demonym_country[d.front().payload], role);
        } else if (const Mention* c = country_mention_at(tm.end_token)) {
          done = add_title(t, c->end_token, c->country, role);
        } else if (tm.end_token < mention_at.size() && mention_at[tm.end_token] >= 0 &&
                   (a.mentions[mention_at[tm.end_token]].type == MentionType::kLOC ||
                    a.mentions[mention_at[tm.end_token]].type == MentionType::kORG) &&
                   !a.mentions[mention_at[tm.end_token]].country.empty() && role.role == "official") {
          // "Župan Kijeva", "Tiskovni predstavnik Kremlja": the place's country,
          // or the institution's code.
          const Mention& of = a.mentions[mention_at[tm.end_token]];
          done = add_title(t, of.end_token, of.country, role);
          if (done && of.type == MentionType::kORG && of.actor.size() >= 6) {
            added.back().actor = of.actor;
            added.back().entity = of.entity + " " + RoleWords(role);
          }
        } else if (tm.end_token + 1 < s.end_token && L.possessor_prepositions.count(folded(tm.end_token))) {
          if (const Mention* c2 = country_mention_at(tm.end_token + 1)) done = add_title(t, c2->end_token, c2->country, role);
        } else if (tm.end_token < mention_at.size() && mention_at[tm.end_token] >= 0 &&
                   a.mentions[mention_at[tm.end_token]].type == MentionType::kPER &&
                   !a.mentions[mention_at[tm.end_token]].country.empty()) {
          // A bare title before a name: "predsednik Joe Biden", "Foreign Minister Wang Yi".
          const Mention& p = a.mentions[mention_at[tm.end_token]];
          done = add_title(t, tm.end_token, p.country, role);
        }
        if (done) {
          t = added.back().end_token;
          break;
        }
      }
      if (!done) ++t;
    }
  }
  for (auto& m : added) a.mentions.push_back(std::move(m));
}

void ActorResolver::Resolve(Article& a) const {
  std::string date = a.meta.published.size() >= 10 ? a.meta.published.substr(0, 10) : "";
  ResolvePersons(a, date);
  // A capital stands for its government ("Moskva je zavrnila"), except as the
  // last word of an organisation's name ("UKC Ljubljana", "NK Maribor"): an
  // acronym or an organisation right before it.
  std::vector<bool> org_end(a.tokens.size() + 1, false);
  for (const Mention& m : a.mentions)
    if (m.type == MentionType::kORG) org_end[m.end_token] = true;
  auto after_name = [&](const Mention& m) {
    if (m.first_token == 0) return false;
    const Token& prev = a.tokens[m.first_token - 1];
    if (prev.sentence != a.tokens[m.first_token].sentence || prev.kind != TokenKind::kWord) return false;
    std::string_view w = a.view(prev.span);
    bool acronym = w.size() >= 2 && std::all_of(w.begin(), w.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
    return acronym || org_end[m.first_token];
  };
  for (Mention& m : a.mentions) {
    if (m.type != MentionType::kLOC || !m.geo || after_name(m)) continue;
    // A city of metonyms.tsv stands for its body ("Bruselj" is the EU, not BELGOV).
    std::string body = data_->CityMetonym(m.entity_id);
    std::string c = data_->CapitalOf(m.entity_id);
    if (!body.empty() || !c.empty()) {
      m.actor = body.empty() ? c + "GOV" : body;
      m.resolved_by = "metonym";
    }
  }
  auto it = langs_.find(a.meta.lang);
  if (it != langs_.end()) FindTitlesAndGroups(a, it->second, date);
  SortMentions(a);
}

}  // namespace kronika
