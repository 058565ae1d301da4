// MoCatalog: reads a GNU gettext .mo message catalog into a map.
//
// Written by hand on purpose: gettext's API (dgettext) answers only in the
// language of the process locale (setlocale/LANGUAGE), which is global state
// and not thread-safe to switch; kronika needs the Slovenian names of
// iso-codes and libgeonames whatever the user's locale. The .mo format is a
// fixed header and two tables of (length, offset) pairs (GNU gettext manual,
// "The Format of GNU MO Files"), so reading it is a few lines.
//
// Thread-safety: immutable after Read.
#pragma once

#include <string>
#include <unordered_map>

#include "core/status.h"

namespace kronika {

class MoCatalog {
 public:
  // Reads `path`. Plural forms keep only their first (singular) form.
  static Result<MoCatalog> Read(const std::string& path);
  // Translation of `msgid`, or nullptr.
  const std::string* Find(const std::string& msgid) const;
  size_t size() const { return map_.size(); }

 private:
  std::unordered_map<std::string, std::string> map_;
};

}  // namespace kronika
