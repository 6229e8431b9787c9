import type { SiteSettingsFieldsFragment, SiteSettingsInput } from "@ocop/schema/admin";
import { siteSettingsInputSchema } from "@ocop/schema/inputs";
import { formSchema, nullable, recordMapper, str } from "../../components/useVersionedForm";

export type SettingsValues = {
  siteName: string;
  officeName: string;
  officeAddress: string;
  officePhone: string;
  officeEmail: string;
  officeHours: string;
};

export const SETTINGS_FIELDS = [
  "siteName",
  "officeName",
  "officeAddress",
  "officePhone",
  "officeEmail",
  "officeHours",
] as const satisfies readonly (keyof SettingsValues)[];

export const EMPTY_SETTINGS: SettingsValues = {
  siteName: "",
  officeName: "",
  officeAddress: "",
  officePhone: "",
  officeEmail: "",
  officeHours: "",
};

export function settingsValues(s: SiteSettingsFieldsFragment): SettingsValues {
  return {
    siteName: str(s.siteName),
    officeName: str(s.officeName),
    officeAddress: str(s.officeAddress),
    officePhone: str(s.officePhone),
    officeEmail: str(s.officeEmail),
    officeHours: str(s.officeHours),
  };
}

export function settingsInput(v: SettingsValues): SiteSettingsInput {
  return {
    siteName: nullable(v.siteName),
    officeName: nullable(v.officeName),
    officeAddress: nullable(v.officeAddress),
    officePhone: nullable(v.officePhone),
    officeEmail: nullable(v.officeEmail),
    officeHours: nullable(v.officeHours),
  };
}

export const settingsFromRecord = recordMapper<SettingsValues>({
  siteName: [],
  officeName: [],
  officeAddress: [],
  officePhone: [],
  officeEmail: [],
  officeHours: [],
});

export const settingsFormSchema = formSchema(settingsInput, siteSettingsInputSchema);
