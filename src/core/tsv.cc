#include "core/tsv.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

namespace kronika {
namespace {

std::vector<std::string> SplitTabs(std::string_view line) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      out.emplace_back(line.substr(start));
      break;
    }
    out.emplace_back(line.substr(start, tab - start));
    start = tab + 1;
  }
  return out;
}

bool IsComment(std::string_view line) {
  size_t i = line.find_first_not_of(" \t");
  return i == std::string_view::npos || line[i] == '#';
}

}  // namespace

Result<TsvFile> TsvFile::Parse(std::string_view text, const std::string& name,
                               const std::vector<std::string>& required) {
  TsvFile f;
  f.path_ = name;
  int lineno = 0;
  size_t pos = 0;
  bool have_header = false;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = (nl == std::string_view::npos) ? text.size() + 1 : nl + 1;
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (IsComment(line)) continue;
    if (!have_header) {
      f.columns_ = SplitTabs(line);
      have_header = true;
      for (const auto& r : required) {
        if (f.column(r) < 0) {
          return Status::InvalidInput(fmt::format("{}:{}: header lacks column '{}'", name, lineno, r));
        }
      }
      continue;
    }
    TsvRow row;
    row.line = lineno;
    row.fields = SplitTabs(line);
    if (row.fields.size() > f.columns_.size()) {
      return Status::InvalidInput(fmt::format("{}:{}: {} fields, header has {} columns", name, lineno,
                                              row.fields.size(), f.columns_.size()));
    }
    row.fields.resize(f.columns_.size());
    for (const auto& r : required) {
      if (row.fields[f.column(r)].empty()) {
        return Status::InvalidInput(fmt::format("{}:{}: empty value in required column '{}'", name, lineno, r));
      }
    }
    f.rows_.push_back(std::move(row));
  }
  if (!have_header) return Status::InvalidInput(fmt::format("{}: no header line", name));
  return f;
}

Result<TsvFile> TsvFile::Read(const std::string& path, const std::vector<std::string>& required) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(fmt::format("{}: cannot open", path));
  std::stringstream ss;
  ss << in.rdbuf();
  return Parse(ss.str(), path, required);
}

int TsvFile::column(std::string_view name) const {
  for (size_t i = 0; i < columns_.size(); ++i) {
    if (columns_[i] == name) return static_cast<int>(i);
  }
  return -1;
}

const std::string& TsvFile::get(const TsvRow& row, std::string_view name) const {
  static const std::string kEmpty;
  int c = column(name);
  return c < 0 ? kEmpty : row.fields[c];
}

std::string TsvFile::where(const TsvRow& row) const { return fmt::format("{}:{}", path_, row.line); }

std::string DefaultDataDir() {
  if (const char* env = std::getenv("KRONIKA_DATA"); env && *env) return env;
  return KRONIKA_DATA_DIR;
}

}  // namespace kronika
