// ParallelRunner: carries inputs through the Pipeline on N worker threads
// and hands the results back in input order.
//
// One producer thread reads the inputs (InputReader), N workers each take
// one article at a time through every stage, and the calling thread receives
// each Outcome in the order the inputs were read, so output does not depend
// on N. At most `window` inputs are in flight, which bounds memory.
//
// Thread-safety: Run is called from one thread; on_result runs on that
// thread only.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ingest/input_reader.h"
#include "kronika/article.h"
#include "kronika/pipeline.h"

namespace kronika {

struct Outcome {
  uint64_t seq = 0;
  std::optional<Article> article;  // set when the input became an article
  Rejection rejection;             // set otherwise
  uint64_t input_bytes = 0;
  std::string output;                 // what the finish step made of the article (e.g. its JSON line)
  nlohmann::ordered_json annotation;  // or the annotation JSON itself
};

class ParallelRunner {
 public:
  ParallelRunner(const Pipeline& pipeline, int threads, InputOptions input_options);
  // A step run on the worker thread right after the pipeline, so costly
  // output work (serialising JSON) is parallel too. Must be thread-safe.
  void set_finish(std::function<void(Outcome&)> finish) { finish_ = std::move(finish); }
  void Run(const std::vector<std::string>& paths, const std::function<void(Outcome&&)>& on_result);
  // Same, over inputs already in memory (benchmarks, tests).
  void RunInputs(std::vector<RawInput> inputs, const std::function<void(Outcome&&)>& on_result);

 private:
  void RunWith(const std::function<void(const std::function<void(RawInput&&)>&,
                                        const std::function<void(Rejection&&)>&)>& produce,
               const std::function<void(Outcome&&)>& on_result);
  const Pipeline& pipeline_;
  std::function<void(Outcome&)> finish_;
  int threads_;
  InputOptions input_options_;
};

}  // namespace kronika
