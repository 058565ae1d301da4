// Lines of an article text, as byte spans, and small text measures used by
// the clean stage.
//
// A line ends at LF; a CR before the LF (CRLF) belongs to the line break.
// Line::content is the line without the break and without white space at
// either end, where white space is every Unicode White_Space character
// (which includes U+00A0, U+202F and U+2007) plus U+FEFF (byte-order mark)
// and U+200B (zero-width space). So a content span never starts or ends
// with a space of any kind, and a line holding only such characters is blank.
//
// Thread-safety: pure functions.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "kronika/article.h"

namespace kronika::clean {

struct Line {
  Span full;     // the whole line, without the line break
  Span content;  // `full` trimmed of white space at both ends
  bool blank() const { return content.empty(); }
};

// Splits `text` into lines. An empty text has no lines; a text ending in a
// line break has no empty line after it.
std::vector<Line> SplitLines(std::string_view text);

// True for the characters that Line::content trims.
bool IsSpaceCodePoint(char32_t c);

// `s` within `text`, without white space at either end (empty span at
// s.begin when all of it is space).
Span TrimSpan(std::string_view text, Span s);

// Number of code points in valid UTF-8 `s`.
size_t CountCodePoints(std::string_view s);

// Number of words: maximal runs of non-space code points.
size_t CountWords(std::string_view s);

// The last code point of `s` once closing quotes and brackets are skipped
// ('"', '\'', U+201D, U+2019, U+00BB, U+00AB, U+201C, ')', ']'), or 0 when
// nothing is left. Used for "does this line end a sentence".
char32_t LastSignificantCodePoint(std::string_view s);

}  // namespace kronika::clean
