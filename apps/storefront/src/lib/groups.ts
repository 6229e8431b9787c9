import { PRODUCT_GROUP_CODES, type ProductGroupCode } from "@ocop/schema/enums";

export { PRODUCT_GROUP_CODES, type ProductGroupCode };

export function isGroupCode(value: unknown): value is ProductGroupCode {
  return typeof value === "string" && (PRODUCT_GROUP_CODES as readonly string[]).includes(value);
}

/** The group of a category code: "TP-SC-2" → "TP"; null for anything unknown. */
export function groupOf(categoryCode: string | null | undefined): ProductGroupCode | null {
  const head = (categoryCode ?? "").split("-")[0];
  return isGroupCode(head) ? head : null;
}
