#include "entities/name_guesser.h"

#include <algorithm>
#include <filesystem>

#include "core/tsv.h"

namespace kronika {
namespace {

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

}  // namespace

Result<NameGuesser> NameGuesser::Load(const std::string& path, bool optional) {
  NameGuesser g;
  if (optional && !std::filesystem::exists(path)) return g;
  auto tsv = TsvFile::Read(path, {"suffix"});
  if (!tsv.ok()) return tsv.status();
  for (const auto& row : tsv->rows()) {
    g.rules_.push_back({tsv->get(row, "suffix"), tsv->get(row, "replacement")});
  }
  std::stable_sort(g.rules_.begin(), g.rules_.end(),
                   [](const Rule& a, const Rule& b) { return a.suffix.size() > b.suffix.size(); });
  return g;
}

std::vector<std::string> NameGuesser::Guess(std::string_view word) const {
  std::vector<std::string> out;
  for (const Rule& r : rules_) {
    if (word.size() <= r.suffix.size() || !word.ends_with(r.suffix)) continue;
    std::string_view stem = word.substr(0, word.size() - r.suffix.size());
    if (CodePoints(stem) < 2) continue;
    std::string cand(stem);
    cand += r.replacement;
    if (cand != word && std::find(out.begin(), out.end(), cand) == out.end()) out.push_back(std::move(cand));
  }
  return out;
}

}  // namespace kronika
