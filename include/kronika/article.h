// The data model: one Article and the layers the pipeline stages add to it.
//
// An Article owns the original text (valid UTF-8; invalid bytes were replaced
// with U+FFFD at ingest and a Problem says where). Every later layer refers to
// that text by byte Span and never copies or rewrites it. Stages fill their
// own layer in order (see DESIGN.md): ingest sets text/source/meta, clean sets
// layout, language sets lang, segment sets sentences and tokens, morphology
// fills Token::analyses, entities adds mentions. JSON output converts byte
// spans to code-point offsets (see src/core/json_output.h).
//
// Thread-safety: an Article is a plain value. One thread owns it at a time;
// nothing in it is shared between threads.
#pragma once

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <vector>

namespace kronika {

// A half-open byte range [begin, end) into Article::text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return begin >= end; }
  bool contains(const Span& o) const { return begin <= o.begin && o.end <= end; }
  bool overlaps(const Span& o) const { return begin < o.end && o.begin < end; }
  friend bool operator==(const Span&, const Span&) = default;
};

// Something wrong with the input that did not stop the article (or, for a
// rejected input, the reason it was rejected). `code` is a stable slug such
// as "invalid-utf8"; `message` is for people and names the position.
struct Problem {
  std::string code;
  std::string message;
};

// Where the article came from and what the input itself said about it.
struct ArticleMeta {
  std::string id;          // input id (JSONL "id"), else hash of the original bytes
  std::string source;      // path, "path:line" for JSONL, or "-" for stdin
  std::string url;         // from input or header; empty if unknown
  std::string published;   // ISO 8601 with offset; empty if unknown
  std::string agency;      // "STA", "Reuters", ...; empty if unknown
  std::string outlet;      // publishing outlet if different from agency
  std::string title;       // as given by input or found by clean
  std::string lang;        // ISO 639-1; given by input or detected
  double lang_confidence = 0.0;
  std::string content_hash;  // hex XXH3-128 of the original bytes
  bool title_case = false;   // the language capitalises every word of a title (English)
};

// Layout found by the clean stage. Boilerplate is marked here and nothing
// after clean looks inside it.
struct Layout {
  std::optional<Span> header;     // "11. 9. 2023, 13:55 | Vir: STA"
  std::optional<Span> title;
  std::optional<Span> dateline;   // "LJUBLJANA, 11. septembra (STA) -"
  std::vector<Span> paragraphs;   // body paragraphs, in order (boilerplate excluded)
  std::vector<Span> subheadings;
  std::vector<Span> boilerplate;  // credits, promos, share/cookie lines
};

// One candidate analysis of a word form: lemma plus Apertium tags without the
// angle brackets, e.g. {"Rusija", "np.top.f.sg.acc"}.
struct Analysis {
  std::string lemma;
  std::string tags;
  bool has_tag(std::string_view tag) const;
  // Is `pos` the first tag, the part of speech ("n", "pr", "vblex")?
  bool has_pos(std::string_view pos) const {
    return tags.starts_with(pos) && (tags.size() == pos.size() || tags[pos.size()] == '.');
  }
};

enum class TokenKind : uint8_t { kWord, kNumber, kPunct, kSymbol };

struct Token {
  Span span;
  TokenKind kind = TokenKind::kWord;
  uint32_t sentence = 0;       // index into Article::sentences
  bool space_before = false;   // any white space between this and the previous token
  bool unknown = false;        // morphology found no analysis
  // Candidates from morphology (shared cache entry; empty for non-words).
  const std::vector<Analysis>* analyses = nullptr;
};

// Does any analysis of the token have this tag, or this part of speech?
bool HasTag(const Token& t, std::string_view tag);
bool HasPos(const Token& t, std::string_view pos);

struct Sentence {
  Span span;
  uint32_t first_token = 0;  // [first_token, end_token) into Article::tokens
  uint32_t end_token = 0;
  bool in_title = false;
};

enum class MentionType : uint8_t { kPER, kLOC, kORG, kTITLE, kGROUP };
const char* to_string(MentionType t);

struct Geo {
  double lat = 0;
  double lon = 0;
  int64_t geonameid = 0;  // 0 when unknown
};

struct Mention {
  Span span;
  MentionType type = MentionType::kLOC;
  std::string entity;       // canonical English name
  std::string actor;        // CAMEO actor code, empty if none
  std::string country;      // ISO 3166-1 alpha-3, empty if none
  std::string resolved_by;  // dictionary, guesser, title, metonym, coreference, context
  std::optional<Geo> geo;
  uint32_t first_token = 0, end_token = 0;
  std::string entity_id;                // PER-..., ORG-..., alpha-3, geonameid; empty if none
  std::string lemma;                    // base form in the article's language ("Severna Koreja")
  std::vector<std::string> candidates;  // persons a shared name may mean (the actors stage picks)
  int32_t antecedent = -1;              // index of the mention this one refers back to, or -1
  bool short_form = false;              // matched only a person's surname (needs support to stand)
  bool zero_subject = false;            // the span is a verb whose dropped subject this mention is
  bool pronoun = false;                 // the span is a pronoun standing for the antecedent
};

// One participant of an event: the actor code and entity, and the mention
// that names it (-1 when the article names none).
struct EventActor {
  std::string actor;
  std::string entity;
  int32_t mention = -1;
};

// One report of an event in the text: the sentence, the cue word (verb or
// event noun), and the mentions of source and target in that report.
struct EventMention {
  Span sentence;
  Span cue;
  int32_t source_mention = -1;
  int32_t target_mention = -1;
};

// Who says so: an actor with the words that name it.
struct Attribution {
  std::string actor;
  Span span;
};

struct EventLocation {
  std::string name, country;
  std::optional<Geo> geo;
};

// One real-world event, with every report of it in the article.
struct Event {
  EventActor source, target;
  std::string cameo, root, plover;
  double goldstein = 0;
  int quad_class = 0;
  std::string modality = "asserted";  // asserted, reported, expected, hypothetical, denied, unconfirmed, question
  bool negated = false;
  std::vector<Attribution> attribution;
  std::string date, date_precision;  // YYYY[-MM[-DD]] and day/week/month/year; empty when unknown
  std::optional<EventLocation> location;
  std::vector<EventMention> mentions;
};

struct Article {
  std::string text;  // original text, valid UTF-8
  ArticleMeta meta;
  Layout layout;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<Mention> mentions;
  std::vector<Event> events;
  std::vector<Problem> problems;
  // Analyses that did not fit the shared morphology cache; Token::analyses
  // may point here. A deque never moves its elements.
  std::deque<std::vector<Analysis>> analysis_store;

  std::string_view view(Span s) const { return std::string_view(text).substr(s.begin, s.size()); }
  bool in_boilerplate(Span s) const;
};

// Puts mentions in text order (longer first at one start) and keeps every
// Mention::antecedent pointing at the same mention.
void SortMentions(Article& article);
// Makes `m` refer to the same actor as mention `to` (index `to_index`):
// entity, entity_id, actor and country, antecedent, resolved_by "coreference".
void LinkMention(Mention& m, const Mention& to, int32_t to_index);

// Removes the mentions marked in `drop`; antecedents of kept mentions are
// renumbered, and those that pointed at a removed mention become -1.
void RemoveMentions(Article& article, const std::vector<bool>& drop);

}  // namespace kronika
