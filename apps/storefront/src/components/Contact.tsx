import { useT } from "../i18n/i18n";

/** The contact data a producer chose to publish (rows of a <dl>). */
export function Contact({
  producer,
}: {
  producer: {
    address: string | null;
    addressAsReported: string | null;
    phone: string | null;
    email: string | null;
    website: string | null;
  };
}) {
  const t = useT();
  return (
    <>
      {producer.address && (
        <div>
          <dt>{t("producer.address")}</dt>
          <dd>{producer.address}</dd>
        </div>
      )}
      {producer.addressAsReported && producer.addressAsReported !== producer.address && (
        <div>
          <dt>{t("producer.addressAsReported")}</dt>
          <dd>{producer.addressAsReported}</dd>
        </div>
      )}
      {producer.phone && (
        <div>
          <dt>{t("producer.phone")}</dt>
          <dd>
            <a href={`tel:${producer.phone.replace(/[^\d+]/g, "")}`}>{producer.phone}</a>
          </dd>
        </div>
      )}
      {producer.email && (
        <div>
          <dt>{t("producer.email")}</dt>
          <dd>
            <a href={`mailto:${producer.email}`}>{producer.email}</a>
          </dd>
        </div>
      )}
      {producer.website && (
        <div>
          <dt>{t("producer.website")}</dt>
          <dd>
            <a href={producer.website} target="_blank" rel="noopener">
              {producer.website.replace(/^https?:\/\//, "").replace(/\/$/, "")}
              <span className="visually-hidden"> ({t("link.newTab")})</span>
            </a>
          </dd>
        </div>
      )}
      {!producer.phone && !producer.email && !producer.website && (
        <div>
          <dt>{t("producer.contact")}</dt>
          <dd>{t("producer.noContact")}</dd>
        </div>
      )}
    </>
  );
}
