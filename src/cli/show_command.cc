// `kronika show ID`: one stored article with its mentions and boilerplate
// highlighted (colours on a terminal, plain markers otherwise), then the
// list of mentions and events; or the stored annotation as JSON.
#include <unistd.h>

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "cli/commands.h"
#include "core/utf8.h"
#include "kronika/store.h"

namespace kronika::cli {
namespace {

const char* ColorOf(const std::string& type) {
  if (type == "PER") return "\033[1;36m";
  if (type == "ORG") return "\033[1;35m";
  if (type == "TITLE") return "\033[36m";
  if (type == "GROUP") return "\033[33m";
  return "\033[1;32m";  // LOC
}

}  // namespace

Runner AddShow(CLI::App& app) {
  struct Options {
    std::string id, db = "kronika.db", color = "auto";
    bool json = false;
  };
  auto o = std::make_shared<Options>();
  CLI::App* sub = app.add_subcommand(
      "show",
      "Show one stored article: its text with mentions highlighted and boilerplate greyed out (on a terminal;\n"
      "with --color never, mentions are written [text]{TYPE entity} and boilerplate ~~text~~), then its\n"
      "mentions and events.");
  sub->add_option("id", o->id, "article id, number (from `kronika articles`) or content-hash prefix")->required();
  sub->add_option("--db", o->db, "database file")->capture_default_str();
  sub->add_option("--color", o->color, "auto, always or never")->capture_default_str()->check(
      CLI::IsMember({"auto", "always", "never"}));
  sub->add_flag("--json", o->json, "print the stored annotation (FORMAT.md) instead");
  sub->footer(kExitCodesHelp);
  return [o]() -> int {
    if (access(o->db.c_str(), R_OK) != 0) {
      fmt::print(stderr, "kronika: {}: no such database\n", o->db);
      return kExitFailure;
    }
    auto store = Store::Open(o->db, true);
    if (!store.ok()) {
      fmt::print(stderr, "kronika: {}\n", store.status().message());
      return kExitFailure;
    }
    std::string text;
    auto ann = (*store)->Annotation(o->id, &text);
    if (!ann.ok()) {
      fmt::print(stderr, "kronika: {}\n", ann.status().message());
      return kExitFailure;
    }
    const auto& j = *ann;
    if (o->json) {
      fmt::print("{}\n", j.dump(1));
      return kExitOk;
    }
    bool color = o->color == "always" || (o->color == "auto" && isatty(STDOUT_FILENO));
    // Code-point offset -> byte offset.
    std::vector<size_t> byte_at;
    for (size_t i = 0; i < text.size();) {
      byte_at.push_back(i);
      NextCodePoint(text, i);
    }
    byte_at.push_back(text.size());
    auto b = [&](int64_t cp) { return byte_at[std::clamp<int64_t>(cp, 0, byte_at.size() - 1)]; };

    // Opening and closing marks by byte position.
    std::multimap<size_t, std::string> opens, closes;
    for (const auto& s : j["spans"]["boilerplate"]) {
      opens.emplace(b(s[0]), color ? "\033[2;9m" : "~~");
      closes.emplace(b(s[1]), color ? "\033[0m" : "~~");
    }
    for (const auto& m : j["mentions"]) {
      std::string type = m.value("type", "");
      std::string entity = m["entity"].is_string() ? m["entity"].get<std::string>() : "";
      opens.emplace(b(m["start"]), color ? ColorOf(type) : "[");
      closes.emplace(b(m["end"]), color ? std::string("\033[0m") : fmt::format("]{{{} {}}}", type, entity));
    }
    fmt::print("{} {}  {}  {}  {}\n", color ? "\033[1m#" : "#", j.value("id", ""),
               j["published"].is_string() ? j["published"].get<std::string>() : "-",
               j["lang"].is_string() ? j["lang"].get<std::string>() : "-",
               j["agency"].is_string() ? j["agency"].get<std::string>() : "-");
    if (color) fmt::print("\033[0m");
    fmt::print("source: {}\n\n", j["source"].is_string() ? j["source"].get<std::string>() : "-");
    std::string out;
    for (size_t i = 0; i <= text.size(); ++i) {
      for (auto [it, end] = closes.equal_range(i); it != end; ++it) out += it->second;
      for (auto [it, end] = opens.equal_range(i); it != end; ++it) out += it->second;
      if (i < text.size()) out.push_back(text[i]);
    }
    fmt::print("{}\n\n", out);
    fmt::print("mentions ({}):\n", j["mentions"].size());
    for (const auto& m : j["mentions"]) {
      fmt::print("  [{},{}) {:<24} {:<5} {:<22} {:<7} {}\n", m["start"].get<int64_t>(), m["end"].get<int64_t>(),
                 m["text"].get<std::string>(), m["type"].get<std::string>(),
                 m["entity"].is_string() ? m["entity"].get<std::string>() : "-",
                 m["actor"].is_string() ? m["actor"].get<std::string>() : "-",
                 m["resolved_by"].is_string() ? m["resolved_by"].get<std::string>() : "-");
    }
    fmt::print("events ({}):\n", j["events"].size());
    for (const auto& e : j["events"]) fmt::print("  {}\n", e.dump());
    return kExitOk;
  };
}

}  // namespace kronika::cli
