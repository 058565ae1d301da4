// Prints rows as an aligned text table, CSV (RFC 4180) or JSON Lines, for
// the query commands (`articles`, `events`).
//
// Thread-safety: main thread only.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace kronika::cli {

enum class OutputFormat { kTable, kJson, kCsv };

// Parses "table", "json" or "csv".
bool ParseFormat(const std::string& s, OutputFormat* out);

// `rows` as JSON objects; `columns` picks and orders the keys shown in table
// and CSV output (JSON output prints each whole object).
void PrintRows(OutputFormat format, const std::vector<std::string>& columns,
               const std::vector<nlohmann::ordered_json>& rows);

}  // namespace kronika::cli
