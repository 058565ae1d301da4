// One Pipeline per test process, loaded on first use (loading reads the
// gazetteers and analysers: about half a second), shared by the golden,
// reference and pipeline tests.
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "kronika/pipeline.h"
#include "pipeline/annotation_json.h"

namespace kronika::testing {

inline const Pipeline& SharedPipeline() {
  static std::shared_ptr<const Pipeline> p = [] {
    auto r = Pipeline::Load({});
    if (!r.ok()) {
      ADD_FAILURE() << "pipeline: " << r.status().message();
      return std::shared_ptr<const Pipeline>();
    }
    return std::move(r).value();
  }();
  return *p;
}

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Annotates `text` as if read from `source`; returns the annotate JSON.
inline nlohmann::ordered_json AnnotateText(const std::string& text, const std::string& source,
                                           const std::string& lang = "") {
  RawInput in;
  in.bytes = text;
  in.meta.source = source;
  in.meta.lang = lang;
  Problem rejected;
  auto a = SharedPipeline().Annotate(std::move(in), &rejected);
  if (!a) {
    ADD_FAILURE() << source << " rejected: " << rejected.message;
    return {};
  }
  return AnnotationJson(*a);
}

}  // namespace kronika::testing
