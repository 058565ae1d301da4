// `kronika articles` and `kronika events`: queries of the database, printed
// as a table, JSON Lines or CSV.
#include <unistd.h>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/table_printer.h"
#include "kronika/store.h"

namespace kronika::cli {
namespace {

std::unique_ptr<Store> OpenForReading(const std::string& path) {
  if (path != ":memory:" && access(path.c_str(), R_OK) != 0) {
    fmt::print(stderr, "kronika: {}: no such database (create one with `kronika ingest --db {} PATH`)\n", path, path);
    return nullptr;
  }
  auto s = Store::Open(path, /*read_only=*/true);
  if (!s.ok()) {
    fmt::print(stderr, "kronika: {}\n", s.status().message());
    return nullptr;
  }
  return std::move(s).value();
}

void AddFormatOption(CLI::App* sub, std::string& format) {
  sub->add_option("--format", format, "table, json (JSON Lines) or csv")
      ->capture_default_str()
      ->check(CLI::IsMember({"table", "json", "csv"}));
}

}  // namespace

Runner AddArticles(CLI::App& app) {
  struct Options {
    std::string db = "kronika.db", format = "table";
    Store::ArticleFilter filter;
  };
  auto o = std::make_shared<Options>();
  CLI::App* sub = app.add_subcommand("articles", "List stored articles, oldest first.");
  sub->add_option("--db", o->db, "database file")->capture_default_str();
  AddFormatOption(sub, o->format);
  sub->add_option("--lang", o->filter.lang, "only this language (ISO 639-1)");
  sub->add_option("--agency", o->filter.agency, "only this agency (e.g. STA)");
  sub->add_option("--since", o->filter.since, "published on or after this date (YYYY-MM-DD)");
  sub->add_option("--until", o->filter.until, "published on or before this date (YYYY-MM-DD)");
  sub->add_option("--contains", o->filter.contains, "title or text contains this string");
  sub->add_option("--limit", o->filter.limit, "at most this many rows")->capture_default_str();
  sub->footer(kExitCodesHelp);
  return [o]() -> int {
    auto store = OpenForReading(o->db);
    if (!store) return kExitFailure;
    auto rows = store->Articles(o->filter);
    if (!rows.ok()) {
      fmt::print(stderr, "kronika: {}: {}\n", o->db, rows.status().message());
      return kExitFailure;
    }
    std::vector<nlohmann::ordered_json> out;
    for (const auto& a : *rows) {
      nlohmann::ordered_json j;
      j["n"] = a.rowid;
      j["id"] = a.id;
      j["published"] = a.published;
      j["lang"] = a.lang;
      j["agency"] = a.agency;
      j["mentions"] = a.mentions;
      j["events"] = a.events;
      j["title"] = a.title;
      j["source"] = a.source;
      out.push_back(std::move(j));
    }
    OutputFormat f;
    ParseFormat(o->format, &f);
    PrintRows(f, {"n", "published", "lang", "agency", "mentions", "events", "title"}, out);
    return kExitOk;
  };
}

Runner AddEvents(CLI::App& app) {
  struct Options {
    std::string db = "kronika.db", format = "table";
    Store::EventFilter filter;
  };
  auto o = std::make_shared<Options>();
  CLI::App* sub = app.add_subcommand("events", "List stored events (who did what to whom, where, when), by date.");
  sub->add_option("--db", o->db, "database file")->capture_default_str();
  AddFormatOption(sub, o->format);
  sub->add_option("--actor", o->filter.actor, "source or target actor code starts with this (e.g. RUS, PRKGOV)");
  sub->add_option("--country", o->filter.country, "ISO alpha-3 country of the place or of either actor");
  sub->add_option("--code", o->filter.code, "CAMEO code starts with this (e.g. 04, 042)");
  sub->add_option("--root", o->filter.root, "CAMEO root code (01-20)");
  sub->add_option("--modality", o->filter.modality,
                  "asserted, reported, expected, hypothetical, denied, unconfirmed or question");
  sub->add_option("--since", o->filter.since, "event date on or after (YYYY-MM-DD)");
  sub->add_option("--until", o->filter.until, "event date on or before (YYYY-MM-DD)");
  sub->add_option("--place", o->filter.place, "place name contains this");
  sub->add_option("--limit", o->filter.limit, "at most this many rows")->capture_default_str();
  sub->footer(kExitCodesHelp);
  return [o]() -> int {
    auto store = OpenForReading(o->db);
    if (!store) return kExitFailure;
    auto rows = store->Events(o->filter);
    if (!rows.ok()) {
      fmt::print(stderr, "kronika: {}: {}\n", o->db, rows.status().message());
      return kExitFailure;
    }
    OutputFormat f;
    ParseFormat(o->format, &f);
    if (f == OutputFormat::kJson) {
      PrintRows(f, {}, *rows);
      return kExitOk;
    }
    std::vector<nlohmann::ordered_json> flat;
    for (const auto& e : *rows) {
      nlohmann::ordered_json j;
      j["date"] = e["date"];
      j["source"] = e["source"]["actor"];
      j["cameo"] = e["cameo"];
      j["plover"] = e["plover"];
      j["target"] = e["target"]["actor"];
      j["modality"] = e["modality"];
      j["location"] = e["location"];
      j["article"] = e["article"];
      flat.push_back(std::move(j));
    }
    PrintRows(f, {"date", "source", "cameo", "plover", "target", "modality", "location", "article"}, flat);
    if (f == OutputFormat::kTable && rows->empty()) {
      auto n = store->Count("articles");
      fmt::print(stderr, "kronika: no events match ({} articles stored)\n", n.ok() ? *n : 0);
    }
    return kExitOk;
  };
}

}  // namespace kronika::cli
