import { CONTACT_FIELDS, type ContactField } from "@ocop/schema/inputs";

/** A record with contact fields, each with its switch for the public site. */
export type WithContact = { [F in ContactField]: string | null } & { [F in ContactField as `${F}Public`]: boolean };

/** A contact field as the public sees it: its value when its switch is on, otherwise nothing. */
export function publicContactOf(record: WithContact, field: ContactField): string | null {
  return record[`${field}Public`] ? record[field] : null;
}

/** Whether the public site shows any contact field of the record. */
export function showsAnyContact(record: WithContact): boolean {
  return CONTACT_FIELDS.some((field) => publicContactOf(record, field) !== null);
}
