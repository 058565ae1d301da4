// Store: the SQLite database of articles, mentions, events and event
// mentions (schema: src/store/schema.sql).
//
// Every write is one transaction: PutBatch writes a batch of annotated
// articles (all their mentions and events) or nothing, so killing the
// process at any moment leaves a consistent database. WAL journaling lets
// readers query while an ingest runs. An article whose content hash is
// already stored is skipped, so ingesting the same input twice changes
// nothing.
//
// Thread-safety: a Store is one connection; use it from one thread at a time
// (ingest has one writer thread). Open several Stores for several readers.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/status.h"
#include "kronika/article.h"

struct sqlite3;

namespace kronika {

struct StoredArticle {
  int64_t rowid = 0;
  std::string id, source, lang, published, agency, title;
  int64_t length = 0;
  int64_t mentions = 0;
  int64_t events = 0;
};

struct PutResult {
  int inserted = 0;
  int duplicates = 0;
};

class Store {
 public:
  // Opens (creating if needed) the database at `path` and applies the schema.
  static Result<std::unique_ptr<Store>> Open(const std::string& path, bool read_only = false);
  ~Store();

  // Writes annotated articles in one transaction. `annotations` holds the
  // annotate JSON of each article (same order).
  Result<PutResult> PutBatch(const std::vector<const Article*>& articles,
                             const std::vector<nlohmann::ordered_json>& annotations);
  Status PutRejection(const std::string& source, const Problem& problem);

  struct ArticleFilter {
    std::string lang, agency, since, until, contains;
    int limit = 50;
  };
  Result<std::vector<StoredArticle>> Articles(const ArticleFilter& filter);

  struct EventFilter {
    std::string actor, country, code, root, modality, since, until, place;
    int limit = 100;
  };
  // Events as JSON objects (annotate format plus "article" id and title).
  Result<std::vector<nlohmann::ordered_json>> Events(const EventFilter& filter);

  // The stored article (text and annotation JSON) by id, rowid or hash prefix.
  Result<nlohmann::ordered_json> Annotation(const std::string& key, std::string* text);

  Result<int64_t> Count(const std::string& table);

 private:
  explicit Store(sqlite3* db);
  Status Exec(const char* sql);
  sqlite3* db_;
};

}  // namespace kronika
