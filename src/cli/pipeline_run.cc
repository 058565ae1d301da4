#include "cli/pipeline_run.h"

#include <unistd.h>

#include <cstdio>

#include <fmt/format.h>

namespace kronika::cli {

std::shared_ptr<const Pipeline> LoadPipelineOrReport(const std::string& data_dir) {
  PipelineOptions opts;
  opts.data_dir = data_dir;
  auto p = Pipeline::Load(opts);
  if (!p.ok()) {
    fmt::print(stderr, "kronika: cannot load language data: {}\n", p.status().message());
    return nullptr;
  }
  return std::move(p).value();
}

RunReport::RunReport(bool progress)
    : progress_(progress && isatty(STDERR_FILENO)), start_(std::chrono::steady_clock::now()), last_draw_(start_) {}

double RunReport::seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void RunReport::ClearLine() {
  if (progress_) fmt::print(stderr, "\r\033[K");
}

bool RunReport::Take(const Outcome& o) {
  bytes_ += o.input_bytes;
  if (!o.article) {
    ++rejected_;
    ClearLine();
    fmt::print(stderr, "kronika: rejected {}: {} ({})\n", o.rejection.source, o.rejection.problem.message,
               o.rejection.problem.code);
    Tick(true);
    return false;
  }
  ++articles_;
  for (const Problem& p : o.article->problems) {
    if (p.code == "unknown-language" || p.code == "unsupported-language") continue;  // shown in the output
    ++warnings_;
    ClearLine();
    fmt::print(stderr, "kronika: warning: {}: {} ({})\n", o.article->meta.source, p.message, p.code);
  }
  Tick();
  return true;
}

void RunReport::Tick(bool force) {
  if (!progress_) return;
  auto now = std::chrono::steady_clock::now();
  if (!force && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  double s = seconds();
  fmt::print(stderr, "\r\033[K{} articles, {} rejected, {:.1f} MB, {:.0f} articles/s", articles_, rejected_,
             bytes_ / 1e6, s > 0 ? articles_ / s : 0.0);
  std::fflush(stderr);
}

}  // namespace kronika::cli
