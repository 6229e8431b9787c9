// The 34 provincial units since 1 July 2025 as every layer names them: the API's Province.name on
// Chinese pages, the storefront's site texts and the server's page titles agree on one spelling.

/**
 * The Chinese names of the 34 provinces and centrally-run cities, by official code, as Chinese
 * readers know them and as the catalogue's Chinese product names and search write them (谅山 for
 * Lạng Sơn). A province missing here is named in Vietnamese.
 */
export const PROVINCE_NAMES_ZH: Readonly<Record<string, string>> = {
  "01": "河内",
  "04": "高平",
  "08": "宣光",
  "11": "奠边",
  "12": "莱州",
  "14": "山罗",
  "15": "老街",
  "19": "太原",
  "20": "谅山",
  "22": "广宁",
  "24": "北宁",
  "25": "富寿",
  "31": "海防",
  "33": "兴安",
  "37": "宁平",
  "38": "清化",
  "40": "义安",
  "42": "河静",
  "44": "广治",
  "46": "顺化",
  "48": "岘港",
  "51": "广义",
  "52": "嘉莱",
  "56": "庆和",
  "66": "多乐",
  "68": "林同",
  "75": "同奈",
  "79": "胡志明",
  "80": "西宁",
  "82": "同塔",
  "86": "永隆",
  "91": "安江",
  "92": "芹苴",
  "96": "金瓯",
};

/** A centrally-run city (thành phố trực thuộc trung ương: "Thành phố Huế"), named as a city, not a province. */
export function isCentralCity(fullName: string | null | undefined): boolean {
  return /^thành phố\s/iu.test((fullName ?? "").normalize("NFC").trim());
}

/** A province's short name in a language: its Chinese name in Chinese, else as the data has it. */
export function provinceNameIn(lang: string, province: { code: string; name: string }): string {
  return (lang === "zh" && PROVINCE_NAMES_ZH[province.code]) || province.name;
}
