#include "clean/boilerplate.h"

#include <fmt/format.h>

namespace kronika::clean {
namespace {
// ICU match-engine steps, in its own units ("on the order of milliseconds").
constexpr int32_t kTimeLimit = 50;
}  // namespace

BoilerplateMatcher::BoilerplateMatcher(const CleanRules::Impl& rules)
    : rules_(rules), matchers_(rules.boilerplate.size()) {}

BoilerplateMatcher::~BoilerplateMatcher() = default;

const BoilerplateRule* BoilerplateMatcher::Match(std::string_view line, std::vector<Problem>& problems) {
  if (line.empty() || line.size() > kMaxLineBytes || rules_.boilerplate.empty()) return nullptr;
  text_ = icu::UnicodeString::fromUTF8(icu::StringPiece(line.data(), static_cast<int32_t>(line.size())));
  for (size_t r = 0; r < rules_.boilerplate.size(); ++r) {
    const BoilerplateRule& rule = rules_.boilerplate[r];
    UErrorCode status = U_ZERO_ERROR;
    auto& m = matchers_[r];
    if (!m) {
      m.reset(rule.regex->matcher(status));
      if (U_FAILURE(status) || !m) {
        m.reset();
        continue;
      }
      m->setTimeLimit(kTimeLimit, status);
      status = U_ZERO_ERROR;
    }
    m->reset(text_);
    bool hit = m->matches(status);
    if (status == U_REGEX_TIME_OUT) {
      if (!reported_timeout_) {
        problems.push_back({"clean-rule-timeout", fmt::format("{}: boilerplate rule took too long on a line "
                                                              "of {} bytes; treated as no match", rule.where, line.size())});
        reported_timeout_ = true;
      }
      continue;
    }
    if (U_SUCCESS(status) && hit) return &rule;
  }
  return nullptr;
}

}  // namespace kronika::clean
