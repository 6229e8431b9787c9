import { useQuery } from "@apollo/client/react";
import { SiteSettingsDocument } from "@ocop/schema/public";
import { siteNameOr } from "@ocop/schema/site-texts";

/**
 * The site's name from its settings, or a neutral "OCOP" until they are known or when none is set.
 * The same query as the footer's office contact, so one request serves both. Not "cache-only": on
 * the server the first use of a query decides whether it is fetched, and the header comes first.
 */
export function useSiteName(): string {
  const { data } = useQuery(SiteSettingsDocument);
  return siteNameOr(data?.siteSettings.siteName);
}
