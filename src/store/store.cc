#include "kronika/store.h"

#include <sqlite3.h>

#include <fmt/format.h>

#include "schema_sql.h"
#include "store/statement.h"

namespace kronika {
namespace {

using json = nlohmann::ordered_json;

std::string Str(const json& j, const char* key) {
  auto it = j.find(key);
  return (it != j.end() && it->is_string()) ? it->get<std::string>() : std::string();
}

void BindJsonNumberOrNull(Statement& st, int i, const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) {
    st.BindNull(i);
  } else if (it->is_number_integer()) {
    st.Bind(i, it->get<int64_t>());
  } else if (it->is_number()) {
    st.Bind(i, it->get<double>());
  } else {
    st.BindNull(i);
  }
}

}  // namespace

Store::Store(sqlite3* db) : db_(db) {}
Store::~Store() { sqlite3_close_v2(db_); }

Status Store::Exec(const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    Status s = Status::Database(err ? err : "exec failed");
    sqlite3_free(err);
    return s;
  }
  return Status::Ok();
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, bool read_only) {
  sqlite3* db = nullptr;
  int flags = read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close_v2(db);
    return Status::Database(fmt::format("{}: cannot open database: {}", path, msg));
  }
  std::unique_ptr<Store> store(new Store(db));
  sqlite3_busy_timeout(db, 10000);
  if (!read_only) {
    if (auto s = store->Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"); !s.ok()) {
      return Status::Database(fmt::format("{}: {}", path, s.message()));
    }
    if (auto s = store->Exec(kSchemaSql); !s.ok()) return Status::Database(fmt::format("{}: schema: {}", path, s.message()));
  } else {
    // A read-only open of something that is not our database fails here.
    Statement st(db, "SELECT count(*) FROM articles");
    if (!st.status().ok() || (st.Step(), !st.status().ok())) {
      return Status::Database(fmt::format("{}: not a kronika database ({})", path, st.status().message()));
    }
  }
  store->Exec("PRAGMA foreign_keys=ON;");
  return store;
}

