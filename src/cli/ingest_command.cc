// `kronika ingest`: runs the pipeline on files, folders or JSON Lines into
// the SQLite database, in parallel, with a progress line on a terminal and a
// summary at the end. Articles are written in batches, one transaction each.
#include <thread>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/pipeline_run.h"
#include "kronika/store.h"
#include "pipeline/annotation_json.h"

namespace kronika::cli {

Runner AddIngest(CLI::App& app, CommonOptions& common) {
  struct Options {
    std::vector<std::string> paths;
    std::string db = "kronika.db";
    int threads = 0;
    int batch = 64;
    uint64_t max_bytes = 16u << 20;
    bool quiet = false;
  };
  auto o = std::make_shared<Options>();
  CLI::App* sub = app.add_subcommand(
      "ingest",
      "Run the pipeline on articles and store them, with their mentions and events, in the database.\n"
      "Inputs as for annotate (in folders only *.txt, *.text, *.jsonl, *.ndjson, *.json, optionally .gz).\n"
      "An article already stored (same content hash) is skipped, so ingesting the\n"
      "same input twice changes nothing. Each batch of articles is one transaction: killing the process\n"
      "leaves a consistent database. Rejected inputs are named on stderr and kept in the rejections table.");
  sub->add_option("inputs", o->paths, "files, folders or -")->required();
  sub->add_option("--db", o->db, "database file (created if missing)")->capture_default_str();
  sub->add_option("-j,--threads", o->threads, "worker threads (default: number of cores)");
  sub->add_option("--batch", o->batch, "articles per transaction")->capture_default_str()->check(CLI::PositiveNumber);
  sub->add_option("--max-bytes", o->max_bytes, "reject articles larger than this many bytes")->capture_default_str();
  sub->add_flag("-q,--quiet", o->quiet, "no progress line and no summary");
  sub->add_option("--data", common.data_dir, "language data folder (default: $KRONIKA_DATA or the built-in one)");
  sub->footer(kExitCodesHelp);
  return [o, &common]() -> int {
    auto store = Store::Open(o->db);
    if (!store.ok()) {
      fmt::print(stderr, "kronika: {}\n", store.status().message());
      return kExitFailure;
    }
    auto pipeline = LoadPipelineOrReport(common.data_dir);
    if (!pipeline) return kExitFailure;
    int threads = o->threads > 0 ? o->threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    InputOptions in;
    in.max_article_bytes = o->max_bytes;
    ParallelRunner runner(*pipeline, threads, in);
    RunReport report(!o->quiet);

    std::vector<Article> pending;
    std::vector<nlohmann::ordered_json> pending_json;
    uint64_t inserted = 0, duplicates = 0, mentions = 0;
    Status failure;
    auto flush = [&] {
      if (pending.empty() || !failure.ok()) return;
      std::vector<const Article*> ptrs;
      for (const auto& a : pending) ptrs.push_back(&a);
      auto r = (*store)->PutBatch(ptrs, pending_json);
      if (!r.ok()) {
        failure = r.status();
      } else {
        inserted += r->inserted;
        duplicates += r->duplicates;
      }
      pending.clear();
      pending_json.clear();
    };
    runner.set_finish([](Outcome& out) { out.annotation = AnnotationJson(*out.article); });
    runner.Run(o->paths, [&](Outcome&& out) {
      if (!failure.ok()) return;  // the database failed: stop writing, finish reading
      if (!report.Take(out)) {
        if (auto s = (*store)->PutRejection(out.rejection.source, out.rejection.problem); !s.ok()) failure = s;
        return;
      }
      mentions += out.article->mentions.size();
      pending_json.push_back(std::move(out.annotation));
      pending.push_back(std::move(*out.article));
      if (static_cast<int>(pending.size()) >= o->batch) flush();
    });
    flush();
    report.ClearLine();
    if (!failure.ok()) {
      fmt::print(stderr, "kronika: database {}: {} (articles committed before this are kept)\n", o->db,
                 failure.message());
      return kExitFailure;
    }
    if (!o->quiet) {
      double s = report.seconds();
      fmt::print(stderr,
                 "kronika: {} articles read: {} new, {} already stored; {} inputs rejected; {} warnings; "
                 "{} mentions; {:.2f} s ({:.0f} articles/s) into {}\n",
                 report.articles(), inserted, duplicates, report.rejected(), report.warnings(), mentions, s,
                 s > 0 ? report.articles() / s : 0.0, o->db);
    }
    return report.rejected() > 0 ? kExitRejected : kExitOk;
  };
}

}  // namespace kronika::cli
