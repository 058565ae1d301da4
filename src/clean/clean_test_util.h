// Test helpers for the clean stage's unit tests: the rules loaded once from
// the repository's data/ folder. Only *_test.cc files include this.
//
// Thread-safety: the rules are loaded on first use (a function-local
// static, so thread-safe) and immutable afterwards.
#pragma once

#include <cstdio>
#include <cstdlib>

#include "clean/clean_rules_impl.h"
#include "clean/cleaner.h"
#include "core/tsv.h"

namespace kronika::clean {

// The rules of data/ ($KRONIKA_DATA or the compiled-in folder). The data
// files of the repository must load: if they do not, every clean test is
// meaningless, so the test binary stops with the reason.
inline const CleanRules& TestRules() {
  static const Result<std::shared_ptr<const CleanRules>> rules = CleanRules::Load(DefaultDataDir());
  if (!rules.ok()) {
    std::fprintf(stderr, "clean tests: cannot load rules: %s\n", rules.status().message().c_str());
    std::abort();
  }
  return **rules;
}

inline const CleanRules::Impl& TestImpl() { return TestRules().impl(); }

}  // namespace kronika::clean
