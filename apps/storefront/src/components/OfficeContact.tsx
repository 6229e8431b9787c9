import { useQuery } from "@apollo/client/react";
import { dialablePhone } from "@ocop/schema/contact";
import { SiteSettingsDocument, type OfficeFieldsFragment } from "@ocop/schema/public";
import { useT } from "../i18n/i18n";

/**
 * How to reach an OCOP office: name, address, phone (tap to call), email and opening hours, each
 * left out when empty; nothing at all when all are. `office` names the office (beside a product's
 * connection form: the one that receives the request; null: none known); without it, the site
 * office from the settings.
 */
export function OfficeContact({
  headingId,
  className,
  office,
}: {
  headingId?: string;
  className?: string;
  office?: OfficeFieldsFragment | null;
}) {
  const t = useT();
  const { data } = useQuery(SiteSettingsDocument);
  const site = data?.siteSettings;
  const o: OfficeFieldsFragment | null | undefined =
    office !== undefined
      ? office
      : site && {
          name: site.officeName,
          address: site.officeAddress,
          phone: site.officePhone,
          email: site.officeEmail,
          hours: site.officeHours,
        };
  if (!o || !(o.name || o.address || o.phone || o.email || o.hours)) return null;
  return (
    <section className={className ?? "office-contact stack-sm"} aria-labelledby={headingId ?? "office-contact"}>
      <h2 id={headingId ?? "office-contact"}>{t("office.title")}</h2>
      {o.name && <p className="office-contact__name">{o.name}</p>}
      <dl className="facts facts--compact">
        {o.address && (
          <div>
            <dt>{t("producer.address")}</dt>
            <dd>{o.address}</dd>
          </div>
        )}
        {o.phone && (
          <div>
            <dt>{t("producer.phone")}</dt>
            <dd>
              <a href={`tel:${dialablePhone(o.phone)}`}>{o.phone}</a>
            </dd>
          </div>
        )}
        {o.email && (
          <div>
            <dt>{t("producer.email")}</dt>
            <dd>
              <a href={`mailto:${o.email}`}>{o.email}</a>
            </dd>
          </div>
        )}
        {o.hours && (
          <div>
            <dt>{t("office.hours")}</dt>
            <dd>{o.hours}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
