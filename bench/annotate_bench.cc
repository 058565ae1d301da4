// kronika_bench: annotate throughput and peak memory.
//
// Generates a corpus of realistic size by recombining the paragraphs of the
// shipped sample articles (samples/, which we wrote) with a fixed seed: each
// generated article takes a header and title from one sample and 4-10 body
// paragraphs from samples of the same language, so articles look like wire
// copy (2-4 KB) and word forms repeat as in real news. Then it runs, in this
// process and over the same inputs:
//   baseline  UTF-8 repair + content hash only (the floor any pipeline pays)
//   annotate  the whole pipeline + JSON serialisation, for each thread count
// and prints articles/s, MB/s, sentences/s, the ratio to the baseline, and
// the process's peak resident memory. Figures, not assertions: the numbers
// go into closing notes and bench/README.md.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "core/utf8.h"
#include "kronika/pipeline.h"
#include "pipeline/annotation_json.h"
#include "pipeline/parallel_runner.h"

namespace fs = std::filesystem;
using namespace kronika;

namespace {

struct Sample {
  std::string lang;
  std::vector<std::string> head;  // header/title lines
  std::vector<std::string> paragraphs;
};

std::vector<std::string> SplitParagraphs(const std::string& text) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find("\n\n", pos);
    if (end == std::string::npos) end = text.size();
    std::string p = text.substr(pos, end - pos);
    if (p.find_first_not_of(" \n") != std::string::npos) out.push_back(p);
    pos = end + 2;
  }
  return out;
}

double PeakRssMb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024.0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"kronika_bench: annotate throughput per thread count and peak memory"};
  std::string samples = std::string(KRONIKA_DATA_DIR) + "/../samples";
  size_t count = 3000;
  std::vector<int> threads{1, 2};
  unsigned seed = 42;
  std::string write_corpus;
  app.add_option("--samples", samples, "folder of sample articles to recombine")->capture_default_str();
  app.add_option("--articles", count, "articles to generate")->capture_default_str();
  app.add_option("--threads", threads, "thread counts to measure")->delimiter(',')->capture_default_str();
  app.add_option("--seed", seed, "random seed")->capture_default_str();
  app.add_option("--write-corpus", write_corpus, "also write the corpus as JSON Lines to this file");
  CLI11_PARSE(app, argc, argv);

  std::vector<Sample> pool;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(samples, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (it->path().extension() != ".txt") continue;
    std::ifstream in(it->path());
    std::stringstream ss;
    ss << in.rdbuf();
    auto paras = SplitParagraphs(ss.str());
    if (paras.size() < 3) continue;
    Sample s;
    s.lang = it->path().parent_path().filename().string();
    size_t head = paras[0].size() < 80 && paras[0].find('|') != std::string::npos ? 2 : 1;
    s.head.assign(paras.begin(), paras.begin() + head);
    s.paragraphs.assign(paras.begin() + head, paras.end());
    pool.push_back(std::move(s));
  }
  if (pool.empty()) {
    fmt::print(stderr, "kronika_bench: no sample articles under {}\n", samples);
    return 3;
  }
  std::mt19937 rng(seed);
  std::vector<RawInput> corpus;
  uint64_t bytes = 0;
  for (size_t i = 0; i < count; ++i) {
    const Sample& s = pool[rng() % pool.size()];
    std::string text;
    for (const auto& h : s.head) text += h + "\n\n";
    size_t n = 6 + rng() % 9;
    for (size_t k = 0; k < n; ++k) {
      const Sample* other = &pool[rng() % pool.size()];
      while (other->lang != s.lang) other = &pool[rng() % pool.size()];
      text += other->paragraphs[rng() % other->paragraphs.size()] + "\n\n";
    }
    RawInput in;
    in.bytes = std::move(text);
    in.meta.source = fmt::format("bench:{}", i);
    bytes += in.bytes.size();
    corpus.push_back(std::move(in));
  }
  if (!write_corpus.empty()) {
    std::ofstream out(write_corpus);
    for (const auto& in : corpus) out << nlohmann::json{{"id", in.meta.source}, {"text", in.bytes}}.dump() << "\n";
  }
  fmt::print("corpus: {} articles, {:.1f} MB, generated from {} samples (seed {})\n", corpus.size(), bytes / 1e6,
             pool.size(), seed);

  auto t0 = std::chrono::steady_clock::now();
  auto loaded = Pipeline::Load({});
  if (!loaded.ok()) {
    fmt::print(stderr, "kronika_bench: {}\n", loaded.status().message());
    return 3;
  }
  const Pipeline& pipeline = **loaded;
  double load_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  fmt::print("pipeline load: {:.2f} s, peak RSS after load {:.0f} MB\n", load_s, PeakRssMb());

  // Baseline: what reading costs at minimum.
  t0 = std::chrono::steady_clock::now();
  size_t sink = 0;
  for (const auto& in : corpus) {
    Utf8Repair r = RepairUtf8(in.bytes);
    sink += r.text.size() + ContentHash(in.bytes).size();
  }
  double base_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  fmt::print("{:<22} {:>10} {:>8} {:>12} {:>10}\n", "run", "articles/s", "MB/s", "sentences/s", "vs base");
  fmt::print("{:<22} {:>10.0f} {:>8.1f} {:>12} {:>10}\n", "baseline (utf8+hash)", corpus.size() / base_s,
             bytes / 1e6 / base_s, "-", "1.00");

  double one_thread = 0;
  for (int th : threads) {
    // A warm-up pass fills the morphology cache, as in a long ingest.
    for (int pass = 0; pass < 2; ++pass) {
      std::vector<RawInput> copy = corpus;
      ParallelRunner runner(pipeline, th, {});
      runner.set_finish([](Outcome& o) { o.output = AnnotationJson(*o.article).dump(); });
      uint64_t sentences = 0, json_bytes = 0;
      t0 = std::chrono::steady_clock::now();
      runner.RunInputs(std::move(copy), [&](Outcome&& o) {
        if (!o.article) return;
        sentences += o.article->sentences.size();
        json_bytes += o.output.size();
      });
      double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      if (pass == 0) continue;
      if (th == threads.front()) one_thread = s;
      fmt::print("{:<22} {:>10.0f} {:>8.2f} {:>12.0f} {:>10.3f}   (x{:.2f} vs {} thread{}){}\n",
                 fmt::format("annotate {} thread{}", th, th == 1 ? "" : "s"), corpus.size() / s, bytes / 1e6 / s,
                 sentences / s, base_s / s, one_thread / s, threads.front(), threads.front() == 1 ? "" : "s",
                 sink == 0 ? " " : "");
      (void)json_bytes;
    }
  }
  fmt::print("peak RSS: {:.0f} MB\n", PeakRssMb());
  return 0;
}
