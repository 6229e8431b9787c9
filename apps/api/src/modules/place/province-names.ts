/**
 * The Chinese names of the 34 provincial units since 1 July 2025, by official code, as Chinese
 * readers know them (谅山 for Lạng Sơn): the storefront's Chinese pages, the Chinese product names
 * of the data and Chinese search all use these, so a place is written one way everywhere.
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
  "40": "乂安",
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

/** A centrally-run city (thành phố trực thuộc trung ương), named as a city, not a province. */
export function isCentralCity(province: { fullName: string }): boolean {
  return /^thành phố\s/iu.test(province.fullName.normalize("NFC"));
}
