#include "morphology/analyser.h"

#include <lttoolbox/fst_processor.h>
#include <lttoolbox/input_file.h>
#include <unicode/ustdio.h>

#include <array>
#include <atomic>
#include <cstdio>
#include <functional>
#include <mutex>
#include <shared_mutex>
#include <unordered_map>

#include <fmt/format.h>

namespace kronika {
namespace {

constexpr size_t kShards = 64;

struct FormHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

struct Shard {
  mutable std::shared_mutex mu;
  std::unordered_map<std::string, std::unique_ptr<std::vector<Analysis>>, FormHash, std::equal_to<>> map;
};

// lttoolbox stream format reserves these characters; escape them in input.
void AppendEscaped(std::string& out, std::string_view form) {
  for (char c : form) {
    switch (c) {
      case '^': case '$': case '/': case '<': case '>': case '{': case '}':
      case '[': case ']': case '\\': case '@': case '#': case '+': case '*':
        out.push_back('\\');
        break;
      case '\n': case '\0':
        c = ' ';
        break;
      default:
        break;
    }
    out.push_back(c);
  }
}

}  // namespace

struct Analyser::Impl {
  std::string path;
  size_t max_cached = 0;
  std::array<Shard, kShards> shards;
  std::atomic<size_t> cached{0};

  std::mutex pool_mu;
  std::vector<std::unique_ptr<FSTProcessor>> pool;

  Result<std::unique_ptr<FSTProcessor>> NewProcessor() {
    FILE* f = fopen(path.c_str(), "rb");
    if (!f) return Status::NotFound(fmt::format("{}: cannot open morphological analyser", path));
    auto fst = std::make_unique<FSTProcessor>();
    try {
      fst->load(f);
      fst->initAnalysis();
    } catch (const std::exception& e) {
      fclose(f);
      return Status::InvalidInput(fmt::format("{}: {}", path, e.what()));
    }
    fclose(f);
    if (!fst->valid()) return Status::InvalidInput(fmt::format("{}: not a valid analyser", path));
    return fst;
  }

  std::unique_ptr<FSTProcessor> Borrow() {
    {
      std::lock_guard<std::mutex> lock(pool_mu);
      if (!pool.empty()) {
        auto p = std::move(pool.back());
        pool.pop_back();
        return p;
      }
    }
    auto r = NewProcessor();  // the path loaded once already, so this succeeds
    return r.ok() ? std::move(r).value() : nullptr;
  }
  void Return(std::unique_ptr<FSTProcessor> p) {
    std::lock_guard<std::mutex> lock(pool_mu);
    pool.push_back(std::move(p));
  }

  Shard& ShardFor(std::string_view form) { return shards[std::hash<std::string_view>{}(form) % kShards]; }
};

Analyser::Analyser() : impl_(std::make_unique<Impl>()) {}
Analyser::~Analyser() = default;

Result<std::unique_ptr<Analyser>> Analyser::Load(const std::string& lang, const std::string& automorf_path,
                                                 size_t max_cached_forms) {
  std::unique_ptr<Analyser> a(new Analyser());
  a->lang_ = lang;
  a->impl_->path = automorf_path;
  a->impl_->max_cached = max_cached_forms;
  auto first = a->impl_->NewProcessor();
  if (!first.ok()) return first.status();
  a->impl_->pool.push_back(std::move(first).value());
  return a;
}

size_t Analyser::cached_forms() const { return impl_->cached.load(); }

std::vector<Analysis> ParseAnalyses(std::string_view s) {
  // Units: ^surface/a1/a2$ possibly followed by more units (when the analyser
  // split the form). Each analysis: lemma<t1><t2>[+lemma<t>...]. Unknown:
  // "*surface". We keep the first unit's analyses; a multi-unit result means
  // the form was split (e.g. "Russia's" = Russia + 's) and the first part is
  // the one that names the word.
  std::vector<Analysis> out;
  size_t caret = s.find('^');
  if (caret == std::string_view::npos) return out;
  // Find the end of the first unit, honouring backslash escapes.
  size_t i = caret + 1;
  std::vector<std::string> parts(1);
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == '\\' && i + 1 < s.size()) {
      parts.back().push_back(s[++i]);
      continue;
    }
    if (c == '$') break;
    if (c == '/') {
      parts.emplace_back();
      continue;
    }
    parts.back().push_back(c);
  }
  for (size_t p = 1; p < parts.size(); ++p) {
    const std::string& a = parts[p];
    if (a.empty() || a[0] == '*' || a[0] == '@' || a[0] == '#') continue;
    Analysis an;
    size_t lt = a.find('<');
    an.lemma = a.substr(0, lt);
    // Multiwords with inner inflection mark the invariable part with '#'.
    std::erase(an.lemma, '#');
    if (lt != std::string::npos) {
      size_t plus = a.find('+', lt);
      std::string_view tags = std::string_view(a).substr(lt, plus == std::string::npos ? std::string::npos : plus - lt);
      for (size_t k = 0; k < tags.size(); ++k) {
        char c = tags[k];
        if (c == '<') {
          if (!an.tags.empty()) an.tags.push_back('.');
        } else if (c != '>') {
          an.tags.push_back(c);
        }
      }
    }
    out.push_back(std::move(an));
  }
  return out;
}

