/** Where an audited record is edited in this app, by its entity type (as the API names it). */
export function entityHref(entityType: string, entityId: string): string | null {
  const type = entityType.replace(/[^a-z]/gi, "").toLowerCase();
  const id = encodeURIComponent(entityId);
  switch (type) {
    case "product":
      return `/products/${id}`;
    case "producer":
      return `/producers/${id}`;
    case "showcaseevent":
    case "event":
      return `/events/${id}`;
    case "distributor":
      return `/distributors/${id}`;
    case "sitesettings":
      return "/settings";
    default:
      return null;
  }
}

/** Entity types the audit filter offers (free text is accepted too). */
export const AUDIT_ENTITY_TYPES = [
  "Product",
  "Producer",
  "Certification",
  "ProductImage",
  "ShowcaseEvent",
  "ShowcaseTable",
  "Distributor",
  "DistributorLink",
  "ConnectionRequest",
  "StaffUser",
  "SearchSynonym",
  "SiteSettings",
] as const;
