// `kronika dict check`: validates every TSV file under data/ and the
// language resources built from them, and names file:line for each problem.
#include <filesystem>

#include <fmt/format.h>

#include "actors/actor_data.h"
#include "cli/commands.h"
#include "cli/pipeline_run.h"
#include "core/tsv.h"

namespace kronika::cli {

Runner AddDict(CLI::App& app, CommonOptions& common) {
  auto check = std::make_shared<bool>(false);
  CLI::App* sub = app.add_subcommand("dict", "Check the language data (data/*.tsv).");
  sub->add_option("--data", common.data_dir, "language data folder (default: $KRONIKA_DATA or the built-in one)");
  sub->require_subcommand(1);
  CLI::App* chk = sub->add_subcommand(
      "check",
      "Validate every TSV file under data/ (header, fields per line) and what the stages build from them:\n"
      "rules, analysers, gazetteers, actors (persons, offices and their dates, roles, country codes).\n"
      "Prints file:line for each problem; exit code 1 when there is any.");
  chk->callback([check] { *check = true; });
  sub->footer(kExitCodesHelp);
  return [&common, check]() -> int {
    namespace fs = std::filesystem;
    std::string data = common.data_dir.empty() ? DefaultDataDir() : common.data_dir;
    if (!fs::is_directory(data)) {
      fmt::print(stderr, "kronika: {}: no such data folder\n", data);
      return kExitFailure;
    }
    size_t files = 0, rows = 0, problems = 0;
    std::vector<std::string> paths;
    for (const auto& e : fs::recursive_directory_iterator(data)) {
      if (e.path().extension() == ".tsv") paths.push_back(e.path().string());
    }
    std::sort(paths.begin(), paths.end());
    for (const auto& p : paths) {
      ++files;
      auto t = TsvFile::Read(p, {});
      if (!t.ok()) {
        fmt::print("{}\n", t.status().message());
        ++problems;
        continue;
      }
      rows += t->rows().size();
    }
    auto actors = ActorData::Load(data);
    if (!actors.ok()) {
      fmt::print("{}\n", actors.status().message());
      ++problems;
    } else {
      for (const auto& issue : (*actors)->issues()) {
        fmt::print("{}\n", issue);
        ++problems;
      }
    }
    PipelineOptions opts;
    opts.data_dir = data;
    auto pipeline = Pipeline::Load(opts);
    if (!pipeline.ok()) {
      fmt::print("{}\n", pipeline.status().message());
      ++problems;
    }
    fmt::print("{}: {} files, {} rows; {} persons, {} offices; {} problem{}\n", data, files, rows,
               actors.ok() ? (*actors)->persons() : 0, actors.ok() ? (*actors)->offices() : 0, problems,
               problems == 1 ? "" : "s");
    return problems ? kExitRejected : kExitOk;
  };
}

}  // namespace kronika::cli
