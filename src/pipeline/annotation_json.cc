#include "pipeline/annotation_json.h"

#include "core/utf8.h"

namespace kronika {
namespace {

using json = nlohmann::ordered_json;

json OrNull(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

}  // namespace

json AnnotationJson(const Article& a, const AnnotationOptions& options) {
  CodePointIndex cp(a.text);
  auto span = [&](const Span& s) { return json::array({cp(s.begin), cp(s.end)}); };
  auto spans = [&](const std::vector<Span>& v) {
    json arr = json::array();
    for (const Span& s : v) arr.push_back(span(s));
    return arr;
  };
  auto opt_span = [&](const std::optional<Span>& s) { return s ? span(*s) : json(nullptr); };

  json j;
  j["id"] = a.meta.id;
  j["source"] = OrNull(a.meta.source);
  j["lang"] = OrNull(a.meta.lang);
  j["lang_confidence"] = a.meta.lang.empty() ? json(nullptr) : json(a.meta.lang_confidence);
  j["published"] = OrNull(a.meta.published);
  j["agency"] = OrNull(a.meta.agency);
  j["outlet"] = OrNull(a.meta.outlet);
  j["url"] = OrNull(a.meta.url);
  j["title"] = OrNull(a.meta.title);
  j["length"] = cp.length();
  j["content_hash"] = a.meta.content_hash;
  json sp;
  sp["header"] = opt_span(a.layout.header);
  sp["title"] = opt_span(a.layout.title);
  sp["dateline"] = opt_span(a.layout.dateline);
  sp["boilerplate"] = spans(a.layout.boilerplate);
  sp["subheadings"] = spans(a.layout.subheadings);
  sp["paragraphs"] = spans(a.layout.paragraphs);
  std::vector<Span> sentences;
  sentences.reserve(a.sentences.size());
  for (const Sentence& s : a.sentences) sentences.push_back(s.span);
  sp["sentences"] = spans(sentences);
  j["spans"] = std::move(sp);

  json mentions = json::array();
  for (size_t i = 0; i < a.mentions.size(); ++i) {
    const Mention& m = a.mentions[i];
    json o;
    o["id"] = i;
    o["start"] = cp(m.span.begin);
    o["end"] = cp(m.span.end);
    o["text"] = std::string(a.view(m.span));
    o["type"] = to_string(m.type);
    o["entity"] = OrNull(m.entity);
    o["actor"] = OrNull(m.actor);
    o["country"] = OrNull(m.country);
    o["resolved_by"] = OrNull(m.resolved_by);
    o["entity_id"] = OrNull(m.entity_id);
    o["lemma"] = OrNull(m.lemma);
    if (m.antecedent >= 0) o["antecedent"] = m.antecedent;
    if (m.zero_subject) o["zero_subject"] = true;
    if (m.pronoun) o["pronoun"] = true;
    if (m.geo) {
      json g;
      g["lat"] = m.geo->lat;
      g["lon"] = m.geo->lon;
      g["geonameid"] = m.geo->geonameid ? json(m.geo->geonameid) : json(nullptr);
      o["geo"] = std::move(g);
    } else {
      o["geo"] = nullptr;
    }
    mentions.push_back(std::move(o));
  }
  j["mentions"] = std::move(mentions);
  json events = json::array();
  for (size_t i = 0; i < a.events.size(); ++i) {
    const Event& e = a.events[i];
    auto actor = [&](const EventActor& x) {
      if (x.actor.empty() && x.entity.empty()) return json(nullptr);
      return json{{"actor", OrNull(x.actor)}, {"entity", OrNull(x.entity)}};
    };
    json o;
    o["id"] = i;
    o["source"] = actor(e.source);
    o["target"] = actor(e.target);
    o["cameo"] = e.cameo;
    o["root"] = e.root;
    o["plover"] = OrNull(e.plover);
    o["goldstein"] = e.goldstein;
    o["quad_class"] = e.quad_class;
    o["modality"] = e.modality;
    o["negated"] = e.negated;
    json attr = json::array();
    for (const Attribution& at : e.attribution) {
      attr.push_back(json{{"actor", OrNull(at.actor)}, {"text", std::string(a.view(at.span))},
                          {"start", cp(at.span.begin)}, {"end", cp(at.span.end)}});
    }
    o["attribution"] = std::move(attr);
    o["date"] = OrNull(e.date);
    o["date_precision"] = OrNull(e.date_precision);
    if (e.location) {
      json l{{"name", e.location->name}, {"country", OrNull(e.location->country)}};
      l["lat"] = e.location->geo ? json(e.location->geo->lat) : json(nullptr);
      l["lon"] = e.location->geo ? json(e.location->geo->lon) : json(nullptr);
      l["geonameid"] = e.location->geo && e.location->geo->geonameid ? json(e.location->geo->geonameid) : json(nullptr);
      o["location"] = std::move(l);
    } else {
      o["location"] = nullptr;
    }
    json ms = json::array();
    for (const EventMention& m : e.mentions) {
      json x;
      x["sentence"] = span(m.sentence);
      x["cue"] = span(m.cue);
      x["source_mention"] = m.source_mention >= 0 ? json(m.source_mention) : json(nullptr);
      x["target_mention"] = m.target_mention >= 0 ? json(m.target_mention) : json(nullptr);
      ms.push_back(std::move(x));
    }
    o["mentions"] = std::move(ms);
    events.push_back(std::move(o));
  }
  j["events"] = std::move(events);
  if (options.tokens) {
    static constexpr const char* kKinds[] = {"word", "number", "punct", "symbol"};
    json tokens = json::array();
    for (const Token& t : a.tokens) {
      json o;
      o["start"] = cp(t.span.begin);
      o["end"] = cp(t.span.end);
      o["text"] = std::string(a.view(t.span));
      o["kind"] = kKinds[static_cast<int>(t.kind)];
      o["sentence"] = t.sentence;
      if (t.kind == TokenKind::kWord) {
        o["unknown"] = t.unknown;
        json an = json::array();
        if (t.analyses)
          for (const Analysis& x : *t.analyses) an.push_back(json{{"lemma", x.lemma}, {"tags", x.tags}});
        o["analyses"] = std::move(an);
      }
      tokens.push_back(std::move(o));
    }
    j["tokens"] = std::move(tokens);
  }
  json problems = json::array();
  for (const Problem& p : a.problems) problems.push_back(json{{"code", p.code}, {"message", p.message}});
  j["problems"] = std::move(problems);
  return j;
}

}  // namespace kronika
