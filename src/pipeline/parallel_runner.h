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

#include "ingest/input_reader.h"
#include "kronika/article.h"
#include "kronika/pipeline.h"

namespace kronika {

struct Outcome {
  uint64_t seq = 0;
  std::optional<Article> article;  // set when the input became an article
  Rejection rejection;             // set otherwise
  uint64_t input_bytes = 0;
};

class ParallelRunner {
 public:
  ParallelRunner(const Pipeline& pipeline, int threads, InputOptions input_options);
  void Run(const std::vector<std::string>& paths, const std::function<void(Outcome&&)>& on_result);
  // Same, over inputs already in memory (benchmarks, tests).
  void RunInputs(std::vector<RawInput> inputs, const std::function<void(Outcome&&)>& on_result);

 private:
  void RunWith(const std::function<void(const std::function<void(RawInput&&)>&,
                                        const std::function<void(Rejection&&)>&)>& produce,
               const std::function<void(Outcome&&)>& on_result);
  const Pipeline& pipeline_;
  int threads_;
  InputOptions input_options_;
};

}  // namespace kronika
