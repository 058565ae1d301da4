#include "morphology/phrase_index.h"

#include <algorithm>

#include "core/utf8.h"
#include "morphology/analyser.h"
#include "segment/segmenter.h"

namespace kronika {

std::vector<std::string> PhraseIndex::Keys(const Article& a, uint32_t t) {
  const Token& tok = a.tokens[t];
  std::vector<std::string> keys{FoldForMatch(a.view(tok.span))};
  if (tok.analyses) {
    for (const Analysis& an : *tok.analyses) {
      std::string f = FoldForMatch(an.lemma);
      if (std::find(keys.begin(), keys.end(), f) == keys.end()) keys.push_back(std::move(f));
    }
  }
  return keys;
}

const std::vector<std::string>& TokenKeys::keys(uint32_t t) {
  if (keys_[t].empty()) keys_[t] = PhraseIndex::Keys(a_, t);
  return keys_[t];
}

uint8_t TokenKeys::numbers(uint32_t t) {
  if (numbers_[t] == 0xFF) numbers_[t] = PhraseIndex::Numbers(a_.tokens[t]);
  return numbers_[t];
}

uint8_t PhraseIndex::Numbers(const Token& t) {
  uint8_t mask = 0;
  if (!t.analyses) return 0;
  for (const Analysis& an : *t.analyses) {
    if (an.has_tag("sg")) mask |= 1;
    if (an.has_tag("pl")) mask |= 2;
    if (an.has_tag("du")) mask |= 4;
    if (an.has_tag("sp")) mask |= 7;  // English: same form in both numbers
  }
  return mask;
}

AnalysedTexts AnalyseTexts(const std::string& lang, const std::vector<std::string>& texts, const Analyser& analyser,
                           const Segmenter& segmenter) {
  AnalysedTexts out;
  Article& doc = out.doc;
  doc.meta.lang = lang;
  for (const auto& text : texts) {
    uint32_t begin = static_cast<uint32_t>(doc.text.size());
    doc.text += text;
    doc.layout.paragraphs.push_back({begin, static_cast<uint32_t>(doc.text.size())});
    doc.text += '\n';
  }
  segmenter.Segment(doc);
  analyser.Analyse(doc);
  uint32_t t = 0;
  for (const Span& para : doc.layout.paragraphs) {
    while (t < doc.tokens.size() && doc.tokens[t].span.begin < para.begin) ++t;
    uint32_t first = t;
    while (t < doc.tokens.size() && doc.tokens[t].span.end <= para.end) ++t;
    out.ranges.emplace_back(first, t);
  }
  return out;
}

PhraseIndex PhraseIndex::Build(const std::string& lang, const std::vector<Phrase>& phrases, const Analyser& analyser,
                               const Segmenter& segmenter, std::shared_ptr<const NameGuesser> guesser,
                               bool surface_keys_only) {
  PhraseIndex idx;
  idx.guesser_ = std::move(guesser);
  std::vector<std::string> texts;
  for (const auto& p : phrases) texts.push_back(p.text);
  AnalysedTexts all = AnalyseTexts(lang, texts, analyser, segmenter);
  const Article& doc = all.doc;
  for (size_t k = 0; k < phrases.size(); ++k) {
    Entry e;
    e.payload = phrases[k].payload;
    for (uint32_t t = all.ranges[k].first; t < all.ranges[k].second; ++t) {
      e.keys.push_back(surface_keys_only ? std::vector<std::string>{FoldForMatch(doc.view(doc.tokens[t].span))}
                                         : Keys(doc, t));
      e.numbers.push_back(Numbers(doc.tokens[t]));
    }
    if (e.keys.empty()) continue;
    uint32_t id = static_cast<uint32_t>(idx.phrases_.size());
    for (const auto& key : e.keys[0]) idx.by_first_key_[key].push_back(id);
    idx.phrases_.push_back(std::move(e));
  }
  return idx;
}

std::vector<PhraseIndex::Match> PhraseIndex::MatchAt(TokenKeys& tk, uint32_t t, uint32_t end,
                                                     const std::function<bool(uint32_t)>& may_skip) const {
  std::vector<Match> out;
  if (t >= end || phrases_.empty()) return out;
  const Article& a = tk.article();
  auto intersects = [](const std::vector<std::string>& x, const std::vector<std::string>& y) {
    for (const auto& p : x)
      for (const auto& q : y)
        if (p == q) return true;
    return false;
  };
  // Keys of a token, with base-form guesses for words the analyser does not know.
  std::vector<std::pair<uint32_t, std::vector<std::string>>> guessed;
  auto keys = [&](uint32_t i) -> const std::vector<std::string>& {
    const Token& tok = a.tokens[i];
    bool only_names = tok.analyses && std::all_of(tok.analyses->begin(), tok.analyses->end(),
                                                   [](const Analysis& an) { return an.tags.starts_with("np"); });
    if (!guesser_ || !(tok.unknown || only_names)) return tk.keys(i);
    for (const auto& [at, k] : guessed)
      if (at == i) return k;
    std::vector<std::string> k = tk.keys(i);
    for (const auto& g : guesser_->Guess(a.view(a.tokens[i].span))) k.push_back(FoldForMatch(g));
    guessed.emplace_back(i, std::move(k));
    return guessed.back().second;
  };
  std::vector<uint32_t> seen;
  uint32_t best_end = 0;
  for (const auto& key : keys(t)) {
    auto it = by_first_key_.find(key);
    if (it == by_first_key_.end()) continue;
    for (uint32_t id : it->second) {
      if (std::find(seen.begin(), seen.end(), id) != seen.end()) continue;
      seen.push_back(id);
      const Entry& e = phrases_[id];
      uint32_t i = t, skipped = UINT32_MAX;
      bool ok = true;
      for (size_t k = 0; k < e.keys.size() && ok; ++k) {
        if (i >= end) {
          ok = false;
          break;
        }
        auto agrees = [&](uint32_t at) {
          uint8_t x = tk.numbers(at), y = e.numbers[k];
          return x == 0 || y == 0 || (x & y) != 0;
        };
        if (intersects(keys(i), e.keys[k]) && agrees(i)) {
          ++i;
          continue;
        }
        if (k > 0 && skipped == UINT32_MAX && may_skip && may_skip(i) && i + 1 < end &&
            intersects(keys(i + 1), e.keys[k]) && agrees(i + 1)) {
          skipped = i;
          i += 2;
          continue;
        }
        ok = false;
      }
      if (!ok || i < best_end) continue;
      if (i > best_end) out.clear();
      best_end = i;
      out.push_back({i, e.payload, skipped});
    }
  }
  return out;
}

}  // namespace kronika
