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
import {
  CONTACT_MAPPER,
  CONTACT_VALUE_FIELDS,
  EMPTY_CONTACT,
  type ContactValues,
  contactInput,
  contactValues,
} from "../../lib/contact";

export type ProducerValues = ContactValues & {
  name: string;
  type: string;
  communeCode: string;
  provinceCode: string;
  addressAsReported: string;
  internalNote: string;
  descriptionVi: string;
  descriptionEn: string;
  descriptionZh: string;
  productionCapacity: string;
  minimumOrder: string;
  packaging: string;
  shelfLife: string;
  standards: string;
  productionCapacityEn: string;
  productionCapacityZh: string;
  minimumOrderEn: string;
  minimumOrderZh: string;
  packagingEn: string;
  packagingZh: string;
  shelfLifeEn: string;
  shelfLifeZh: string;
  standardsEn: string;
  standardsZh: string;
  latitude: string;
  longitude: string;
};

export const PRODUCER_FIELDS = [
  "name",
  "type",
  "communeCode",
  "provinceCode",
  "addressAsReported",
  "internalNote",
  "descriptionVi",
  "descriptionEn",
  "descriptionZh",
  ...CONTACT_VALUE_FIELDS,
  "productionCapacity",
  "minimumOrder",
  "packaging",
  "shelfLife",
  "standards",
  "productionCapacityEn",
  "productionCapacityZh",
  "minimumOrderEn",
  "minimumOrderZh",
  "packagingEn",
  "packagingZh",
  "shelfLifeEn",
  "shelfLifeZh",
  "standardsEn",
  "standardsZh",
  "latitude",
  "longitude",
] as const satisfies readonly (keyof ProducerValues)[];

/** Lạng Sơn (province code 20): the catalogue's province. */
export const DEFAULT_PROVINCE_CODE = "20";

export const EMPTY_PRODUCER: ProducerValues = {
  ...EMPTY_CONTACT,
  name: "",
  type: "",
  communeCode: "",
  provinceCode: DEFAULT_PROVINCE_CODE,
  addressAsReported: "",
  internalNote: "",
  descriptionVi: "",
  descriptionEn: "",
  descriptionZh: "",
  productionCapacity: "",
  minimumOrder: "",
  packaging: "",
  shelfLife: "",
  standards: "",
  productionCapacityEn: "",
  productionCapacityZh: "",
  minimumOrderEn: "",
  minimumOrderZh: "",
  packagingEn: "",
  packagingZh: "",
  shelfLifeEn: "",
  shelfLifeZh: "",
  standardsEn: "",
  standardsZh: "",
  latitude: "",
  longitude: "",
};

export function producerValues(p: ProducerEditFieldsFragment): ProducerValues {
  return {
    ...contactValues(p),
    name: p.name,
    type: p.type,
    communeCode: p.commune?.code ?? "",
    provinceCode: p.province.code,
    addressAsReported: str(p.addressAsReported),
    internalNote: str(p.internalNote),
    descriptionVi: str(p.descriptionVi),
    descriptionEn: str(p.descriptionEn),
    descriptionZh: str(p.descriptionZh),
    productionCapacity: str(p.productionCapacity),
    minimumOrder: str(p.minimumOrder),
    packaging: str(p.packaging),
    shelfLife: str(p.shelfLife),
    standards: str(p.standards),
    productionCapacityEn: str(p.productionCapacityEn),
    productionCapacityZh: str(p.productionCapacityZh),
    minimumOrderEn: str(p.minimumOrderEn),
    minimumOrderZh: str(p.minimumOrderZh),
    packagingEn: str(p.packagingEn),
    packagingZh: str(p.packagingZh),
    shelfLifeEn: str(p.shelfLifeEn),
    shelfLifeZh: str(p.shelfLifeZh),
    standardsEn: str(p.standardsEn),
    standardsZh: str(p.standardsZh),
    latitude: str(p.latitude),
    longitude: str(p.longitude),
  };
}

export function producerInput(v: ProducerValues): ProducerInput {
  return {
    ...contactInput(v),
    name: v.name.trim(),
    type: v.type as ProducerType,
    communeCode: nullable(v.communeCode),
    provinceCode: v.provinceCode || DEFAULT_PROVINCE_CODE,
    addressAsReported: nullable(v.addressAsReported),
    internalNote: nullable(v.internalNote),
    descriptionVi: nullable(v.descriptionVi),
    descriptionEn: nullable(v.descriptionEn),
    descriptionZh: nullable(v.descriptionZh),
    productionCapacity: nullable(v.productionCapacity),
    minimumOrder: nullable(v.minimumOrder),
    packaging: nullable(v.packaging),
    shelfLife: nullable(v.shelfLife),
    standards: nullable(v.standards),
    productionCapacityEn: nullable(v.productionCapacityEn),
    productionCapacityZh: nullable(v.productionCapacityZh),
    minimumOrderEn: nullable(v.minimumOrderEn),
    minimumOrderZh: nullable(v.minimumOrderZh),
    packagingEn: nullable(v.packagingEn),
    packagingZh: nullable(v.packagingZh),
    shelfLifeEn: nullable(v.shelfLifeEn),
    shelfLifeZh: nullable(v.shelfLifeZh),
    standardsEn: nullable(v.standardsEn),
    standardsZh: nullable(v.standardsZh),
    latitude: floatOrNull(v.latitude),
    longitude: floatOrNull(v.longitude),
  };
}

export const producerFromRecord = recordMapper<ProducerValues>({
  ...CONTACT_MAPPER,
  name: [],
  type: [],
  communeCode: ["communeCode", "commune.code"],
  provinceCode: ["provinceCode", "province.code"],
  addressAsReported: [],
  internalNote: [],
  descriptionVi: [],
  descriptionEn: [],
  descriptionZh: [],
  productionCapacity: [],
  minimumOrder: [],
  packaging: [],
  shelfLife: [],
  standards: [],
  productionCapacityEn: [],
  productionCapacityZh: [],
  minimumOrderEn: [],
  minimumOrderZh: [],
  packagingEn: [],
  packagingZh: [],
  shelfLifeEn: [],
  shelfLifeZh: [],
  standardsEn: [],
  standardsZh: [],
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