std::vector<std::vector<Analysis>> Analyser::AnalyseBatch(const std::vector<std::string>& forms) const {
  std::vector<std::vector<Analysis>> result(forms.size());
  if (forms.empty()) return result;
  std::string in;
  for (const auto& f : forms) {
    AppendEscaped(in, f);
    in.push_back('\n');
  }
  auto fst = impl_->Borrow();
  if (!fst) return result;
  char* buf = nullptr;
  size_t len = 0;
  FILE* fi = fmemopen(in.data(), in.size(), "rb");
  FILE* fo = open_memstream(&buf, &len);
  if (fi && fo) {
    InputFile input;
    input.wrap(fi);  // InputFile closes fi
    UFILE* uo = u_finit(fo, nullptr, "UTF-8");
    try {
      fst->analysis(input, uo);
    } catch (const std::exception&) {
      // A malformed stream only loses this batch's analyses; words stay unknown.
    }
    u_fflush(uo);
    u_fclose(uo);
    fi = nullptr;
  }
  if (fi) fclose(fi);
  if (fo) fclose(fo);
  impl_->Return(std::move(fst));
  std::string_view out(buf ? buf : "", len);
  // One output line per input line.
  size_t pos = 0;
  for (size_t k = 0; k < forms.size() && pos <= out.size(); ++k) {
    size_t nl = out.find('\n', pos);
    std::string_view line = out.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    result[k] = ParseAnalyses(line);
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  free(buf);
  return result;
}

const std::vector<Analysis>* Analyser::Lookup(std::string_view form, std::deque<std::vector<Analysis>>* store) const {
  Shard& shard = impl_->ShardFor(form);
  {
    std::shared_lock lock(shard.mu);
    auto it = shard.map.find(form);
    if (it != shard.map.end()) return it->second.get();
  }
  auto batch = AnalyseBatch({std::string(form)});
  if (impl_->cached.load(std::memory_order_relaxed) < impl_->max_cached) {
    std::unique_lock lock(shard.mu);
    auto [it, inserted] = shard.map.try_emplace(std::string(form), nullptr);
    if (inserted) {
      it->second = std::make_unique<std::vector<Analysis>>(std::move(batch[0]));
      impl_->cached.fetch_add(1, std::memory_order_relaxed);
    }
    return it->second.get();
  }
  if (!store) return nullptr;
  store->push_back(std::move(batch[0]));
  return &store->back();
}

void Analyser::Analyse(Article& article) const {
  // First pass: cached forms; collect the misses so they go to the
  // transducer in one batch.
  std::vector<std::string> missing;
  std::vector<std::vector<size_t>> missing_tokens;
  std::unordered_map<std::string_view, size_t> missing_index;
  for (size_t t = 0; t < article.tokens.size(); ++t) {
    Token& tok = article.tokens[t];
    if (tok.kind != TokenKind::kWord) continue;
    std::string_view form = article.view(tok.span);
    Shard& shard = impl_->ShardFor(form);
    {
      std::shared_lock lock(shard.mu);
      auto it = shard.map.find(form);
      if (it != shard.map.end()) {
        tok.analyses = it->second.get();
        tok.unknown = tok.analyses->empty();
        continue;
      }
    }
    auto [it, inserted] = missing_index.try_emplace(form, missing.size());
    if (inserted) {
      missing.emplace_back(form);
      missing_tokens.emplace_back();
    }
    missing_tokens[it->second].push_back(t);
  }
  if (missing.empty()) return;
  auto results = AnalyseBatch(missing);
  for (size_t k = 0; k < missing.size(); ++k) {
    const std::vector<Analysis>* ptr = nullptr;
    if (impl_->cached.load(std::memory_order_relaxed) < impl_->max_cached) {
      Shard& shard = impl_->ShardFor(missing[k]);
      std::unique_lock lock(shard.mu);
      auto [it, inserted] = shard.map.try_emplace(missing[k], nullptr);
      if (inserted) {
        it->second = std::make_unique<std::vector<Analysis>>(std::move(results[k]));
        impl_->cached.fetch_add(1, std::memory_order_relaxed);
      }
      ptr = it->second.get();
    } else {
      article.analysis_store.push_back(std::move(results[k]));
      ptr = &article.analysis_store.back();
    }
    for (size_t t : missing_tokens[k]) {
      article.tokens[t].analyses = ptr;
      article.tokens[t].unknown = ptr->empty();
    }
  }
}

}  // namespace kronika
