// The import answers in the staff member's language itself (the report is a download-like JSON, not
// a GraphQL error the admin translates), so its texts live here, in Vietnamese and English.

export type ImportLanguage = "vi" | "en";

/** The annex fields a row error can name (the admin shows them as column names). */
export type AnnexField =
  | "file"
  | "mapping"
  | "ordinal"
  | "product"
  | "producer"
  | "address"
  | "group"
  | "score"
  | "stars"
  | "decisionNumber"
  | "decisionDate"
  | "level"
  | "legalBasis"
  | "publish";

const FIELD_LABELS: Record<AnnexField, Record<ImportLanguage, string>> = {
  file: { vi: "tệp", en: "file" },
  mapping: { vi: "ánh xạ cột", en: "column mapping" },
  ordinal: { vi: "STT", en: "no." },
  product: { vi: "tên sản phẩm", en: "product name" },
  producer: { vi: "tên chủ thể", en: "producer" },
  address: { vi: "địa chỉ", en: "address" },
  group: { vi: "nhóm sản phẩm", en: "product group" },
  score: { vi: "số điểm", en: "score" },
  stars: { vi: "hạng sao", en: "stars" },
  decisionNumber: { vi: "số quyết định", en: "decision number" },
  decisionDate: { vi: "ngày quyết định", en: "decision date" },
  level: { vi: "cấp chứng nhận", en: "issuing level" },
  legalBasis: { vi: "căn cứ pháp lý", en: "legal basis" },
  publish: { vi: "công bố", en: "publish" },
};

type Params = Record<string, string | number>;
type Texts = Record<ImportLanguage, (p: Params) => string>;

