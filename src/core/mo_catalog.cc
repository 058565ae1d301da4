#include "core/mo_catalog.h"

#include <cstdint>
#include <cstring>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

namespace kronika {

Result<MoCatalog> MoCatalog::Read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(fmt::format("{}: cannot open", path));
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string data = ss.str();
  auto u32 = [&](size_t off, bool swap) -> uint32_t {
    uint32_t v = 0;
    if (off + 4 > data.size()) return 0;
    std::memcpy(&v, data.data() + off, 4);
    return swap ? __builtin_bswap32(v) : v;
  };
  if (data.size() < 28) return Status::InvalidInput(fmt::format("{}: too short for a .mo file", path));
  uint32_t magic = u32(0, false);
  bool swap;
  if (magic == 0x950412de) {
    swap = false;
  } else if (magic == 0xde120495) {
    swap = true;
  } else {
    return Status::InvalidInput(fmt::format("{}: not a .mo file", path));
  }
  uint32_t n = u32(8, swap), orig = u32(12, swap), trans = u32(16, swap);
  MoCatalog cat;
  for (uint32_t i = 0; i < n; ++i) {
    uint32_t olen = u32(orig + 8 * i, swap), ooff = u32(orig + 8 * i + 4, swap);
    uint32_t tlen = u32(trans + 8 * i, swap), toff = u32(trans + 8 * i + 4, swap);
    if (uint64_t(ooff) + olen > data.size() || uint64_t(toff) + tlen > data.size()) {
      return Status::InvalidInput(fmt::format("{}: entry {} points outside the file", path, i));
    }
    std::string id(data.data() + ooff, strnlen(data.data() + ooff, olen));
    std::string tr(data.data() + toff, strnlen(data.data() + toff, tlen));
    if (id.empty()) continue;  // the header entry
    cat.map_.emplace(std::move(id), std::move(tr));
  }
  return cat;
}

const std::string* MoCatalog::Find(const std::string& msgid) const {
  auto it = map_.find(msgid);
  return it == map_.end() ? nullptr : &it->second;
}

}  // namespace kronika
