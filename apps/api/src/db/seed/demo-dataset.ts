import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { REPO_ROOT } from "../../config";

/** The Lạng Sơn demo dataset shipped in data/ (a copy of shared/data), as far as the seed reads it. */
export const DEMO_DATASET_PATH = path.join(REPO_ROOT, "data", "langson-ocop-demo.json");

const localized = { name_vi: z.string(), name_en: z.string().optional(), name_zh: z.string().optional() };

const datasetSchema = z.object({
  province: z.object({ code: z.string(), name: z.string(), full_name: z.string() }),
  communes: z.array(
    z.object({ code: z.string(), name: z.string(), full_name: z.string(), type: z.enum(["xa", "phuong", "dac_khu"]) }),
  ),
  categories: z.array(
    z.object({
      code: z.string(),
      ...localized,
      subgroups: z.array(z.object({ code: z.string(), group_vi: z.string().optional(), ...localized })),
    }),
  ),
  producers: z.array(
    z.object({
      name: z.string(),
      type: z.enum(["enterprise", "cooperative", "cooperative_group", "household", "public_body"]),
      commune: z.string(),
      province: z.string(),
      address_as_reported: z.string().nullish(),
      commune_inferred: z.boolean().optional(),
      type_inferred: z.boolean().optional(),
      description_vi: z.string().nullish(),
      sources: z.array(z.string()).default([]),
      illustrative: z.boolean().optional(),
    }),
  ),
  products: z.array(
    z.object({
      id: z.string(),
      ...localized,
      description_vi: z.string().nullish(),
      description_en: z.string().nullish(),
      description_zh: z.string().nullish(),
      category: z.string(),
      subgroup: z.string(),
      producer: z.string(),
      province: z.string(),
      stars: z.number().int().min(3).max(5),
      certified_on: z.string().nullish(),
      year: z.number().int().nullish(),
      decision_no: z.string().nullish(),
      score: z.number().int().nullish(),
      criteria_version: z.string().nullish(),
      star_history: z.array(z.object({ year: z.number().int().nullable(), stars: z.number().int() })).optional(),
      verification: z.string().optional(),
      sources: z.array(z.string()).default([]),
      note: z.string().optional(),
      illustrative: z.boolean().optional(),
    }),
  ),
  showcase_event: z.object({
    ...localized,
    date: z.string(),
    organizer: z.string().optional(),
    chair: z.string().optional(),
    venue: z.object({ name: z.string(), address: z.string(), ward_code: z.string().optional() }),
    display_tables_illustrative: z.boolean().optional(),
    display_tables: z.array(
      z.object({
        table_no: z.string(),
        commune_code: z.string(),
        product_ids: z.array(z.string()),
        note: z.string().optional(),
        illustrative: z.boolean().optional(),
      }),
    ),
  }),
  distributors: z.array(
    z.object({
      name: z.string(),
      name_zh: z.string().optional(),
      kind: z.enum(["distributor", "retail_chain", "ecommerce", "ocop_showroom", "export"]),
      website: z.string().nullable(),
      note: z.string().optional(),
      verified: z.boolean().optional(),
      illustrative: z.boolean().optional(),
    }),
  ),
});

export type DemoDataset = z.infer<typeof datasetSchema>;

export async function readDemoDataset(file = DEMO_DATASET_PATH): Promise<DemoDataset> {
  return datasetSchema.parse(JSON.parse(await readFile(file, "utf8")));
}
