import { InitialSchema1764000000000 } from "./1764000000000-initial-schema";
import { ProductListingIndex1764100000000 } from "./1764100000000-product-listing-index";
import { HanNameIndex1764200000000 } from "./1764200000000-han-name-index";
import { GeneratedColumnMetadata1764310000000 } from "./1764310000000-generated-column-metadata";
import { ContactsAndSiteSettings1765100000000 } from "./1765100000000-contacts-and-site-settings";
import { MailOutbox1765200000000 } from "./1765200000000-mail-outbox";
import { ConnectionRequestJourney1765300000000 } from "./1765300000000-connection-request-journey";
import { CertificateVoiding1765500000000 } from "./1765500000000-certificate-voiding";
import { TranslatableTexts1766300000001 } from "./1766300000001-translatable-texts";
import { DecisionNumberSearchIndex1766400000001 } from "./1766400000001-decision-number-search-index";
import { InternalNotes1766100000001 } from "./1766100000001-internal-notes";
import { SiteLogoSize1766600000001 } from "./1766600000001-site-logo-size";
import { SiteProvinces1766000000001 } from "./1766000000001-site-provinces";
import { TourismPlace1766500000001 } from "./1766500000001-tourism-place";

// Migrations run in this order; each is written by hand and never changed once released: add a
// new one instead.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for migration classes
export const migrations: Function[] = [
  InitialSchema1764000000000,
  ProductListingIndex1764100000000,
  HanNameIndex1764200000000,
  GeneratedColumnMetadata1764310000000,
  ContactsAndSiteSettings1765100000000,
  MailOutbox1765200000000,
  ConnectionRequestJourney1765300000000,
  CertificateVoiding1765500000000,
  TranslatableTexts1766300000001,
  DecisionNumberSearchIndex1766400000001,
  InternalNotes1766100000001,
  SiteProvinces1766000000001,
  TourismPlace1766500000001,
  SiteLogoSize1766600000001,
];
