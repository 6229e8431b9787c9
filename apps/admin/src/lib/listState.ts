// The codecs live in @ocop/schema so that the API reads a list's URL exactly as the admin writes it
// (the spreadsheet exports take the list's own URL parameters).
export * from "@ocop/schema/list-state";
