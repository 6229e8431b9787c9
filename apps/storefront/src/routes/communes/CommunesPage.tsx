import { useQuery } from "@apollo/client/react";
import { CommunesPageDocument, SiteSettingsDocument, type CommunesPageQuery } from "@ocop/schema/public";
import { Link, useSearch } from "wouter";
import { usePlaceLabel } from "../../components/Place";
import { ErrorState, Loading } from "../../components/QueryState";
import { useLang, useT } from "../../i18n/i18n";
import { intlLocale } from "../../i18n/lang";
import { usePageMeta } from "../../lib/usePageMeta";
import { useSiteProvinces } from "../../lib/useSiteProvinces";
import { paths } from "@ocop/schema/routes";

/**
 * Up to this many provinces the page lists every unit under its province's heading (a few hundred
 * links); a national site's 3,000 would weigh down the first visit, so there each heading links to
 * its own province's list instead.
 */
const LISTED_PROVINCES = 4;

type Group = CommunesPageQuery["communesByProvince"][number];

export default function CommunesPage() {
  const t = useT();
  const search = new URLSearchParams(useSearch());
  const all = search.get("all") === "1";
  const asked = search.get("province");
  const chosen = asked && /^\d{2}$/.test(asked) ? asked : null;
  usePageMeta(t("communes.title"), t("communes.metaDescription"));
  // Whether to list the units depends on how many provinces the site has: wait for the settings
  // (the header's query, usually already answered) rather than ask for 3,000 units by mistake.
  const settings = useQuery(SiteSettingsDocument);
  const { provinces, several } = useSiteProvinces();
  const withUnits = chosen !== null || provinces.length <= LISTED_PROVINCES;
  const { data, previousData, error, loading, refetch } = useQuery(CommunesPageDocument, {
    variables: { withProducts: all ? null : true, provinceCode: chosen, withUnits },
    skip: settings.loading && !settings.data,
  });
  const shown = error ? undefined : (data ?? previousData);
  const groups = shown?.communesByProvince ?? [];

  return (
    <div className="container stack-lg">
      <h1>{t("communes.title")}</h1>
      <p className="lead">{t("communes.lead")}</p>
      <nav aria-label={t("communes.show")} className="segmented">
        <Link href={paths.communes({ province: chosen ?? undefined })} aria-current={!all ? "page" : undefined}>
          {t("communes.withProducts")}
        </Link>
        <Link
          href={paths.communes({ all: true, province: chosen ?? undefined })}
          aria-current={all ? "page" : undefined}
        >
          {t("communes.all")}
        </Link>
      </nav>
      {chosen && several && (
        <p>
          <Link href={paths.communes({ all })}>{t("communes.allProvinces")}</Link>
        </p>
      )}
      {error && !loading && <ErrorState error={error} onRetry={() => void refetch()} />}
      {!shown && (loading || settings.loading) && <Loading />}
      {shown && (
        <>
          <p role="status">{t("communes.count", { count: groups.reduce((sum, g) => sum + g.total, 0) })}</p>
          <div className="stack-lg" aria-busy={loading}>
            {groups.map((group) => (
              <ProvinceGroup key={group.province.code} group={group} all={all} several={several} />
            ))}
          </div>
        </>
      )}
    </div>
  );
}

/** One province: its heading with the counts, then its units (or, not listed, a link to them). */
function ProvinceGroup({ group, all, several }: { group: Group; all: boolean; several: boolean }) {
  const t = useT();
  const lang = useLang();
  const place = usePlaceLabel();
  const parts = [
    group.communes > 0 && t("communes.groupXa", { count: group.communes }),
    group.wards > 0 && t("communes.groupPhuong", { count: group.wards }),
    group.specialZones > 0 && t("communes.groupDacKhu", { count: group.specialZones }),
  ].filter((part): part is string => Boolean(part));
  const heading = t("communes.group", {
    province: group.province.name,
    count: group.total,
    parts: parts.join(t("communes.groupSeparator")),
  });
  const id = `province-${group.province.code}`;
  const units = group.units
    ? [...group.units].sort((a, b) => a.name.localeCompare(b.name, intlLocale(lang)))
    : undefined;
  return (
    <section aria-labelledby={id} className="stack-sm">
      <h2 id={id}>
        {units ? heading : <Link href={paths.communes({ all, province: group.province.code })}>{heading}</Link>}
      </h2>
      {units && (
        <ul className="unit-list" role="list">
          {units.map((u) => (
            <li key={u.code}>
              <Link href={paths.commune(u.code)} className="unit-item">
                {/* Out of its heading (a screen reader's list of links), the unit still says its province. */}
                <span className="unit-item__name">{place(u, several)}</span>
                <span className="unit-item__count">{t("count.products", { count: u.productCount })}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
