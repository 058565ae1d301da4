// InputReader: the ingest stage. Turns command-line paths into raw article
// inputs: plain text files (one article each), JSON Lines files (one article
// per line: "text" plus optional "id", "url", "published", "source", "lang",
// "title"), gzip of either, folders (recursively, in sorted order) and "-"
// for standard input. Inside folders only files named *.txt, *.text,
// *.jsonl, *.ndjson, *.json (each optionally .gz) are read; a file named
// on the command line is read whatever its name.
//
// Which format: a name ending in .jsonl / .ndjson / .json (before an optional
// .gz) is JSON Lines; so is standard input whose first non-blank byte is '{'.
// Everything else is one text article per file. Gzip is recognised by its
// magic bytes, not by name.
//
// Bad input never stops the walk: an unreadable file, an empty or binary
// file, an input over the size limit, a truncated gzip stream or a malformed
// JSON line becomes a Rejection naming the file (and line) and the reader
// goes on with the rest. Complete JSON lines before a truncation are kept.
//
// Thread-safety: Read() is meant for one thread (the producer); the callbacks
// run on that thread.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "kronika/article.h"

namespace kronika {

// One article as read, before any stage ran.
struct RawInput {
  std::string bytes;  // original bytes, not yet validated
  ArticleMeta meta;   // source always set; id/url/published/lang/title when the input gave them
};

// An input that could not become an article.
struct Rejection {
  std::string source;  // "path" or "path:line"
  Problem problem;     // code: unreadable, empty, binary, too-large, truncated-gzip, malformed-json, ...
};

struct InputOptions {
  uint64_t max_article_bytes = 16u << 20;  // larger articles are rejected as too-large
};

class InputReader {
 public:
  using ArticleFn = std::function<void(RawInput&&)>;
  using RejectFn = std::function<void(Rejection&&)>;

  InputReader(InputOptions options, ArticleFn on_article, RejectFn on_reject);

  // Reads every path in order. A path that does not exist is a rejection.
  void Read(const std::vector<std::string>& paths);

 private:
  void ReadPath(const std::string& path);
  void ReadFile(const std::string& path, bool from_stdin);
  void ReadJsonLines(void* gz, const std::string& name, bool gzipped);
  void ReadText(void* gz, const std::string& name, bool gzipped);

  InputOptions options_;
  ArticleFn on_article_;
  RejectFn on_reject_;
};

// Parses one JSON Lines record into `out`. Returns false and sets `problem`
// when the line is not a JSON object with a string "text".
bool ParseJsonRecord(std::string_view line, RawInput& out, Problem& problem);

}  // namespace kronika
