// Reads the city list that libgeonames embeds (GeoNames cities of 15,000+
// people, about 24,000) into plain structs.
//
// libgeonames stores each city as a GVariant tuple (geonameid, name, admin1
// code, admin1 name, country code, country name, time zone, population, lat,
// lon); its public getters do not expose the geonameid, so this reads the
// tuple's first child too. Slovenian and other names come from libgeonames'
// own gettext catalogs, keyed by geonameid (see MoCatalog).
//
// Thread-safety: ReadGeonamesCities may be called from any thread; it
// allocates and frees its own GVariants.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace kronika {

struct CityRecord {
  int64_t geonameid = 0;
  std::string name;          // English name as in GeoNames
  std::string country_code;  // ISO 3166-1 alpha-2
  std::string admin1;        // state or province name
  std::string timezone;
  uint32_t population = 0;
  double lat = 0, lon = 0;
};

std::vector<CityRecord> ReadGeonamesCities();

}  // namespace kronika
