import type { SiteSettingsFieldsFragment, SiteSettingsInput } from "@ocop/schema/admin";
import type { Language } from "@ocop/schema/enums";
import { siteSettingsInputSchema } from "@ocop/schema/inputs";
import { formSchema, nullable, str } from "../../components/useVersionedForm";

export type SettingsValues = {
  siteName: string;
  officeName: string;
  officeAddress: string;
  officePhone: string;
  officeEmail: string;
  officeHours: string;
  /** The chosen province codes, sorted and joined by commas (form values are text). */
  provinces: string;
  defaultLanguage: string;
};

export const SETTINGS_FIELDS = [
  "siteName",
  "officeName",
  "officeAddress",
  "officePhone",
  "officeEmail",
  "officeHours",
  "provinces",
  "defaultLanguage",
] as const satisfies readonly (keyof SettingsValues)[];

export const EMPTY_SETTINGS: SettingsValues = {
  siteName: "",
  officeName: "",
  officeAddress: "",
  officePhone: "",
  officeEmail: "",
  officeHours: "",
  provinces: "",
  defaultLanguage: "vi",
};

/** The form's text for a list of province codes (one order, so the same choice is never a change). */
export const provincesText = (codes: readonly string[]) => [...codes].sort().join(",");
/** The province codes of the form's text. */
export const provinceCodes = (text: string) => (text ? text.split(",") : []);

export function settingsValues(s: SiteSettingsFieldsFragment): SettingsValues {
  return {
    siteName: str(s.siteName),
    officeName: str(s.officeName),
    officeAddress: str(s.officeAddress),
    officePhone: str(s.officePhone),
    officeEmail: str(s.officeEmail),
    officeHours: str(s.officeHours),
    provinces: provincesText(s.provinces),
    defaultLanguage: s.defaultLanguage,
  };
}

export function settingsInput(
  v: SettingsValues,
): SiteSettingsInput & { provinces: string[]; defaultLanguage: Language } {
  return {
    siteName: nullable(v.siteName),
    officeName: nullable(v.officeName),
    officeAddress: nullable(v.officeAddress),
    officePhone: nullable(v.officePhone),
    officeEmail: nullable(v.officeEmail),
    officeHours: nullable(v.officeHours),
    provinces: provinceCodes(v.provinces),
    // Any other text is the input schema's to refuse (notAllowedValue), not the type checker's.
    defaultLanguage: v.defaultLanguage as Language,
  };
}

/** The form's values of a record as a CONFLICT answer carries it (the record's own field names). */
export function settingsFromRecord(record: Record<string, unknown>): Partial<SettingsValues> {
  const out: Partial<SettingsValues> = {};
  for (const field of SETTINGS_FIELDS) {
    if (!(field in record)) continue;
    const value = record[field];
    out[field] = field === "provinces" && Array.isArray(value) ? provincesText(value.map(String)) : str(value);
  }
  return out;
}

export const settingsFormSchema = formSchema(settingsInput, siteSettingsInputSchema);
