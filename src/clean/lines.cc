#include "clean/lines.h"

#include <unicode/uchar.h>

#include "core/utf8.h"

namespace kronika::clean {
namespace {

// Start of the code point that ends just before byte `end`.
size_t PrevBoundary(std::string_view s, size_t end) {
  size_t i = end;
  while (i > 0) {
    --i;
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) break;
  }
  return i;
}

}  // namespace

bool IsSpaceCodePoint(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D);
  return u_isUWhiteSpace(static_cast<UChar32>(c)) || c == 0x00A0 || c == 0x202F || c == 0x2007 ||
         c == 0xFEFF || c == 0x200B;
}

Span TrimSpan(std::string_view text, Span s) {
  size_t b = s.begin;
  size_t e = s.end;
  while (b < e) {
    size_t next = b;
    char32_t c = NextCodePoint(text.substr(0, e), next);
    if (!IsSpaceCodePoint(c)) break;
    b = next;
  }
  while (e > b) {
    size_t start = PrevBoundary(text, e);
    size_t i = start;
    char32_t c = NextCodePoint(text.substr(0, e), i);
    if (!IsSpaceCodePoint(c)) break;
    e = start;
  }
  if (b >= e) return Span{s.begin, s.begin};
  return Span{static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
}

std::vector<Line> SplitLines(std::string_view text) {
  std::vector<Line> lines;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    size_t line_end = (end > pos && text[end - 1] == '\r') ? end - 1 : end;
    Line line;
    line.full = Span{static_cast<uint32_t>(pos), static_cast<uint32_t>(line_end)};
    line.content = TrimSpan(text, line.full);
    lines.push_back(line);
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return lines;
}

size_t CountCodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

size_t CountWords(std::string_view s) {
  size_t words = 0;
  bool in_word = false;
  size_t i = 0;
  while (i < s.size()) {
    char32_t c = NextCodePoint(s, i);
    bool space = IsSpaceCodePoint(c);
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

char32_t LastSignificantCodePoint(std::string_view s) {
  size_t e = s.size();
  while (e > 0) {
    size_t start = PrevBoundary(s, e);
    size_t i = start;
    char32_t c = NextCodePoint(s, i);
    bool closing = c == '"' || c == '\'' || c == 0x201D || c == 0x2019 || c == 0x00BB ||
                   c == 0x00AB || c == 0x201C || c == ')' || c == ']';
    if (!closing && !IsSpaceCodePoint(c)) return c;
    e = start;
  }
  return 0;
}

}  // namespace kronika::clean
