import { defineRecord } from "../../components/useRecordEditor";
import {
  AdminProducerEditDocument,
  CreateProducerDocument,
  DeleteProducerDocument,
  type ProducerEditFieldsFragment,
  type ProducerInput,
  type ProducerType,
  UpdateProducerDocument,
} from "@ocop/schema/admin";
import { producerInputSchema } from "@ocop/schema/inputs";
import { floatOrNull, formSchema, nullable, recordMapper, str } from "../../components/useVersionedForm";

export type ProducerValues = {
  name: string;
  type: string;
  communeCode: string;
  provinceCode: string;
  addressAsReported: string;
  address: string;
  descriptionVi: string;
  descriptionEn: string;
  descriptionZh: string;
  website: string;
  email: string;
  phone: string;
  contactPublished: boolean;
  latitude: string;
  longitude: string;
};

export const PRODUCER_FIELDS = [
  "name",
  "type",
  "communeCode",
  "provinceCode",
  "addressAsReported",
  "address",
  "descriptionVi",
  "descriptionEn",
  "descriptionZh",
  "website",
  "email",
  "phone",
  "contactPublished",
  "latitude",
  "longitude",
] as const satisfies readonly (keyof ProducerValues)[];

/** Lạng Sơn (province code 20): the catalogue's province. */
export const DEFAULT_PROVINCE_CODE = "20";

export const EMPTY_PRODUCER: ProducerValues = {
  name: "",
  type: "",
  communeCode: "",
  provinceCode: DEFAULT_PROVINCE_CODE,
  addressAsReported: "",
  address: "",
  descriptionVi: "",
  descriptionEn: "",
  descriptionZh: "",
  website: "",
  email: "",
  phone: "",
  contactPublished: false,
  latitude: "",
  longitude: "",
};

export function producerValues(p: ProducerEditFieldsFragment): ProducerValues {
  return {
    name: p.name,
    type: p.type,
    communeCode: p.commune?.code ?? "",
    provinceCode: p.province.code,
    addressAsReported: str(p.addressAsReported),
    address: str(p.address),
    descriptionVi: str(p.descriptionVi),
    descriptionEn: str(p.descriptionEn),
    descriptionZh: str(p.descriptionZh),
    website: str(p.website),
    email: str(p.email),
    phone: str(p.phone),
    contactPublished: p.contactPublished,
    latitude: str(p.latitude),
    longitude: str(p.longitude),
  };
}

export function producerInput(v: ProducerValues): ProducerInput {
  return {
    name: v.name.trim(),
    type: v.type as ProducerType,
    communeCode: nullable(v.communeCode),
    provinceCode: v.provinceCode || DEFAULT_PROVINCE_CODE,
    addressAsReported: nullable(v.addressAsReported),
    address: nullable(v.address),
    descriptionVi: nullable(v.descriptionVi),
    descriptionEn: nullable(v.descriptionEn),
    descriptionZh: nullable(v.descriptionZh),
    website: nullable(v.website),
    email: nullable(v.email),
    phone: nullable(v.phone),
    contactPublished: v.contactPublished,
    latitude: floatOrNull(v.latitude),
    longitude: floatOrNull(v.longitude),
  };
}

export const producerFromRecord = recordMapper<ProducerValues>({
  name: [],
  type: [],
  communeCode: ["communeCode", "commune.code"],
  provinceCode: ["provinceCode", "province.code"],
  addressAsReported: [],
  address: [],
  descriptionVi: [],
  descriptionEn: [],
  descriptionZh: [],
  website: [],
  email: [],
  phone: [],
  contactPublished: [],
  latitude: [],
  longitude: [],
});

/** What the form may send: the API's producer rule, over the input the form makes. */
export const producerFormSchema = formSchema(producerInput, producerInputSchema);

/** A producer's documents, list route and form mappers, for its edit page's record editor. */
export const producerRecord = defineRecord({
  documents: {
    load: AdminProducerEditDocument,
    create: CreateProducerDocument,
    update: UpdateProducerDocument,
    remove: DeleteProducerDocument,
  },
  listPath: "/producers",
  empty: EMPTY_PRODUCER,
  fields: PRODUCER_FIELDS,
  schema: producerFormSchema,
  fromRecord: producerFromRecord,
  values: producerValues,
  input: producerInput,
});
