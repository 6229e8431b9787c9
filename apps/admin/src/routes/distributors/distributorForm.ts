import { defineRecord } from "../../components/useRecordEditor";
import {
  AdminDistributorEditDocument,
  CreateDistributorDocument,
  DeleteDistributorDocument,
  type DistributorEditFieldsFragment,
  type DistributorInput,
  type DistributorKind,
  UpdateDistributorDocument,
} from "@ocop/schema/admin";
import { distributorInputSchema } from "@ocop/schema/inputs";
import { formSchema, nullable, recordMapper, str } from "../../components/useVersionedForm";
import {
  CONTACT_MAPPER,
  CONTACT_VALUE_FIELDS,
  EMPTY_CONTACT,
  type ContactValues,
  contactInput,
  contactValues,
} from "../../lib/contact";

export type DistributorValues = ContactValues & {
  nameVi: string;
  nameEn: string;
  nameZh: string;
  kind: string;
  descriptionVi: string;
  descriptionEn: string;
  descriptionZh: string;
  internalNote: string;
  verified: boolean;
};

export const DISTRIBUTOR_FIELDS = [
  "nameVi",
  "nameEn",
  "nameZh",
  "kind",
  "descriptionVi",
  "descriptionEn",
  "descriptionZh",
  "internalNote",
  ...CONTACT_VALUE_FIELDS,
  "verified",
] as const;
export const DISTRIBUTOR_KINDS: readonly DistributorKind[] = [
  "DISTRIBUTOR",
  "RETAIL_CHAIN",
  "ECOMMERCE",
  "OCOP_SHOWROOM",
  "EXPORT",
];

export const EMPTY_DISTRIBUTOR: DistributorValues = {
  ...EMPTY_CONTACT,
  nameVi: "",
  nameEn: "",
  nameZh: "",
  kind: "",
  descriptionVi: "",
  descriptionEn: "",
  descriptionZh: "",
  internalNote: "",
  verified: false,
};

export function distributorValues(d: DistributorEditFieldsFragment): DistributorValues {
  return {
    ...contactValues(d),
    nameVi: d.nameVi,
    nameEn: str(d.nameEn),
    nameZh: str(d.nameZh),
    kind: d.kind,
    descriptionVi: str(d.descriptionVi),
    descriptionEn: str(d.descriptionEn),
    descriptionZh: str(d.descriptionZh),
    internalNote: str(d.internalNote),
    verified: d.verified,
  };
}

export function distributorInput(v: DistributorValues): DistributorInput {
  return {
    ...contactInput(v),
    nameVi: v.nameVi.trim(),
    nameEn: nullable(v.nameEn),
    nameZh: nullable(v.nameZh),
    kind: v.kind as DistributorKind,
    descriptionVi: nullable(v.descriptionVi),
    descriptionEn: nullable(v.descriptionEn),
    descriptionZh: nullable(v.descriptionZh),
    internalNote: nullable(v.internalNote),
    verified: v.verified,
  };
}

export const distributorFromRecord = recordMapper<DistributorValues>({
  ...CONTACT_MAPPER,
  nameVi: [],
  nameEn: [],
  nameZh: [],
  kind: [],
  descriptionVi: [],
  descriptionEn: [],
  descriptionZh: [],
  internalNote: [],
  verified: [],
});

/** What the form may send: the API's distributor rule, over the input the form makes. */
export const distributorFormSchema = formSchema(distributorInput, distributorInputSchema);

/** A distributor's documents, list route and form mappers, for its edit page's record editor. */
export const distributorRecord = defineRecord({
  documents: {
    load: AdminDistributorEditDocument,
    create: CreateDistributorDocument,
    update: UpdateDistributorDocument,
    remove: DeleteDistributorDocument,
  },
  listPath: "/distributors",
  empty: EMPTY_DISTRIBUTOR,
  fields: DISTRIBUTOR_FIELDS,
  schema: distributorFormSchema,
  fromRecord: distributorFromRecord,
  values: distributorValues,
  input: distributorInput,
});
