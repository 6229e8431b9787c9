import { CONTACT_FIELDS, type ContactField } from "@ocop/schema/inputs";
import { nullable, str } from "../components/useVersionedForm";

/** The contact fields of a producer's or distributor's form, each with its public switch. */
export type ContactValues = { [F in ContactField]: string } & { [F in ContactField as `${F}Public`]: boolean };

/** A record's contact fields as the staff API gives them. */
export type ContactRecord = { [F in ContactField]: string | null } & { [F in ContactField as `${F}Public`]: boolean };

export const publicSwitchOf = (field: ContactField) => `${field}Public` as const;

/** The form's contact field names, each followed by its switch. */
export const CONTACT_VALUE_FIELDS = CONTACT_FIELDS.flatMap((f) => [f, publicSwitchOf(f)] as const);

/** A new record's contact: nothing public but the website (as the API's rule defaults it). */
export const EMPTY_CONTACT: ContactValues = {
  contactPerson: "",
  contactPersonPublic: false,
  phone: "",
  phonePublic: false,
  zalo: "",
  zaloPublic: false,
  email: "",
  emailPublic: false,
  website: "",
  websitePublic: true,
  address: "",
  addressPublic: false,
};

export function contactValues(r: ContactRecord): ContactValues {
  const out = { ...EMPTY_CONTACT };
  for (const f of CONTACT_FIELDS) {
    out[f] = str(r[f]);
    out[publicSwitchOf(f)] = r[publicSwitchOf(f)];
  }
  return out;
}

export function contactInput(v: ContactValues): ContactRecord {
  const out = {} as ContactRecord;
  for (const f of CONTACT_FIELDS) {
    out[f] = nullable(v[f]);
    out[publicSwitchOf(f)] = v[publicSwitchOf(f)];
  }
  return out;
}

/** recordMapper entries for the contact fields (a conflict's current record has the same names). */
export const CONTACT_MAPPER: { [K in keyof ContactValues]: string[] } = Object.fromEntries(
  CONTACT_VALUE_FIELDS.map((f) => [f, []]),
) as unknown as { [K in keyof ContactValues]: string[] };
