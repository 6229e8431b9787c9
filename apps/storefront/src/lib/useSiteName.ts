import { useQuery } from "@apollo/client/react";
import { SiteSettingsDocument } from "@ocop/schema/public";

/** What the site calls itself before its settings say: no province assumed. */
export const NEUTRAL_SITE_NAME = "OCOP";

/**
 * The site's name from its settings (the layout's footer loads them on every page), or a neutral
 * "OCOP" until they are known or when none is set. Read from the cache only: it sends no request.
 */
export function useSiteName(): string {
  const { data } = useQuery(SiteSettingsDocument, { fetchPolicy: "cache-only" });
  return data?.siteSettings.siteName?.trim() || NEUTRAL_SITE_NAME;
}
