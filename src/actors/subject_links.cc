#include "actors/subject_links.h"

#include <algorithm>

#include <fmt/format.h>

#include "core/tsv.h"
#include "core/utf8.h"

namespace kronika {
namespace {

struct Features {
  char gender = 0;  // 'm', 'f', 'n', 0 = unknown
  char number = 0;  // 's', 'p', 'd', 0 = unknown
};

Features FromTags(const Analysis& an) {
  Features f;
  if (an.has_tag("m") || an.has_tag("ma") || an.has_tag("mi") || an.has_tag("mp")) f.gender = 'm';
  if (an.has_tag("f")) f.gender = 'f';
  if (an.has_tag("nt") || an.has_tag("n")) f.gender = f.gender ? f.gender : 'n';
  if (an.has_tag("sg")) f.number = 's';
  if (an.has_tag("pl")) f.number = 'p';
  if (an.has_tag("du")) f.number = 'd';
  return f;
}

bool Agree(const Features& a, const Features& b) {
  return (!a.gender || !b.gender || a.gender == b.gender) && (!a.number || !b.number || a.number == b.number);
}

bool ActorType(MentionType t) {
  return t == MentionType::kPER || t == MentionType::kTITLE || t == MentionType::kGROUP || t == MentionType::kORG;
}

bool PersonLike(MentionType t) { return t == MentionType::kPER || t == MentionType::kTITLE; }

// A finite verb reading: an l-participle or a third-person form ("sestal", "pričakujejo").
bool FiniteVerb(const Analysis& an) { return an.tags.starts_with("vblex") && (an.has_tag("past") || an.has_tag("p3")); }
bool HasFiniteVerb(const Token& t) { return t.analyses && std::any_of(t.analyses->begin(), t.analyses->end(), FiniteVerb); }

}  // namespace

Result<std::shared_ptr<const SubjectLinks>> SubjectLinks::Load(const std::string& data_dir,
                                                              std::shared_ptr<const ActorData> data,
                                                              const std::vector<std::string>& languages) {
  auto s = std::shared_ptr<SubjectLinks>(new SubjectLinks());
  s->data_ = std::move(data);
  for (const auto& lang : languages) {
    auto tsv = TsvFile::Read(fmt::format("{}/{}/pronouns.tsv", data_dir, lang), {"form", "number"});
    if (!tsv.ok()) {
      if (tsv.status().code() == Status::Code::kNotFound) continue;
      return tsv.status();
    }
    for (const auto& row : tsv->rows()) {
      Pronoun p;
      std::string g = tsv->get(row, "gender"), n = tsv->get(row, "number");
      p.gender = g.empty() ? 0 : g[0];
      p.number = n == "pl" ? 'p' : n == "du" ? 'd' : 's';
      s->pronouns_[lang][FoldForMatch(tsv->get(row, "form"))] = p;
    }
  }
  return std::shared_ptr<const SubjectLinks>(std::move(s));
}

void SubjectLinks::Link(Article& a) const {
  auto pl = pronouns_.find(a.meta.lang);
  bool slovenian = a.meta.lang == "sl";
  if (pl == pronouns_.end() && !slovenian) return;

  // Features and case of each existing mention, from its last word (the head).
  auto features_of = [&](const Mention& m) {
    Features f;
    if (const Person* p = data_->person(m.entity_id)) {
      f.gender = p->gender;
      f.number = 's';
      return f;
    }
    const Token& head = a.tokens[m.end_token - 1];
    if (head.analyses)
      for (const Analysis& an : *head.analyses) {
        Features x = FromTags(an);
        if (!f.gender) f.gender = x.gender;
        if (!f.number) f.number = x.number;
      }
    if (m.type == MentionType::kGROUP && !f.number) f.number = 'p';
    return f;
  };
  auto nominative = [&](const Mention& m) {
    const Token& first = a.tokens[m.first_token];
    if (!slovenian) return true;
    // After a preposition no word is a nominative ("V Kremlju", with "Kremlju" unknown).
    if (m.first_token > 0 && a.tokens[m.first_token - 1].analyses) {
      const auto& before = *a.tokens[m.first_token - 1].analyses;
      if (!before.empty() && std::all_of(before.begin(), before.end(), [](const Analysis& an) { return an.has_pos("pr"); })) {
        return false;
      }
    }
    if (!first.analyses || first.analyses->empty()) return true;  // unknown word: cannot tell
    return std::any_of(first.analyses->begin(), first.analyses->end(), [](const Analysis& an) { return an.has_tag("nom"); });
  };

  std::vector<Mention> added;
  const size_t existing = a.mentions.size();
  // The latest agreeing subject before token `before`, within 3 sentences.
  auto antecedent = [&](uint32_t before, uint32_t sentence, Features want, bool persons_first) -> int32_t {
    for (int pass = persons_first ? 0 : 1; pass < 2; ++pass) {
      for (size_t k = existing; k-- > 0;) {
        const Mention& m = a.mentions[k];
        if (m.end_token > before || a.tokens[m.first_token].sentence + 3 < sentence) continue;
        if (!ActorType(m.type) && !(m.type == MentionType::kLOC && m.entity_id.size() == 3)) continue;
        if (pass == 0 && !PersonLike(m.type)) continue;
        if (!nominative(m) || !Agree(features_of(m), want)) continue;
        return static_cast<int32_t>(k);
      }
    }
    return -1;
  };
  auto link = [&](uint32_t t, int32_t to, bool zero) {
    const Mention& ante = a.mentions[to];
    Mention m;
    m.first_token = t;
    m.end_token = t + 1;
    m.span = a.tokens[t].span;
    m.type = PersonLike(ante.type) ? MentionType::kPER : ante.type;
    LinkMention(m, ante, to);
    m.zero_subject = zero;
    m.pronoun = !zero;
    added.push_back(std::move(m));
  };

  for (uint32_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& s = a.sentences[si];
    bool has_subject = false;
    // Pronouns.
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      if (a.tokens[t].kind != TokenKind::kWord || pl == pronouns_.end()) continue;
      auto it = pl->second.find(FoldForMatch(a.view(a.tokens[t].span)));
      if (it == pl->second.end()) continue;
      has_subject = true;
      Features want{it->second.gender, it->second.number};
      if (int32_t to = antecedent(t, si, want, true); to >= 0) link(t, to, false);
    }
    if (!slovenian || s.in_title) continue;
    // Dropped subjects: the first finite verb, and no nominative actor or noun before it.
    uint32_t first_verb = s.first_token;  // the subject of the first finite verb stands before it
    while (first_verb < s.end_token && !HasFiniteVerb(a.tokens[first_verb])) ++first_verb;
    for (const Mention& m : a.mentions) {
      bool actor = ActorType(m.type) || (m.type == MentionType::kLOC && m.entity_id.size() == 3);
      if (a.tokens[m.first_token].sentence == si && m.first_token < first_verb && actor && nominative(m)) has_subject = true;
    }
    if (has_subject) continue;
    std::vector<const Analysis*> nominatives;  // of the nouns before the verb
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      const Token& tok = a.tokens[t];
      if (tok.kind != TokenKind::kWord || !tok.analyses) continue;
      bool noun_nom = false;
      const bool finite = HasFiniteVerb(tok);
      for (const Analysis& an : *tok.analyses) {
        if (!finite && (an.tags.starts_with("n.") || an.tags.starts_with("np") || an.tags.starts_with("prn")) &&
            an.has_tag("nom")) {
          nominatives.push_back(&an);
          noun_nom = true;
        }
      }
      if (noun_nom) continue;
      const Analysis* verb = nullptr;
      bool subject = false;  // a nominative before the verb that agrees with it ("sankcije" is no subject of "obsodili")
      for (const Analysis& an : *tok.analyses) {
        if (FiniteVerb(an)) {
          if (!verb) verb = &an;
          for (const Analysis* n : nominatives) subject = subject || Agree(FromTags(*n), FromTags(an));
        }
      }
      if (!verb) continue;
      if (subject) break;
      Features want = FromTags(*verb);
      // "V Seulu pričakujejo", "V Kremlju niso potrdili": an impersonal
      // plural after a seat of power means that power.
      int32_t to = -1;
      if (want.number == 'p' || (verb->has_tag("p3") && verb->has_tag("pl"))) {
        for (size_t k = 0; k < existing; ++k) {
          const Mention& m = a.mentions[k];
          if (a.tokens[m.first_token].sentence == si && m.end_token <= t && m.resolved_by == "metonym") to = static_cast<int32_t>(k);
          if (a.tokens[m.first_token].sentence == si && m.end_token <= t && m.type == MentionType::kORG &&
              m.actor.size() == 6 && m.actor.ends_with("GOV")) to = static_cast<int32_t>(k);
        }
      }
      if (to < 0) to = antecedent(t, si, want, true);
      if (to >= 0) link(t, to, true);
      break;
    }
  }
  for (auto& m : added) a.mentions.push_back(std::move(m));
}

}  // namespace kronika
