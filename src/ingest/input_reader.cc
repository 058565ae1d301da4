#include "ingest/input_reader.h"

#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace kronika {
namespace fs = std::filesystem;

namespace {

bool HasJsonLinesName(std::string name) {
  if (name.size() > 3 && name.ends_with(".gz")) name.resize(name.size() - 3);
  return name.ends_with(".jsonl") || name.ends_with(".ndjson") || name.ends_with(".json");
}

// Inside folders only these are read; a file named on the command line is
// read whatever its name.
bool HasArticleName(std::string name) {
  if (name.size() > 3 && name.ends_with(".gz")) name.resize(name.size() - 3);
  for (const char* ext : {".txt", ".text", ".jsonl", ".ndjson", ".json"}) {
    if (name.ends_with(ext)) return true;
  }
  return false;
}

// Reads a gz (or plain, zlib reads it transparently) stream in chunks.
class GzChunks {
 public:
  explicit GzChunks(gzFile gz) : gz_(gz) {}
  // Appends up to `n` bytes to `out`; returns bytes read, 0 at end, -1 on error.
  int Read(std::string& out, unsigned n) {
    size_t old = out.size();
    out.resize(old + n);
    int got = gzread(gz_, out.data() + old, n);
    out.resize(old + std::max(got, 0));
    return got;
  }
  // Error text when the stream ended badly ("" when clean).
  std::string Error() {
    int err = Z_OK;
    const char* msg = gzerror(gz_, &err);
    if (err == Z_OK || err == Z_STREAM_END) return "";
    return msg ? msg : "read error";
  }

 private:
  gzFile gz_;
};

const std::string* StringField(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return nullptr;
  return it->get_ptr<const std::string*>();
}

}  // namespace

namespace {

bool RecordFromJson(const nlohmann::json& j, RawInput& out, Problem& problem);

}  // namespace

bool ParseJsonRecord(std::string_view line, RawInput& out, Problem& problem) {
  nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    // Parse again with exceptions to learn the position; only on the error path.
    try {
      auto again = nlohmann::json::parse(line);
      (void)again;
    } catch (const nlohmann::json::parse_error& e) {
      problem = {"malformed-json", fmt::format("malformed JSON at byte {}", e.byte)};
      return false;
    }
    problem = {"malformed-json", "malformed JSON"};
    return false;
  }
  return RecordFromJson(j, out, problem);
}

namespace {

bool RecordFromJson(const nlohmann::json& j, RawInput& out, Problem& problem) {
  if (!j.is_object()) {
    problem = {"malformed-json", "a JSON Lines record must be an object"};
    return false;
  }
  const std::string* text = StringField(j, "text");
  if (!text) {
    problem = {"missing-text", "record has no string field \"text\""};
    return false;
  }
  out.bytes = *text;
  if (auto* v = StringField(j, "id")) out.meta.id = *v;
  if (auto* v = StringField(j, "url")) out.meta.url = *v;
  if (auto* v = StringField(j, "published")) out.meta.published = *v;
  if (auto* v = StringField(j, "lang")) out.meta.lang = *v;
  if (auto* v = StringField(j, "title")) out.meta.title = *v;
  if (auto* v = StringField(j, "source")) out.meta.outlet = *v;
  if (auto it = j.find("id"); it != j.end() && it->is_number_integer()) out.meta.id = std::to_string(it->get<long long>());
  return true;
}

}  // namespace

InputReader::InputReader(InputOptions options, ArticleFn on_article, RejectFn on_reject)
    : options_(options), on_article_(std::move(on_article)), on_reject_(std::move(on_reject)) {}

void InputReader::Read(const std::vector<std::string>& paths) {
  for (const auto& p : paths) ReadPath(p);
}

void InputReader::ReadPath(const std::string& path) {
  if (path == "-") {
    ReadFile(path, true);
    return;
  }
  std::error_code ec;
  auto st = fs::status(path, ec);
  if (ec || !fs::exists(st)) {
    on_reject_({path, {"unreadable", "no such file or folder"}});
    return;
  }
  if (fs::is_directory(st)) {
    std::vector<std::string> files;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      if (it->is_regular_file(ec)) {
        std::string name = it->path().filename().string();
        if (!name.empty() && name[0] == '.') continue;  // hidden files
        if (!HasArticleName(name)) continue;            // README.md, images, ...
        files.push_back(it->path().string());
      }
    }
    if (ec) on_reject_({path, {"unreadable", fmt::format("cannot list folder: {}", ec.message())}});
    std::sort(files.begin(), files.end());
    for (const auto& f : files) ReadFile(f, false);
    return;
  }
  ReadFile(path, false);
}

void InputReader::ReadFile(const std::string& path, bool from_stdin) {
  int fd = from_stdin ? dup(STDIN_FILENO) : open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    on_reject_({path, {"unreadable", fmt::format("cannot open: {}", std::error_code(errno, std::generic_category()).message())}});
    return;
  }
  gzFile gz = gzdopen(fd, "rb");
  if (!gz) {
    close(fd);
    on_reject_({path, {"unreadable", "cannot open"}});
    return;
  }
  gzbuffer(gz, 1 << 17);
  bool jsonl = HasJsonLinesName(path);
  if (from_stdin) {
    // Sniff: first non-blank byte '{' means JSON Lines.
    int c;
    std::string head;
    while ((c = gzgetc(gz)) != -1) {
      head.push_back(static_cast<char>(c));
      if (!isspace(c)) break;
    }
    jsonl = !head.empty() && head.back() == '{';
    for (auto r = head.rbegin(); r != head.rend(); ++r) gzungetc(static_cast<unsigned char>(*r), gz);
  }
  bool gzipped = false;
  if (jsonl) {
    ReadJsonLines(gz, path, gzipped);
  } else {
    ReadText(gz, path, gzipped);
  }
  gzclose(gz);
}

