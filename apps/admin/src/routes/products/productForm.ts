import { defineRecord } from "../../components/useRecordEditor";
import {
  AdminProductEditDocument,
  CreateProductDocument,
  DeleteProductDocument,
  type ProductEditFieldsFragment,
  type ProductInput,
  UpdateProductDocument,
} from "@ocop/schema/admin";
import { productInputSchema } from "@ocop/schema/inputs";
import { floatOrNull, formSchema, intOrNull, nullable, recordMapper, str } from "../../components/useVersionedForm";

export type ProductValues = {
  nameVi: string;
  nameEn: string;
  nameZh: string;
  descriptionVi: string;
  descriptionEn: string;
  descriptionZh: string;
  categoryCode: string;
  producerId: string;
  packaging: string;
  unit: string;
  priceMin: string;
  priceMax: string;
  seasons: string;
  placeAddress: string;
  openingHours: string;
  openingHoursEn: string;
  openingHoursZh: string;
  latitude: string;
  longitude: string;
  traceabilityUrl: string;
  internalNote: string;
  featured: boolean;
};

export const PRODUCT_FIELDS = [
  "nameVi",
  "nameEn",
  "nameZh",
  "descriptionVi",
  "descriptionEn",
  "descriptionZh",
  "categoryCode",
  "producerId",
  "packaging",
  "unit",
  "priceMin",
  "priceMax",
  "seasons",
  "placeAddress",
  "openingHours",
  "openingHoursEn",
  "openingHoursZh",
  "latitude",
  "longitude",
  "traceabilityUrl",
  "internalNote",
  "featured",
] as const satisfies readonly (keyof ProductValues)[];

export const EMPTY_PRODUCT: ProductValues = {
  nameVi: "",
  nameEn: "",
  nameZh: "",
  descriptionVi: "",
  descriptionEn: "",
  descriptionZh: "",
  categoryCode: "",
  producerId: "",
  packaging: "",
  unit: "",
  priceMin: "",
  priceMax: "",
  seasons: "",
  placeAddress: "",
  openingHours: "",
  openingHoursEn: "",
  openingHoursZh: "",
  latitude: "",
  longitude: "",
  traceabilityUrl: "",
  internalNote: "",
  featured: false,
};

export function productValues(p: ProductEditFieldsFragment): ProductValues {
  return {
    nameVi: p.nameVi,
    nameEn: str(p.nameEn),
    nameZh: str(p.nameZh),
    descriptionVi: str(p.descriptionVi),
    descriptionEn: str(p.descriptionEn),
    descriptionZh: str(p.descriptionZh),
    categoryCode: p.category.code,
    producerId: p.producer.id,
    packaging: str(p.packaging),
    unit: str(p.unit),
    priceMin: str(p.priceMin),
    priceMax: str(p.priceMax),
    seasons: str(p.seasons),
    placeAddress: str(p.placeAddress),
    openingHours: str(p.openingHours),
    openingHoursEn: str(p.openingHoursEn),
    openingHoursZh: str(p.openingHoursZh),
    latitude: str(p.latitude),
    longitude: str(p.longitude),
    traceabilityUrl: str(p.traceabilityUrl),
    internalNote: str(p.internalNote),
    featured: p.featured,
  };
}

export function productInput(v: ProductValues): ProductInput {
  return {
    nameVi: v.nameVi.trim(),
    nameEn: nullable(v.nameEn),
    nameZh: nullable(v.nameZh),
    descriptionVi: nullable(v.descriptionVi),
    descriptionEn: nullable(v.descriptionEn),
    descriptionZh: nullable(v.descriptionZh),
    categoryCode: v.categoryCode,
    producerId: v.producerId,
    packaging: nullable(v.packaging),
    unit: nullable(v.unit),
    priceMin: intOrNull(v.priceMin),
    priceMax: intOrNull(v.priceMax),
    seasons: nullable(v.seasons),
    placeAddress: nullable(v.placeAddress),
    openingHours: nullable(v.openingHours),
    openingHoursEn: nullable(v.openingHoursEn),
    openingHoursZh: nullable(v.openingHoursZh),
    latitude: floatOrNull(v.latitude),
    longitude: floatOrNull(v.longitude),
    traceabilityUrl: nullable(v.traceabilityUrl),
    internalNote: nullable(v.internalNote),
    featured: v.featured,
  };
}

/** extensions.current of a CONFLICT → form values (GraphQL shape or flat column names). */
export const productFromRecord = recordMapper<ProductValues>({
  nameVi: [],
  nameEn: [],
  nameZh: [],
  descriptionVi: [],
  descriptionEn: [],
  descriptionZh: [],
  categoryCode: ["categoryCode", "category.code"],
  producerId: ["producerId", "producer.id"],
  packaging: [],
  unit: [],
  priceMin: [],
  priceMax: [],
  seasons: [],
  placeAddress: [],
  openingHours: [],
  openingHoursEn: [],
  openingHoursZh: [],
  latitude: [],
  longitude: [],
  traceabilityUrl: [],
  internalNote: [],
  featured: [],
});

/** What the form may send: the API's product rule, over the input the form makes. */
export const productFormSchema = formSchema(productInput, productInputSchema);

/** A product's documents, list route and form mappers, for its edit page's record editor. */
export const productRecord = defineRecord({
  documents: {
    load: AdminProductEditDocument,
    create: CreateProductDocument,
    update: UpdateProductDocument,
    remove: DeleteProductDocument,
  },
  listPath: "/products",
  empty: EMPTY_PRODUCT,
  fields: PRODUCT_FIELDS,
  schema: productFormSchema,
  fromRecord: productFromRecord,
  values: productValues,
  input: productInput,
});
