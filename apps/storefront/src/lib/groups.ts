import { PRODUCT_GROUP_CODES, type ProductGroupCode } from "@ocop/schema/enums";

export { PRODUCT_GROUP_CODES, type ProductGroupCode };

/** Colours of the six groups (placeholders, chips). Each passes 4.5:1 with white text. */
export const GROUP_COLORS: Record<ProductGroupCode, { fg: string; bg: string }> = {
  TP: { fg: "#9a3412", bg: "#ffedd5" },
  DU: { fg: "#1e40af", bg: "#dbeafe" },
  DL: { fg: "#166534", bg: "#dcfce7" },
  TC: { fg: "#7c2d12", bg: "#f5e6d3" },
  SV: { fg: "#9d174d", bg: "#fce7f3" },
  DV: { fg: "#115e59", bg: "#ccfbf1" },
};

export function isGroupCode(value: unknown): value is ProductGroupCode {
  return typeof value === "string" && (PRODUCT_GROUP_CODES as readonly string[]).includes(value);
}

/** The group of a category code: "TP-SC-2" → "TP"; null for anything unknown. */
export function groupOf(categoryCode: string | null | undefined): ProductGroupCode | null {
  const head = (categoryCode ?? "").split("-")[0];
  return isGroupCode(head) ? head : null;
}