void InputReader::ReadText(void* g, const std::string& name, bool) {
  gzFile gz = static_cast<gzFile>(g);
  GzChunks in(gz);
  std::string bytes;
  uint64_t limit = options_.max_article_bytes;
  int got;
  while ((got = in.Read(bytes, 1 << 16)) > 0) {
    if (bytes.size() > limit) {
      on_reject_({name, {"too-large", fmt::format("article larger than {} bytes (limit: --max-bytes)", limit)}});
      return;
    }
  }
  std::string err = in.Error();
  if (got < 0 || !err.empty()) {
    std::string what = gzdirect(gz) ? "read error" : "truncated or corrupt gzip";
    on_reject_({name, {gzdirect(gz) ? "unreadable" : "truncated-gzip",
                       fmt::format("{} after {} bytes: {}", what, bytes.size(), err)}});
    return;
  }
  RawInput raw;
  raw.bytes = std::move(bytes);
  raw.meta.source = name;
  on_article_(std::move(raw));
}

void InputReader::ReadJsonLines(void* g, const std::string& name, bool) {
  gzFile gz = static_cast<gzFile>(g);
  GzChunks in(gz);
  std::string buf;
  size_t pos = 0;
  int lineno = 0;
  uint64_t limit = options_.max_article_bytes * 2;  // JSON escaping can double the size
  bool skipping = false;  // inside an over-long line
  // A parsed record: too large, or an article.
  auto emit = [&](RawInput raw, const std::string& where) {
    if (raw.bytes.size() > options_.max_article_bytes) {
      on_reject_({where, {"too-large", fmt::format("article larger than {} bytes (limit: --max-bytes)",
                                                   options_.max_article_bytes)}});
      return;
    }
    raw.meta.source = where;
    on_article_(std::move(raw));
  };
  auto handle = [&](std::string_view line) {
    ++lineno;
    if (skipping) {
      skipping = false;
      on_reject_({fmt::format("{}:{}", name, lineno), {"too-large", fmt::format("line longer than {} bytes", limit)}});
      return;
    }
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) return;  // blank line
    RawInput raw;
    Problem problem;
    std::string where = fmt::format("{}:{}", name, lineno);
    if (line.size() > limit) {
      on_reject_({where, {"too-large", fmt::format("line longer than {} bytes", limit)}});
      return;
    }
    if (!ParseJsonRecord(line, raw, problem)) {
      on_reject_({where, problem});
      return;
    }
    emit(std::move(raw), where);
  };
  // A ".json" file may be one document: an article object or an array of
  // them (one record each, named path:[i]); if it is not, it is read as JSON Lines.
  int got;
  if (name.ends_with(".json") || name.ends_with(".json.gz")) {
    while ((got = in.Read(buf, 1 << 16)) > 0) {
    }
    std::string err = in.Error();
    if (got < 0 || !err.empty()) {
      on_reject_({name, {"truncated-gzip", fmt::format("truncated or corrupt gzip: {}", err.empty() ? "read error" : err)}});
      return;
    }
    nlohmann::json doc = nlohmann::json::parse(buf, nullptr, /*allow_exceptions=*/false);
    if (!doc.is_discarded() && (doc.is_object() || doc.is_array())) {
      auto one = [&](const nlohmann::json& rec, const std::string& where) {
        RawInput raw;
        Problem problem;
        if (!RecordFromJson(rec, raw, problem)) {
          if (problem.code == "missing-text" && doc.is_object()) {
            problem.message = "a JSON document with no string field \"text\" (an article is an object with \"text\")";
          }
          on_reject_({where, problem});
          return;
        }
        emit(std::move(raw), where);
      };
      if (doc.is_object()) {
        one(doc, name);
      } else {
        for (size_t i = 0; i < doc.size(); ++i) one(doc[i], fmt::format("{}:[{}]", name, i));
      }
      return;
    }
    size_t nl;
    while ((nl = buf.find('\n', pos)) != std::string::npos) {
      handle(std::string_view(buf).substr(pos, nl - pos));
      pos = nl + 1;
    }
    if (pos < buf.size()) handle(std::string_view(buf).substr(pos));
    return;
  }
  while (true) {
    got = in.Read(buf, 1 << 16);
    if (got <= 0) break;
    size_t nl;
    while ((nl = buf.find('\n', pos)) != std::string::npos) {
      handle(std::string_view(buf).substr(pos, nl - pos));
      pos = nl + 1;
    }
    buf.erase(0, pos);
    pos = 0;
    if (buf.size() > limit) {  // drop the over-long line's bytes as they come
      skipping = true;
      buf.clear();
    }
  }
  std::string err = in.Error();
  if (got < 0 || !err.empty()) {
    on_reject_({fmt::format("{}:{}", name, lineno + 1),
                {"truncated-gzip", fmt::format("truncated or corrupt gzip: {}; the {} complete lines before it were read",
                                               err.empty() ? "read error" : err, lineno)}});
    return;
  }
  if (!buf.empty() || skipping) handle(buf);
}

}  // namespace kronika
