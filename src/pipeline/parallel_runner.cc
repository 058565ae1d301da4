#include "pipeline/parallel_runner.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <thread>

namespace kronika {

ParallelRunner::ParallelRunner(const Pipeline& pipeline, int threads, InputOptions input_options)
    : pipeline_(pipeline), threads_(std::max(1, threads)), input_options_(input_options) {}

void ParallelRunner::Run(const std::vector<std::string>& paths, const std::function<void(Outcome&&)>& on_result) {
  RunWith(
      [&](const std::function<void(RawInput&&)>& on_article, const std::function<void(Rejection&&)>& on_reject) {
        InputReader reader(input_options_, on_article, on_reject);
        reader.Read(paths);
      },
      on_result);
}

void ParallelRunner::RunInputs(std::vector<RawInput> inputs, const std::function<void(Outcome&&)>& on_result) {
  RunWith(
      [&](const std::function<void(RawInput&&)>& on_article, const std::function<void(Rejection&&)>&) {
        for (auto& in : inputs) on_article(std::move(in));
      },
      on_result);
}

void ParallelRunner::RunWith(const std::function<void(const std::function<void(RawInput&&)>&,
                                                      const std::function<void(Rejection&&)>&)>& produce,
                             const std::function<void(Outcome&&)>& on_result) {
  struct Work {
    uint64_t seq;
    std::optional<RawInput> input;
    Rejection rejection;
  };
  const size_t window = static_cast<size_t>(threads_) * 4 + 4;
  std::mutex mu;
  std::condition_variable cv_work, cv_space, cv_done;
  std::deque<Work> queue;
  std::map<uint64_t, Outcome> done;
  uint64_t produced = 0, next_out = 0, in_flight = 0;
  bool finished_reading = false;

  auto submit = [&](Work&& w) {
    std::unique_lock lock(mu);
    cv_space.wait(lock, [&] { return in_flight < window; });
    w.seq = produced++;
    ++in_flight;
    queue.push_back(std::move(w));
    cv_work.notify_one();
  };
  std::thread producer([&] {
    produce([&](RawInput&& in) { submit(Work{0, std::move(in), {}}); },
            [&](Rejection&& r) { submit(Work{0, std::nullopt, std::move(r)}); });
    std::lock_guard lock(mu);
    finished_reading = true;
    cv_work.notify_all();
    cv_done.notify_all();
  });

  std::vector<std::thread> workers;
  for (int i = 0; i < threads_; ++i) {
    workers.emplace_back([&] {
      while (true) {
        Work w;
        {
          std::unique_lock lock(mu);
          cv_work.wait(lock, [&] { return !queue.empty() || finished_reading; });
          if (queue.empty()) return;
          w = std::move(queue.front());
          queue.pop_front();
        }
        Outcome out;
        out.seq = w.seq;
        if (w.input) {
          out.input_bytes = w.input->bytes.size();
          std::string source = w.input->meta.source;
          Problem rejected;
          out.article = pipeline_.Annotate(std::move(*w.input), &rejected);
          if (!out.article) out.rejection = {std::move(source), std::move(rejected)};
          if (out.article && finish_) finish_(out);
        } else {
          out.rejection = std::move(w.rejection);
        }
        std::lock_guard lock(mu);
        done.emplace(out.seq, std::move(out));
        cv_done.notify_all();
      }
    });
  }

  while (true) {
    Outcome out;
    {
      std::unique_lock lock(mu);
      cv_done.wait(lock, [&] { return done.count(next_out) || (finished_reading && next_out == produced); });
      if (!done.count(next_out)) break;
      auto node = done.extract(next_out);
      out = std::move(node.mapped());
      ++next_out;
      --in_flight;
      cv_space.notify_one();
    }
    on_result(std::move(out));
  }
  producer.join();
  for (auto& t : workers) t.join();
}

}  // namespace kronika
