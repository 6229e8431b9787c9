import type { ProvinceOfficeFieldsFragment, ProvinceOfficeInput } from "@ocop/schema/admin";
import { provinceOfficeInputSchema } from "@ocop/schema/inputs";
import { formSchema, nullable, recordMapper, str } from "../../components/useVersionedForm";

export type ProvinceOfficeValues = { name: string; address: string; phone: string; email: string; hours: string };

export const PROVINCE_OFFICE_FIELDS = [
  "name",
  "address",
  "phone",
  "email",
  "hours",
] as const satisfies readonly (keyof ProvinceOfficeValues)[];

export const EMPTY_PROVINCE_OFFICE: ProvinceOfficeValues = { name: "", address: "", phone: "", email: "", hours: "" };

export function provinceOfficeValues(o: ProvinceOfficeFieldsFragment): ProvinceOfficeValues {
  return { name: str(o.name), address: str(o.address), phone: str(o.phone), email: str(o.email), hours: str(o.hours) };
}

export function provinceOfficeInput(v: ProvinceOfficeValues): ProvinceOfficeInput {
  return {
    name: nullable(v.name),
    address: nullable(v.address),
    phone: nullable(v.phone),
    email: nullable(v.email),
    hours: nullable(v.hours),
  };
}

export const provinceOfficeFromRecord = recordMapper<ProvinceOfficeValues>({
  name: [],
  address: [],
  phone: [],
  email: [],
  hours: [],
});

export const provinceOfficeFormSchema = formSchema(provinceOfficeInput, provinceOfficeInputSchema);
