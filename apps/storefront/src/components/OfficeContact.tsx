import { useQuery } from "@apollo/client/react";
import { dialablePhone } from "@ocop/schema/contact";
import { SiteSettingsDocument } from "@ocop/schema/public";
import { useT } from "../i18n/i18n";

/**
 * How to reach the office that runs the site, from its settings: name, address, phone (tap to
 * call), email and opening hours, each left out when empty; nothing at all when all are.
 */
export function OfficeContact({ headingId, className }: { headingId?: string; className?: string }) {
  const t = useT();
  const { data } = useQuery(SiteSettingsDocument);
  const s = data?.siteSettings;
  if (!s || !(s.officeName || s.officeAddress || s.officePhone || s.officeEmail || s.officeHours)) return null;
  return (
    <section className={className ?? "office-contact stack-sm"} aria-labelledby={headingId ?? "office-contact"}>
      <h2 id={headingId ?? "office-contact"}>{t("office.title")}</h2>
      {s.officeName && <p className="office-contact__name">{s.officeName}</p>}
      <dl className="facts facts--compact">
        {s.officeAddress && (
          <div>
            <dt>{t("producer.address")}</dt>
            <dd>{s.officeAddress}</dd>
          </div>
        )}
        {s.officePhone && (
          <div>
            <dt>{t("producer.phone")}</dt>
            <dd>
              <a href={`tel:${dialablePhone(s.officePhone)}`}>{s.officePhone}</a>
            </dd>
          </div>
        )}
        {s.officeEmail && (
          <div>
            <dt>{t("producer.email")}</dt>
            <dd>
              <a href={`mailto:${s.officeEmail}`}>{s.officeEmail}</a>
            </dd>
          </div>
        )}
        {s.officeHours && (
          <div>
            <dt>{t("office.hours")}</dt>
            <dd>{s.officeHours}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
