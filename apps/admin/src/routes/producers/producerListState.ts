// Shared with the API, whose spreadsheet export reads the same URL parameters.
export { PRODUCER_SORTS, PRODUCER_TYPES, producerFilter, producerListState } from "@ocop/schema/lists";
