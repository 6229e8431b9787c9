// Shared with the API, whose spreadsheet export reads the same URL parameters.
export {
  EXPIRY_WINDOWS,
  PRODUCT_SORTS,
  PRODUCT_STATUSES,
  productFilter,
  productListState,
  type ProductListState,
} from "@ocop/schema/lists";
