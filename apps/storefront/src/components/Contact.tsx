import { dialablePhone, zaloUrl } from "@ocop/schema/contact";
import { useT } from "../i18n/i18n";

/** Contact fields as the public API gives them: null unless the owner made them public. */
export interface PublicContact {
  contactPerson?: string | null;
  phone: string | null;
  zalo?: string | null;
  email: string | null;
  website: string | null;
  address: string | null;
  addressAsReported?: string | null;
}

/** Whether the owner published any contact field (the API gives the others as null). */
export function showsAnyContact(contact: PublicContact): boolean {
  const { contactPerson, phone, zalo, email, website, address } = contact;
  return [contactPerson, phone, zalo, email, website, address].some(Boolean);
}

/** "https://htx.example.vn/" → "htx.example.vn" */
const bareHost = (url: string) => url.replace(/^https?:\/\//, "").replace(/\/$/, "");

/**
 * The contact data a producer or distributor chose to publish (rows of a <dl>), as links a phone
 * opens: tap to call, chat on Zalo, write an email, visit the website. Empty ones are left out;
 * `empty` says what to show when nothing is published.
 */
export function Contact({ contact, empty }: { contact: PublicContact; empty?: string }) {
  const t = useT();
  const zalo = contact.zalo ? zaloUrl(contact.zalo) : null;
  const reachable = contact.phone || zalo || contact.email || contact.website;
  return (
    <>
      {contact.contactPerson && (
        <div>
          <dt>{t("contact.person")}</dt>
          <dd>{contact.contactPerson}</dd>
        </div>
      )}
      {contact.phone && (
        <div>
          <dt>{t("producer.phone")}</dt>
          <dd>
            <a href={`tel:${dialablePhone(contact.phone)}`}>{contact.phone}</a>
          </dd>
        </div>
      )}
      {zalo && contact.zalo && (
        <div>
          <dt>{t("contact.zalo")}</dt>
          <dd>
            <a href={zalo} target="_blank" rel="noopener">
              {t("contact.zaloChat", { id: contact.zalo })}
              <span className="visually-hidden"> ({t("link.newTab")})</span>
            </a>
          </dd>
        </div>
      )}
      {contact.email && (
        <div>
          <dt>{t("producer.email")}</dt>
          <dd>
            <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </dd>
        </div>
      )}
      {contact.website && (
        <div>
          <dt>{t("producer.website")}</dt>
          <dd>
            <a href={contact.website} target="_blank" rel="noopener">
              {bareHost(contact.website)}
              <span className="visually-hidden"> ({t("link.newTab")})</span>
            </a>
          </dd>
        </div>
      )}
      {contact.address && (
        <div>
          <dt>{t("producer.address")}</dt>
          <dd>{contact.address}</dd>
        </div>
      )}
      {contact.addressAsReported && contact.addressAsReported !== contact.address && (
        <div>
          <dt>{t("producer.addressAsReported")}</dt>
          <dd>{contact.addressAsReported}</dd>
        </div>
      )}
      {!reachable && empty && (
        <div>
          <dt>{t("producer.contact")}</dt>
          <dd>{empty}</dd>
        </div>
      )}
    </>
  );
}

/** What a buyer asks a producer first (rows of a <dl>); empty ones are left out. */
export function BuyerInfo({
  producer,
}: {
  producer: {
    productionCapacity: string | null;
    minimumOrder: string | null;
    packaging: string | null;
    shelfLife: string | null;
    standards: string | null;
  };
}) {
  const t = useT();
  const rows = [
    ["buyer.productionCapacity", producer.productionCapacity],
    ["buyer.minimumOrder", producer.minimumOrder],
    ["buyer.packaging", producer.packaging],
    ["buyer.shelfLife", producer.shelfLife],
    ["buyer.standards", producer.standards],
  ] as const;
  return (
    <>
      {rows.map(([label, value]) =>
        value ? (
          <div key={label}>
            <dt>{t(label)}</dt>
            <dd>{value}</dd>
          </div>
        ) : null,
      )}
    </>
  );
}

/** Whether a producer answered any of a buyer's first questions. */
export function hasBuyerInfo(p: Parameters<typeof BuyerInfo>[0]["producer"]): boolean {
  return Boolean(p.productionCapacity || p.minimumOrder || p.packaging || p.shelfLife || p.standards);
}
