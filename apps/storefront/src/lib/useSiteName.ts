import { useQuery } from "@apollo/client/react";
import { SiteSettingsDocument } from "@ocop/schema/public";

/** What the site calls itself before its settings say: no province assumed. */
export const NEUTRAL_SITE_NAME = "OCOP";

/**
 * The site's name from its settings, or a neutral "OCOP" until they are known or when none is set.
 * The same query as the footer's office contact, so one request serves both. Not "cache-only": on
 * the server the first use of a query decides whether it is fetched, and the header comes first.
 */
export function useSiteName(): string {
  const { data } = useQuery(SiteSettingsDocument);
  return data?.siteSettings.siteName?.trim() || NEUTRAL_SITE_NAME;
}
