// BoilerplateMatcher: tells whether one trimmed line is boilerplate (a photo
// credit, promo, share widget, cookie notice, byline, ad marker, copyright
// line or navigation) by the rules of data/<lang>/boilerplate.tsv.
//
// A rule matches when its ICU regular expression, compiled case-insensitive,
// matches the whole trimmed line (RegexMatcher::matches). Rules are tried in
// load order (language folders sorted, then file order); the first match
// names the kind. Lines longer than kMaxLineBytes are never boilerplate.
// Every match runs under an ICU time limit, so a pathological pattern costs
// a bounded time and counts as no match (reported once as a Problem).
//
// Thread-safety: a BoilerplateMatcher holds RegexMatchers, which are not
// thread-safe: make one per call of Clean() (cheap: matchers are created on
// first use). The rules it reads are immutable and shared.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include <unicode/regex.h>

#include "clean/clean_rules_impl.h"
#include "kronika/article.h"

namespace kronika::clean {

class BoilerplateMatcher {
 public:
  static constexpr size_t kMaxLineBytes = 2000;

  explicit BoilerplateMatcher(const CleanRules::Impl& rules);
  ~BoilerplateMatcher();

  // The first rule matching all of `line`, or nullptr. Problems (a rule
  // that timed out) are appended to `problems`.
  const BoilerplateRule* Match(std::string_view line, std::vector<Problem>& problems);

 private:
  const CleanRules::Impl& rules_;
  std::vector<std::unique_ptr<icu::RegexMatcher>> matchers_;  // one per rule, made on first use
  icu::UnicodeString text_;  // the line being matched; the matchers refer to it
  bool reported_timeout_ = false;
};

}  // namespace kronika::clean
