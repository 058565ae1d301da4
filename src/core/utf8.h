// UTF-8 helpers: validation with repair, code-point offsets, case folding for
// matching.
//
// Ingest calls RepairUtf8 once per article so that every later stage can rely
// on valid UTF-8. Offsets inside kronika are bytes; JSON output uses code
// points, converted with CodePointIndex. Matching uses FoldForMatch, which
// lower-cases (ICU full case folding) and maps no-break and other odd spaces
// to U+0020 without touching the original text.
//
// Thread-safety: all functions are pure; CodePointIndex is immutable after
// construction.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kronika {

struct Utf8Repair {
  std::string text;               // valid UTF-8
  size_t invalid_sequences = 0;   // how many were replaced by U+FFFD
  size_t first_invalid_byte = 0;  // byte offset in the input of the first one
};

// Replaces every ill-formed sequence by U+FFFD (one per maximal subpart, as
// the Unicode standard recommends) and reports where the first one was.
Utf8Repair RepairUtf8(std::string_view bytes);

// True if `bytes` looks like binary data rather than text: a NUL byte, or
// more than 10% C0 control characters other than tab, CR, LF, FF.
bool LooksBinary(std::string_view bytes);

// Maps byte offsets to code-point offsets for one text.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view text);
  // Code-point offset of byte offset `byte` (which must be a boundary or the end).
  uint32_t operator()(uint32_t byte) const;
  uint32_t length() const { return total_; }

 private:
  // Code-point count at the start of every 64-byte block, plus the text to
  // count the rest of the block.
  std::vector<uint32_t> block_;
  std::string_view text_;
  uint32_t total_ = 0;
};

// Lower-cased, case-folded copy for matching; odd spaces become ' ', soft
// hyphens and zero-width characters are dropped, typographic apostrophes
// become '\''.
std::string FoldForMatch(std::string_view s);

// True if the first code point of `s` is an upper-case letter.
bool StartsUpper(std::string_view s);
// True if `s` has at least one letter and no lower-case letters.
bool AllUpper(std::string_view s);

// Decodes one code point at `i` (valid UTF-8 assumed) and advances `i`.
char32_t NextCodePoint(std::string_view s, size_t& i);

}  // namespace kronika
