import { useQuery } from "@apollo/client/react";
import { SiteSettingsDocument } from "@ocop/schema/public";
import { siteScopeValues, type SiteScopeValues } from "@ocop/schema/site-texts";
import { useLang } from "../i18n/i18n";

/**
 * The ICU values of every text that names the site's provinces (`{scope, select, one {…} two {…}
 * other {…}}` with `{provinces}` / `{provincesFull}`), in the page's language, from the settings
 * the header already asked for. Until they are known the texts name no province.
 */
export function useSiteScope(): SiteScopeValues {
  const lang = useLang();
  const { data } = useQuery(SiteSettingsDocument);
  return siteScopeValues(lang, data?.siteSettings.provinces);
}
