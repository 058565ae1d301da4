// Shared plumbing of `annotate` and `ingest`: loading the pipeline with a
// clear message, reporting rejected inputs and article problems on stderr,
// and a progress line on a terminal.
//
// Thread-safety: main thread only.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

#include "kronika/pipeline.h"
#include "pipeline/parallel_runner.h"

namespace kronika::cli {

// Loads the pipeline; on failure prints why on stderr and returns nullptr.
std::shared_ptr<const Pipeline> LoadPipelineOrReport(const std::string& data_dir);

// Counts and stderr reports for one run.
class RunReport {
 public:
  explicit RunReport(bool progress);
  // Reports rejections and article problems; returns true for an article.
  bool Take(const Outcome& outcome);
  void Tick(bool force = false);  // redraws the progress line (terminal only)
  void ClearLine();
  uint64_t articles() const { return articles_; }
  uint64_t rejected() const { return rejected_; }
  uint64_t warnings() const { return warnings_; }
  uint64_t bytes() const { return bytes_; }
  double seconds() const;

 private:
  bool progress_;
  uint64_t articles_ = 0, rejected_ = 0, warnings_ = 0, bytes_ = 0;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

}  // namespace kronika::cli