Result<PutResult> Store::PutBatch(const std::vector<const Article*>& articles, const std::vector<json>& annotations) {
  PutResult result;
  if (auto s = Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
  auto fail = [&](const Status& s) -> Result<PutResult> {
    Exec("ROLLBACK");
    return s;
  };
  Statement art(db_,
                "INSERT OR IGNORE INTO articles(id, content_hash, source, lang, lang_confidence, published, agency, "
                "outlet, url, title, length, text, annotation) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
  Statement men(db_,
                "INSERT INTO mentions(article, id, start, end, text, type, entity, actor, country, resolved_by, lat, "
                "lon, geonameid) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
  Statement ev(db_,
               "INSERT INTO events(article, id, source_actor, source_entity, target_actor, target_entity, cameo, root, "
               "plover, goldstein, quad_class, modality, negated, date, date_precision, location, country, lat, lon, "
               "attribution) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
  Statement evm(db_,
                "INSERT INTO event_mentions(article, event, n, sentence_start, sentence_end, cue_start, cue_end, "
                "source_mention, target_mention) VALUES (?,?,?,?,?,?,?,?,?)");
  for (Statement* st : {&art, &men, &ev, &evm})
    if (!st->status().ok()) return fail(st->status());

  for (size_t i = 0; i < articles.size(); ++i) {
    const Article& a = *articles[i];
    const json& j = annotations[i];
    art.Reset();
    art.Bind(1, a.meta.id).Bind(2, a.meta.content_hash).BindOrNull(3, a.meta.source).BindOrNull(4, a.meta.lang);
    if (a.meta.lang.empty()) art.BindNull(5); else art.Bind(5, a.meta.lang_confidence);
    art.BindOrNull(6, a.meta.published).BindOrNull(7, a.meta.agency).BindOrNull(8, a.meta.outlet);
    art.BindOrNull(9, a.meta.url).BindOrNull(10, a.meta.title);
    art.Bind(11, j.value("length", int64_t{0})).Bind(12, a.text).Bind(13, j.dump());
    if (auto s = art.Run(); !s.ok()) return fail(s);
    if (sqlite3_changes(db_) == 0) {
      ++result.duplicates;
      continue;
    }
    int64_t rowid = sqlite3_last_insert_rowid(db_);
    ++result.inserted;
    for (const auto& m : j["mentions"]) {
      men.Reset();
      men.Bind(1, rowid).Bind(2, m["id"].get<int64_t>()).Bind(3, m["start"].get<int64_t>());
      men.Bind(4, m["end"].get<int64_t>()).Bind(5, Str(m, "text")).Bind(6, Str(m, "type"));
      men.BindOrNull(7, Str(m, "entity")).BindOrNull(8, Str(m, "actor")).BindOrNull(9, Str(m, "country"));
      men.BindOrNull(10, Str(m, "resolved_by"));
      const json& g = m["geo"];
      if (g.is_object()) {
        BindJsonNumberOrNull(men, 11, g, "lat");
        BindJsonNumberOrNull(men, 12, g, "lon");
        BindJsonNumberOrNull(men, 13, g, "geonameid");
      } else {
        men.BindNull(11).BindNull(12).BindNull(13);
      }
      if (auto s = men.Run(); !s.ok()) return fail(s);
    }
    for (const auto& e : j["events"]) {
      ev.Reset();
      const json& src = e.value("source", json());
      const json& tgt = e.value("target", json());
      const json& loc = e.value("location", json());
      ev.Bind(1, rowid).Bind(2, e["id"].get<int64_t>());
      ev.BindOrNull(3, src.is_object() ? Str(src, "actor") : "").BindOrNull(4, src.is_object() ? Str(src, "entity") : "");
      ev.BindOrNull(5, tgt.is_object() ? Str(tgt, "actor") : "").BindOrNull(6, tgt.is_object() ? Str(tgt, "entity") : "");
      ev.Bind(7, Str(e, "cameo")).Bind(8, Str(e, "root")).BindOrNull(9, Str(e, "plover"));
      BindJsonNumberOrNull(ev, 10, e, "goldstein");
      BindJsonNumberOrNull(ev, 11, e, "quad_class");
      ev.Bind(12, Str(e, "modality")).Bind(13, int64_t{e.value("negated", false) ? 1 : 0});
      ev.BindOrNull(14, Str(e, "date")).BindOrNull(15, Str(e, "date_precision"));
      if (loc.is_object()) {
        ev.BindOrNull(16, Str(loc, "name")).BindOrNull(17, Str(loc, "country"));
        BindJsonNumberOrNull(ev, 18, loc, "lat");
        BindJsonNumberOrNull(ev, 19, loc, "lon");
      } else {
        ev.BindNull(16).BindNull(17).BindNull(18).BindNull(19);
      }
      ev.Bind(20, e.value("attribution", json::array()).dump());
      if (auto s = ev.Run(); !s.ok()) return fail(s);
      int64_t n = 0;
      for (const auto& m : e.value("mentions", json::array())) {
        evm.Reset();
        evm.Bind(1, rowid).Bind(2, e["id"].get<int64_t>()).Bind(3, n++);
        evm.Bind(4, m["sentence"][0].get<int64_t>()).Bind(5, m["sentence"][1].get<int64_t>());
        if (m.contains("cue") && m["cue"].is_array()) {
          evm.Bind(6, m["cue"][0].get<int64_t>()).Bind(7, m["cue"][1].get<int64_t>());
        } else {
          evm.BindNull(6).BindNull(7);
        }
        BindJsonNumberOrNull(evm, 8, m, "source_mention");
        BindJsonNumberOrNull(evm, 9, m, "target_mention");
        if (auto s = evm.Run(); !s.ok()) return fail(s);
      }
    }
  }
  if (auto s = Exec("COMMIT"); !s.ok()) return fail(s);
  return result;
}

Status Store::PutRejection(const std::string& source, const Problem& problem) {
  Statement st(db_, "INSERT OR REPLACE INTO rejections(source, code, message) VALUES (?,?,?)");
  st.Bind(1, source).Bind(2, problem.code).Bind(3, problem.message);
  return st.Run();
}

Result<int64_t> Store::Count(const std::string& table) {
  if (table != "articles" && table != "mentions" && table != "events" && table != "event_mentions" &&
      table != "rejections") {
    return Status::InvalidInput("unknown table " + table);
  }
  Statement st(db_, "SELECT count(*) FROM " + table);
  if (!st.Step()) return st.status().ok() ? Status::Database("no row") : st.status();
  return st.Int(0);
}

Result<std::vector<StoredArticle>> Store::Articles(const ArticleFilter& f) {
  std::string sql =
      "SELECT a.rowid, a.id, coalesce(a.source,''), coalesce(a.lang,''), coalesce(a.published,''), "
      "coalesce(a.agency,''), coalesce(a.title,''), a.length, "
      "(SELECT count(*) FROM mentions m WHERE m.article = a.rowid), "
      "(SELECT count(*) FROM events e WHERE e.article = a.rowid) FROM articles a WHERE 1=1";
  if (!f.lang.empty()) sql += " AND a.lang = ?1";
  if (!f.agency.empty()) sql += " AND a.agency = ?2";
  if (!f.since.empty()) sql += " AND a.published >= ?3";
  if (!f.until.empty()) sql += " AND substr(a.published,1,10) <= ?4";
  if (!f.contains.empty()) sql += " AND (a.title LIKE ?5 OR a.text LIKE ?5)";
  sql += " ORDER BY a.published IS NULL, a.published, a.rowid LIMIT ?6";
  Statement st(db_, sql);
  st.Bind(1, f.lang).Bind(2, f.agency).Bind(3, f.since).Bind(4, f.until).Bind(5, "%" + f.contains + "%");
  st.Bind(6, int64_t{f.limit});
  std::vector<StoredArticle> out;
  while (st.Step()) {
    StoredArticle a;
    a.rowid = st.Int(0);
    a.id = st.Text(1);
    a.source = st.Text(2);
    a.lang = st.Text(3);
    a.published = st.Text(4);
    a.agency = st.Text(5);
    a.title = st.Text(6);
    a.length = st.Int(7);
    a.mentions = st.Int(8);
    a.events = st.Int(9);
    out.push_back(std::move(a));
  }
  if (!st.status().ok()) return st.status();
  return out;
}

Result<std::vector<json>> Store::Events(const EventFilter& f) {
  std::string sql =
      "SELECT a.id, coalesce(a.title,''), e.id, coalesce(e.source_actor,''), coalesce(e.source_entity,''), "
      "coalesce(e.target_actor,''), coalesce(e.target_entity,''), e.cameo, e.root, coalesce(e.plover,''), "
      "e.goldstein, e.quad_class, e.modality, e.negated, coalesce(e.date,''), coalesce(e.date_precision,''), "
      "coalesce(e.location,''), coalesce(e.country,''), e.attribution "
      "FROM events e JOIN articles a ON a.rowid = e.article WHERE 1=1";
  if (!f.actor.empty()) sql += " AND (e.source_actor LIKE ?1 OR e.target_actor LIKE ?1)";
  if (!f.country.empty()) sql += " AND (e.country = ?2 OR substr(e.source_actor,1,3) = ?2 OR substr(e.target_actor,1,3) = ?2)";
  if (!f.code.empty()) sql += " AND e.cameo LIKE ?3";
  if (!f.root.empty()) sql += " AND e.root = ?4";
  if (!f.modality.empty()) sql += " AND e.modality = ?5";
  if (!f.since.empty()) sql += " AND e.date >= ?6";
  if (!f.until.empty()) sql += " AND e.date <= ?7";
  if (!f.place.empty()) sql += " AND e.location LIKE ?8";
  sql += " ORDER BY e.date IS NULL, e.date, a.rowid, e.id LIMIT ?9";
  Statement st(db_, sql);
  st.Bind(1, f.actor + "%").Bind(2, f.country).Bind(3, f.code + "%").Bind(4, f.root).Bind(5, f.modality);
  st.Bind(6, f.since).Bind(7, f.until).Bind(8, "%" + f.place + "%").Bind(9, int64_t{f.limit});
  std::vector<json> out;
  while (st.Step()) {
    json e;
    e["article"] = st.Text(0);
    e["title"] = st.Text(1);
    e["id"] = st.Int(2);
    e["source"] = {{"actor", st.Text(3)}, {"entity", st.Text(4)}};
    e["target"] = {{"actor", st.Text(5)}, {"entity", st.Text(6)}};
    e["cameo"] = st.Text(7);
    e["root"] = st.Text(8);
    e["plover"] = st.Text(9);
    e["goldstein"] = st.IsNull(10) ? json(nullptr) : json(st.Real(10));
    e["quad_class"] = st.IsNull(11) ? json(nullptr) : json(st.Int(11));
    e["modality"] = st.Text(12);
    e["negated"] = st.Int(13) != 0;
    e["date"] = st.Text(14);
    e["date_precision"] = st.Text(15);
    e["location"] = st.Text(16);
    e["country"] = st.Text(17);
    e["attribution"] = json::parse(st.Text(18), nullptr, false);
    out.push_back(std::move(e));
  }
  if (!st.status().ok()) return st.status();
  return out;
}

Result<json> Store::Annotation(const std::string& key, std::string* text) {
  Statement st(db_,
               "SELECT annotation, text FROM articles WHERE id = ?1 OR CAST(rowid AS TEXT) = ?1 "
               "OR content_hash LIKE ?2 ORDER BY rowid LIMIT 1");
  st.Bind(1, key).Bind(2, key + "%");
  if (!st.Step()) {
    if (!st.status().ok()) return st.status();
    return Status::NotFound(fmt::format("no article with id, number or hash prefix '{}'", key));
  }
  if (text) *text = st.Text(1);
  json j = json::parse(st.Text(0), nullptr, false);
  if (j.is_discarded()) return Status::Database("stored annotation is not valid JSON");
  return j;
}

}  // namespace kronika
