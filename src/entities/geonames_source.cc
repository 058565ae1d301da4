#include "entities/geonames_source.h"

#include <geonames.h>

#include <cstdlib>

namespace kronika {

std::vector<CityRecord> ReadGeonamesCities() {
  std::vector<CityRecord> out;
  int n = geonames_get_n_cities();
  out.reserve(n > 0 ? n : 0);
  for (int i = 0; i < n; ++i) {
    CityRecord c;
    ::GeonamesCity* v = geonames_get_city(i);
    if (!v) continue;
    const gchar* id = nullptr;
    const gchar* name = nullptr;
    g_variant_get_child(v, 0, "&s", &id);
    g_variant_get_child(v, 1, "&s", &name);
    c.geonameid = id ? std::atoll(id) : 0;
    c.name = name ? name : "";
    if (const char* s = geonames_city_get_country_code(v)) c.country_code = s;
    if (const char* s = geonames_city_get_state(v)) c.admin1 = s;
    if (const char* s = geonames_city_get_timezone(v)) c.timezone = s;
    c.population = geonames_city_get_population(v);
    c.lat = geonames_city_get_latitude(v);
    c.lon = geonames_city_get_longitude(v);
    geonames_city_free(v);
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace kronika
