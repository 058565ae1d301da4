// Statement: a small RAII wrapper over a prepared sqlite3 statement with
// typed binding and column access. Errors come back as Status.
//
// Thread-safety: like its connection, one thread at a time.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/status.h"

namespace kronika {

class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  const Status& status() const { return status_; }

  // Binding; index is 1-based. Empty strings bind as NULL with BindOrNull.
  Statement& Bind(int i, std::string_view v);
  Statement& BindOrNull(int i, std::string_view v);
  Statement& Bind(int i, int64_t v);
  Statement& Bind(int i, double v);
  Statement& BindNull(int i);

  // Runs one step: true when a row is ready, false when done; errors go to status().
  bool Step();
  // Runs to completion (for writes); returns status().
  Status Run();
  void Reset();

  std::string Text(int col) const;
  int64_t Int(int col) const;
  double Real(int col) const;
  bool IsNull(int col) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
  Status status_;
};

}  // namespace kronika
