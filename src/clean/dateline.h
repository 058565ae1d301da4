// ParseDateline: the place, date and agency that open a wire story's first
// paragraph, up to and including the dash.
//
//   Ljubljana, 12. oktobra (STA) - ...      Bruselj, 3. marca (STA) - ...
//   Ljubljana - ...                          KYIV, Oct 12 (Reuters) - ...
//   BEIJING (AP) — ...                       WASHINGTON, Sept. 11, 2023 (AFP) – ...
//
// Grammar: PLACE {"," (DATE | PLACE)} ["(" AGENCY ")"] DASH, where the dash
// is '-', U+2013 or U+2014 with white space after it (and before it, or a
// ')' before it), within the first 20 tokens of the paragraph's first line.
// PLACE is up to four words (with inner '.', '-', apostrophes) starting
// with a capital. Because a sentence can start "Putin - who ...", a
// dateline without date and agency needs a place of at most three
// capitalised words, and an em dash only after an ALL-CAPS place (the
// "WASHINGTON —" style); one with an agency but no date needs a known agency
// or an ALL-CAPS place.
//
// The dateline span runs from the paragraph start to the end of the dash;
// the space after the dash is not in it (as in article.h:
// "LJUBLJANA, 11. septembra (STA) -").
//
// Thread-safety: pure function of the rules (immutable) and the text.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "clean/clean_rules_impl.h"
#include "clean/local_time.h"

namespace kronika::clean {

struct DatelineInfo {
  uint32_t length = 0;            // bytes from the paragraph start through the dash
  std::optional<CivilDate> date;  // may lack the year
  std::string agency;             // canonical or as written; "" if none
  const Agency* agency_info = nullptr;
  std::string lang;               // language of the month name, or ""
};

std::optional<DatelineInfo> ParseDateline(const CleanRules::Impl& rules, std::string_view paragraph,
                                          std::string_view prefer_lang);

}  // namespace kronika::clean
