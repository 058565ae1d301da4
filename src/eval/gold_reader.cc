#include "eval/gold_reader.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/tsv.h"

namespace kronika {
namespace fs = std::filesystem;

namespace {

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void ReadJsonGold(const fs::path& path, std::vector<GoldDoc>& out, std::vector<std::string>* problems) {
  nlohmann::json j = nlohmann::json::parse(Slurp(path), nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    problems->push_back(fmt::format("{}: not valid JSON", path.string()));
    return;
  }
  if (!j.contains("mentions") && !j.contains("events")) return;  // golden files without mention or event gold
  std::string file = j.value("file", "");
  fs::path article;
  for (fs::path dir = fs::absolute(path).parent_path(); !dir.empty(); dir = dir.parent_path()) {
    if (fs::exists(dir / file) && fs::is_regular_file(dir / file)) {
      article = dir / file;
      break;
    }
    if (dir == dir.parent_path()) break;
  }
  if (file.empty() || article.empty()) {
    problems->push_back(fmt::format("{}: article \"{}\" not found", path.string(), file));
    return;
  }
  GoldDoc doc;
  doc.name = path.string();
  doc.text = Slurp(article);
  doc.lang = j.value("lang", "");
  doc.has_mentions = j.contains("mentions");
  doc.has_events = j.contains("events");
  for (const auto& e : j.value("events", nlohmann::json::array())) {
    GoldEvent g;
    if (e.contains("source") && e["source"].is_string()) g.source = e["source"];
    if (e.contains("target") && e["target"].is_string()) g.target = e["target"];
    for (const auto& c : e.value("cameo", nlohmann::json::array())) g.cameo.push_back(c);
    for (const auto& m : e.value("modality", nlohmann::json::array())) g.modality.push_back(m);
    g.required = e.value("required", true);
    doc.events.push_back(std::move(g));
  }
  for (const auto& m : j.value("mentions", nlohmann::json::array())) {
    ScoredMention g;
    g.start = m.value("start", int64_t{0});
    g.end = m.value("end", int64_t{0});
    g.type = m.value("type", "");
    g.text = m.value("text", "");
    if (m.contains("entity") && m["entity"].is_string()) g.entity = m["entity"];
    if (m.contains("actor")) {
      g.has_actor = true;
      if (m["actor"].is_string()) g.actor = m["actor"];
    }
    doc.mentions.push_back(std::move(g));
  }
  out.push_back(std::move(doc));
}

void ReadDevTsv(const fs::path& dir, std::vector<GoldDoc>& out, std::vector<std::string>* problems) {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir / "gold")) {
    if (e.path().extension() == ".tsv") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& g : files) {
    fs::path raw = dir / "raw" / (g.stem().string() + ".txt");
    if (!fs::exists(raw)) {
      problems->push_back(fmt::format("{}: no raw text {}", g.string(), raw.string()));
      continue;
    }
    GoldDoc doc;
    doc.name = g.string();
    doc.text = Slurp(raw);
    doc.names_only = true;
    doc.has_mentions = true;
    std::istringstream lines(Slurp(g));
    std::string line;
    int n = 0;
    while (std::getline(lines, line)) {
      ++n;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string> f;
      size_t pos = 0;
      while (true) {
        size_t tab = line.find('\t', pos);
        f.push_back(line.substr(pos, tab == std::string::npos ? std::string::npos : tab - pos));
        if (tab == std::string::npos) break;
        pos = tab + 1;
      }
      if (f.size() < 5 || f[0].empty() || !isdigit(static_cast<unsigned char>(f[0][0]))) {
        if (n > 1) problems->push_back(fmt::format("{}:{}: expected start end surface lemma type id", g.string(), n));
        continue;
      }
      ScoredMention m;
      m.start = std::stoll(f[0]);
      m.end = std::stoll(f[1]);
      m.text = f[2];
      m.lemma = f[3];
      m.type = f[4];
      doc.mentions.push_back(std::move(m));
    }
    out.push_back(std::move(doc));
  }
}

}  // namespace

std::vector<GoldDoc> ReadGold(const std::string& path, std::vector<std::string>* problems) {
  std::vector<GoldDoc> out;
  std::error_code ec;
  fs::path p(path);
  if (fs::is_regular_file(p, ec)) {
    ReadJsonGold(p, out, problems);
    return out;
  }
  if (!fs::is_directory(p, ec)) {
    problems->push_back(fmt::format("{}: no such file or folder", path));
    return out;
  }
  if (fs::is_directory(p / "gold") && fs::is_directory(p / "raw")) {
    ReadDevTsv(p, out, problems);
    return out;
  }
  std::vector<fs::path> jsons, devs;
  for (auto it = fs::recursive_directory_iterator(p, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_directory() && fs::is_directory(it->path() / "gold") && fs::is_directory(it->path() / "raw")) {
      devs.push_back(it->path());
    } else if (it->path().string().ends_with(".expected.json")) {
      jsons.push_back(it->path());
    }
  }
  std::sort(jsons.begin(), jsons.end());
  for (const auto& j : jsons) ReadJsonGold(j, out, problems);
  for (const auto& d : devs) ReadDevTsv(d, out, problems);
  return out;
}

}  // namespace kronika
