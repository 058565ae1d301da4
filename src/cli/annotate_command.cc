// `kronika annotate`: articles in, one JSON object per article out (JSON
// Lines, FORMAT.md). No database.
#include <cstdio>
#include <thread>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/pipeline_run.h"
#include "pipeline/annotation_json.h"

namespace kronika::cli {

Runner AddAnnotate(CLI::App& app, CommonOptions& common) {
  struct Options {
    std::vector<std::string> paths;
    int threads = 0;
    uint64_t max_bytes = 16u << 20;
    bool pretty = false;
    bool tokens = false;
  };
  auto o = std::make_shared<Options>();
  CLI::App* sub = app.add_subcommand(
      "annotate",
      "Run the pipeline on articles and print one JSON object per article (JSON Lines) on stdout; no database.\n"
      "Inputs: text files (one article each), folders (recursive), JSON Lines files (.jsonl/.ndjson/.json: one\n"
      "article per line with \"text\" and optional \"id\", \"url\", \"published\", \"source\", \"lang\", \"title\"),\n"
      "gzip of any of these, or - for stdin (JSON Lines if it starts with '{'). In folders only *.txt, *.text, *.jsonl,\n"
      "*.ndjson and *.json files (optionally .gz) are read. Output is in input order.");
  sub->add_option("inputs", o->paths, "files, folders or - (default: -)");
  sub->add_option("-j,--threads", o->threads, "worker threads (default: number of cores)");
  sub->add_option("--max-bytes", o->max_bytes, "reject articles larger than this many bytes")->capture_default_str();
  sub->add_flag("--pretty", o->pretty, "indent the JSON (one object per several lines)");
  sub->add_flag("--tokens", o->tokens, "add \"tokens\": each token with its lemma and tag candidates and an unknown-word flag");
  sub->add_option("--data", common.data_dir, "language data folder (default: $KRONIKA_DATA or the built-in one)");
  sub->footer(kExitCodesHelp);
  return [o, &common]() -> int {
    auto pipeline = LoadPipelineOrReport(common.data_dir);
    if (!pipeline) return kExitFailure;
    if (o->paths.empty()) o->paths.push_back("-");
    int threads = o->threads > 0 ? o->threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    InputOptions in;
    in.max_article_bytes = o->max_bytes;
    ParallelRunner runner(*pipeline, threads, in);
    RunReport report(false);
    bool write_failed = false;
    runner.set_finish([&o](Outcome& out) {
      out.output = AnnotationJson(*out.article, {.tokens = o->tokens})
                       .dump(o->pretty ? 1 : -1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
      out.output.push_back('\n');
    });
    runner.Run(o->paths, [&](Outcome&& out) {
      if (!report.Take(out) || write_failed) return;
      if (std::fwrite(out.output.data(), 1, out.output.size(), stdout) != out.output.size()) write_failed = true;
    });
    if (std::fflush(stdout) != 0 || write_failed) {
      fmt::print(stderr, "kronika: cannot write output\n");
      return kExitFailure;
    }
    return report.rejected() > 0 ? kExitRejected : kExitOk;
  };
}

}  // namespace kronika::cli
