#include "core/utf8.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace kronika {

Utf8Repair RepairUtf8(std::string_view bytes) {
  Utf8Repair r;
  r.text.reserve(bytes.size());
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  int32_t len = static_cast<int32_t>(bytes.size());
  int32_t i = 0;
  while (i < len) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, len, c);  // on error, advances past the maximal subpart
    if (c < 0) {
      if (r.invalid_sequences++ == 0) r.first_invalid_byte = static_cast<size_t>(start);
      r.text.append("\xEF\xBF\xBD");
    } else {
      r.text.append(bytes.substr(start, i - start));
    }
  }
  return r;
}

bool LooksBinary(std::string_view bytes) {
  size_t controls = 0;
  size_t n = std::min<size_t>(bytes.size(), 1 << 16);
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c == 0) return true;
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++controls;
  }
  return n > 0 && controls * 10 > n;
}

CodePointIndex::CodePointIndex(std::string_view text) : text_(text) {
  uint32_t count = 0;
  block_.reserve(text.size() / 64 + 2);
  for (size_t i = 0; i < text.size(); ++i) {
    if (i % 64 == 0) block_.push_back(count);
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++count;
  }
  total_ = count;
}

uint32_t CodePointIndex::operator()(uint32_t byte) const {
  if (byte >= text_.size()) return total_;
  uint32_t count = block_[byte / 64];
  for (uint32_t i = byte - byte % 64; i < byte; ++i) {
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++count;
  }
  return count;
}

char32_t NextCodePoint(std::string_view s, size_t& i) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t idx = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(p, idx, static_cast<int32_t>(s.size()), c);
  i = static_cast<size_t>(idx);
  return c < 0 ? 0xFFFD : static_cast<char32_t>(c);
}

namespace {
void AppendUtf8(std::string& out, UChar32 c) {
  char buf[4];
  int32_t n = 0;
  UBool err = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), n, 4, c, err);
  if (!err) out.append(buf, n);
}
}  // namespace

std::string FoldForMatch(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {  // ASCII fast path
      out.push_back(static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b));
      ++i;
      continue;
    }
    char32_t c = NextCodePoint(s, i);
    if (c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF) continue;
    if (c == 0x2019 || c == 0x2018 || c == 0x02BC) { out.push_back('\''); continue; }
    if (u_isUWhiteSpace(c) || c == 0x00A0 || c == 0x202F || c == 0x2007) { out.push_back(' '); continue; }
    if (c == 0x2010 || c == 0x2011) { out.push_back('-'); continue; }
    AppendUtf8(out, u_foldCase(c, U_FOLD_CASE_DEFAULT));
  }
  return out;
}

bool StartsUpper(std::string_view s) {
  if (s.empty()) return false;
  size_t i = 0;
  char32_t c = NextCodePoint(s, i);
  return u_isupper(c) || u_istitle(c);
}

bool AllUpper(std::string_view s) {
  bool letter = false;
  size_t i = 0;
  while (i < s.size()) {
    char32_t c = NextCodePoint(s, i);
    if (u_islower(c)) return false;
    if (u_isalpha(c)) letter = true;
  }
  return letter;
}

}  // namespace kronika
