// The kronika subcommands. Each one registers its options on the CLI11 app
// and returns a runner; main() runs the chosen one and exits with its code.
//
// Thread-safety: called from main's thread only.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>

namespace kronika::cli {

// Exit codes (documented in `kronika --help`).
inline constexpr int kExitOk = 0;
inline constexpr int kExitRejected = 1;  // ran, but some input was rejected
inline constexpr int kExitUsage = 2;     // bad command line
inline constexpr int kExitFailure = 3;   // could not run: resources, database, I/O

inline constexpr const char* kExitCodesHelp =
    "Exit codes:\n"
    "  0  success\n"
    "  1  finished, but some input was rejected (each one is named on stderr)\n"
    "  2  usage error (bad options or arguments)\n"
    "  3  failure: language data, analysers or the database could not be used\n";

// Options every command that runs the pipeline shares.
struct CommonOptions {
  std::string data_dir;  // empty: $KRONIKA_DATA or the built-in path
};

using Runner = std::function<int()>;

Runner AddAnnotate(CLI::App& app, CommonOptions& common);
Runner AddIngest(CLI::App& app, CommonOptions& common);
Runner AddArticles(CLI::App& app);
Runner AddEvents(CLI::App& app);
Runner AddShow(CLI::App& app);
Runner AddEval(CLI::App& app, CommonOptions& common);
Runner AddDict(CLI::App& app, CommonOptions& common);

}  // namespace kronika::cli