const MESSAGES = {
  required: { vi: (p) => `Thiếu ${p.label}`, en: (p) => `The ${p.label} is missing` },
  fileMissing: {
    vi: () => "Hãy gửi tệp phụ lục trong trường `file`",
    en: () => "Attach the annex as the form field `file`",
  },
  fileUnreadable: {
    vi: () => "Không đọc được tệp: hãy gửi bảng tính .xlsx hoặc tệp .csv (UTF-8)",
    en: () => "The file could not be read: send an .xlsx spreadsheet or a .csv file (UTF-8)",
  },
  fileEmpty: { vi: () => "Tệp không có dòng nào", en: () => "The file has no rows" },
  noHeaderRow: {
    vi: () =>
      "Không tìm thấy dòng tiêu đề của phụ lục (cần ít nhất các cột Tên sản phẩm, Tên chủ thể và Hạng sao); hãy chọn cột cho từng trường",
    en: () =>
      "The annex's header row was not found (it needs at least the columns product name, producer and stars); choose the column of each field",
  },
  mappingInvalid: {
    vi: () => 'Ánh xạ cột phải là JSON dạng {"product": 2, ...} với số cột từ 1',
    en: () => 'The column mapping must be JSON like {"product": 2, ...} with column numbers from 1',
  },
  mappingMissingField: {
    vi: (p) => `Chưa chọn cột cho ${p.label}`,
    en: (p) => `No column is chosen for the ${p.label}`,
  },
  fieldInvalid: {
    vi: (p) => `Trường ${p.label} không hợp lệ`,
    en: (p) => `The ${p.label} is not valid`,
  },
  decisionNumberMissing: {
    vi: () => "Thiếu số quyết định: nhập vào biểu mẫu hoặc ghi trong dòng tiêu đề của phụ lục",
    en: () => "The decision number is missing: enter it in the form or give it in the annex's title rows",
  },
  decisionDateMissing: {
    vi: () => "Thiếu ngày quyết định: nhập vào biểu mẫu hoặc ghi trong dòng tiêu đề của phụ lục",
    en: () => "The decision date is missing: enter it in the form or give it in the annex's title rows",
  },
  decisionDateInvalid: {
    vi: (p) => `Ngày quyết định "${p.value}" không phải một ngày (YYYY-MM-DD)`,
    en: (p) => `The decision date "${p.value}" is not a date (YYYY-MM-DD)`,
  },
  decisionDateFuture: {
    vi: (p) => `Ngày quyết định ${p.date} ở tương lai (hôm nay là ${p.today})`,
    en: (p) => `The decision date ${p.date} is in the future (today is ${p.today})`,
  },
  levelInvalid: {
    vi: () => "Cấp chứng nhận phải là district, province hoặc central",
    en: () => "The issuing level must be district, province or central",
  },
  fiveStarsCentral: {
    vi: () => "Sản phẩm 5 sao do Hội đồng trung ương chứng nhận (cấp central)",
    en: () => "5 stars are certified by the central council (level central)",
  },
  starsUnreadable: {
    vi: (p) => `Không đọc được hạng sao "${p.value}"`,
    en: (p) => `The stars "${p.value}" could not be read`,
  },
  starsNotCertified: {
    vi: (p) => `Chỉ sản phẩm 3, 4 hoặc 5 sao được chứng nhận (ghi ${p.value})`,
    en: (p) => `Only 3, 4 or 5 stars are certified (given ${p.value})`,
  },
  scoreUnreadable: {
    vi: (p) => `Không đọc được số điểm "${p.value}"`,
    en: (p) => `The score "${p.value}" could not be read`,
  },
  scoreOutOfBand: {
    vi: (p) => `${p.stars} sao cần ${p.min}–${p.max} điểm (ghi ${p.score})`,
    en: (p) => `${p.stars} stars need ${p.min}-${p.max} points (given ${p.score})`,
  },
  communeUnknown: {
    vi: (p) => `Không tìm thấy xã/phường hiện hành trong địa chỉ "${p.address}"`,
    en: (p) => `No current commune/ward was found in the address "${p.address}"`,
  },
  communeOutOfScope: {
    vi: (p) => `Sản phẩm thuộc ${p.commune}, ngoài xã/phường bạn phụ trách`,
    en: (p) => `The product belongs to ${p.commune}, outside your commune/ward`,
  },
  groupUnknown: {
    vi: (p) => `Không nhận ra nhóm sản phẩm "${p.value}"`,
    en: (p) => `The product group "${p.value}" is not one of the OCOP groups or product sets`,
  },
  duplicateRow: {
    vi: (p) => `Sản phẩm này của cùng chủ thể đã có ở dòng ${p.other}`,
    en: (p) => `The same product of the same producer is also on row ${p.other}`,
  },
  certificateConflict: {
    vi: (p) =>
      `Sản phẩm đã có giấy chứng nhận theo quyết định ${p.number} (${p.stars} sao, ${p.score} điểm, ngày ${p.date}); sửa trên trang sản phẩm`,
    en: (p) =>
      `The product already has a certificate of decision ${p.number} (${p.stars} stars, ${p.score} points, ${p.date}); correct it on the product's page`,
  },
  publishNeedsValidCertificate: {
    vi: (p) => `Không thể công bố: giấy chứng nhận theo quyết định ngày ${p.date} đã hết hạn ngày ${p.until}`,
    en: (p) => `Cannot publish: the certificate of the decision of ${p.date} expired on ${p.until}`,
  },
  tooLong: {
    vi: (p) => `${p.label} dài quá ${p.max} ký tự`,
    en: (p) => `The ${p.label} is longer than ${p.max} characters`,
  },
  tooManyRows: {
    vi: (p) => `Phụ lục có quá ${p.max} dòng; hãy chia thành nhiều tệp`,
    en: (p) => `The annex has more than ${p.max} rows; split it into several files`,
  },
  fileTooLarge: {
    vi: (p) => `Tệp lớn hơn ${p.max} MB`,
    en: (p) => `The file is larger than ${p.max} MB`,
  },
  badUpload: {
    vi: () => "Không đọc được dữ liệu biểu mẫu (gửi một tệp trong trường `file` và các trường văn bản)",
    en: () => "The form data could not be read (send one file in the field `file` and text fields)",
  },
  csrfMissing: {
    vi: () => "Yêu cầu thiếu tiêu đề x-ocop-csrf: 1",
    en: () => "Send the header x-ocop-csrf: 1",
  },
  signInFirst: { vi: () => "Hãy đăng nhập trước", en: () => "Sign in first" },
  notPermitted: {
    vi: () => "Tài khoản của bạn không có quyền nhập phụ lục quyết định (certification.import)",
    en: () => "Your account may not import decision annexes (certification.import)",
  },
  busy: {
    vi: () => "Dữ liệu vừa được người khác thay đổi; hãy thử lại",
    en: () => "Someone else changed the data meanwhile; try again",
  },
} satisfies Record<string, Texts>;

export type ImportMessageCode = keyof typeof MESSAGES;

/** An error of the report: the annex field it is about, its text, and a stable code. */
export interface ImportProblem {
  field: AnnexField;
  code: ImportMessageCode;
  params: Params;
}

export function problem(field: AnnexField, code: ImportMessageCode, params: Params = {}): ImportProblem {
  return { field, code, params };
}

export function messageOf(p: ImportProblem, lang: ImportLanguage): string {
  const params = { ...p.params, label: FIELD_LABELS[p.field][lang] };
  return (MESSAGES[p.code] as Texts)[lang](params);
}

/** The staff member's language from Accept-Language (vi unless English comes first). */
export function importLanguageOf(acceptLanguage: string | undefined): ImportLanguage {
  for (const part of (acceptLanguage ?? "").split(",")) {
    const tag = part.split(";")[0]!.trim().toLowerCase();
    if (tag.startsWith("vi")) return "vi";
    if (tag.startsWith("en")) return "en";
  }
  return "vi";
}
