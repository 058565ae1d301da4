// TsvFile: reads the UTF-8 TSV files under data/.
//
// Format (DESIGN.md "Data, not code"): one header line naming the columns,
// then one record per line, fields separated by TAB. Blank lines and lines
// whose first non-blank character is '#' are comments. A record with fewer
// fields than the header is an error naming file:line; trailing empty fields
// may be omitted only when the column is declared optional by the caller.
//
// Thread-safety: a TsvFile is an immutable value once read.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace kronika {

struct TsvRow {
  int line = 0;                     // 1-based line number in the file
  std::vector<std::string> fields;  // one per header column (missing optional ones are "")
};

class TsvFile {
 public:
  // Reads `path`. `required` lists columns that must be present in the
  // header; rows must have a non-empty value for each of them.
  static Result<TsvFile> Read(const std::string& path, const std::vector<std::string>& required);
  // Same, from text in memory (for tests); `name` is used in messages.
  static Result<TsvFile> Parse(std::string_view text, const std::string& name,
                               const std::vector<std::string>& required);

  const std::string& path() const { return path_; }
  const std::vector<std::string>& columns() const { return columns_; }
  const std::vector<TsvRow>& rows() const { return rows_; }
  // Index of a column, or -1.
  int column(std::string_view name) const;
  // Field of `row` in column `name` ("" when the column is absent).
  const std::string& get(const TsvRow& row, std::string_view name) const;
  // "path:line" for messages.
  std::string where(const TsvRow& row) const;

 private:
  std::string path_;
  std::vector<std::string> columns_;
  std::vector<TsvRow> rows_;
};

// The data/ folder: $KRONIKA_DATA if set, else the folder compiled in.
std::string DefaultDataDir();

}  // namespace kronika
