// Shared with the API, whose spreadsheet export reads the same URL parameters.
export {
  CERTIFICATE_FILTERS,
  COMPLETENESS_ISSUES,
  EXPIRY_WINDOWS,
  PRODUCT_SORTS,
  PRODUCT_STATUSES,
  productFilter,
  productListState,
  type ProductListState,
} from "@ocop/schema/lists";
