import { useQuery } from "@apollo/client/react";
import { SiteSettingsDocument } from "@ocop/schema/public";

export type SiteProvince = { code: string; name: string };

/**
 * The provinces whose products this site shows, from the site's settings (the same query as the
 * header and footer, so no extra request). `several` is the one switch every page reads to decide
 * whether a province must be named beside a product, producer or unit: on a one-province site it
 * would only repeat the site's name; on a national site it is what tells "Xã An Hòa" apart.
 */
export function useSiteProvinces(): { provinces: SiteProvince[]; several: boolean } {
  const { data } = useQuery(SiteSettingsDocument);
  const provinces = data?.siteSettings.provinces ?? [];
  return { provinces, several: provinces.length > 1 };
}
