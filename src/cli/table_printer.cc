#include "cli/table_printer.h"

#include <algorithm>
#include <cstdio>

#include <fmt/format.h>

#include "core/utf8.h"

namespace kronika::cli {
namespace {

std::string Cell(const nlohmann::ordered_json& row, const std::string& key) {
  auto it = row.find(key);
  if (it == row.end() || it->is_null()) return "";
  if (it->is_string()) return it->get<std::string>();
  return it->dump();
}

size_t Width(const std::string& s) { return CodePointIndex(s).length(); }

std::string Clip(const std::string& s, size_t max) {
  if (Width(s) <= max) return s;
  std::string out;
  size_t i = 0, n = 0;
  while (i < s.size() && n + 1 < max) {
    size_t start = i;
    NextCodePoint(s, i);
    out.append(s, start, i - start);
    ++n;
  }
  return out + "…";
}

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += "\"\"";
    else out.push_back(c);
  }
  return out + "\"";
}

}  // namespace

bool ParseFormat(const std::string& s, OutputFormat* out) {
  if (s == "table") *out = OutputFormat::kTable;
  else if (s == "json") *out = OutputFormat::kJson;
  else if (s == "csv") *out = OutputFormat::kCsv;
  else return false;
  return true;
}

void PrintRows(OutputFormat format, const std::vector<std::string>& columns,
               const std::vector<nlohmann::ordered_json>& rows) {
  if (format == OutputFormat::kJson) {
    for (const auto& r : rows) fmt::print("{}\n", r.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
    return;
  }
  if (format == OutputFormat::kCsv) {
    std::string line;
    for (size_t c = 0; c < columns.size(); ++c) line += (c ? "," : "") + CsvField(columns[c]);
    fmt::print("{}\r\n", line);
    for (const auto& r : rows) {
      line.clear();
      for (size_t c = 0; c < columns.size(); ++c) line += (c ? "," : "") + CsvField(Cell(r, columns[c]));
      fmt::print("{}\r\n", line);
    }
    return;
  }
  constexpr size_t kMax = 60;
  std::vector<size_t> width(columns.size());
  std::vector<std::vector<std::string>> cells;
  for (size_t c = 0; c < columns.size(); ++c) width[c] = Width(columns[c]);
  for (const auto& r : rows) {
    std::vector<std::string> line;
    for (size_t c = 0; c < columns.size(); ++c) {
      line.push_back(Clip(Cell(r, columns[c]), kMax));
      width[c] = std::max(width[c], Width(line.back()));
    }
    cells.push_back(std::move(line));
  }
  auto print_line = [&](const std::vector<std::string>& line) {
    std::string out;
    for (size_t c = 0; c < line.size(); ++c) {
      out += line[c];
      if (c + 1 < line.size()) out += std::string(width[c] - Width(line[c]) + 2, ' ');
    }
    fmt::print("{}\n", out);
  };
  print_line(columns);
  std::vector<std::string> rule;
  for (size_t c = 0; c < columns.size(); ++c) rule.push_back(std::string(width[c], '-'));
  print_line(rule);
  for (const auto& line : cells) print_line(line);
}

}  // namespace kronika::cli
