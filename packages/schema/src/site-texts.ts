// Whose site this is, in words: the storefront's texts and the API's page titles name the site's
// provinces from its settings, never a province written into a message.

export type SiteTextLanguage = "vi" | "en" | "zh";

/** A province as the settings name it (its code, short and full Vietnamese names). */
export interface SiteProvinceName {
  code: string;
  name: string;
  fullName?: string | null;
}

/**
 * The Chinese names of the 34 provinces and centrally-run cities (since 1 July 2025), by official
 * code, as the catalogue's Chinese product names and the search write them (谅山 for Lạng Sơn).
 * A province missing here is named in Vietnamese.
 */
const CHINESE_PROVINCE_NAMES: Readonly<Record<string, readonly [name: string, full: string]>> = {
  "01": ["河内", "河内市"],
  "04": ["高平", "高平省"],
  "08": ["宣光", "宣光省"],
  "11": ["奠边", "奠边省"],
  "12": ["莱州", "莱州省"],
  "14": ["山罗", "山罗省"],
  "15": ["老街", "老街省"],
  "19": ["太原", "太原省"],
  "20": ["谅山", "谅山省"],
  "22": ["广宁", "广宁省"],
  "24": ["北宁", "北宁省"],
  "25": ["富寿", "富寿省"],
  "31": ["海防", "海防市"],
  "33": ["兴安", "兴安省"],
  "37": ["宁平", "宁平省"],
  "38": ["清化", "清化省"],
  "40": ["义安", "义安省"],
  "42": ["河静", "河静省"],
  "44": ["广治", "广治省"],
  "46": ["顺化", "顺化市"],
  "48": ["岘港", "岘港市"],
  "51": ["广义", "广义省"],
  "52": ["嘉莱", "嘉莱省"],
  "56": ["庆和", "庆和省"],
  "66": ["多乐", "多乐省"],
  "68": ["林同", "林同省"],
  "75": ["同奈", "同奈省"],
  "79": ["胡志明", "胡志明市"],
  "80": ["西宁", "西宁省"],
  "82": ["同塔", "同塔省"],
  "86": ["永隆", "永隆省"],
  "91": ["安江", "安江省"],
  "92": ["芹苴", "芹苴市"],
  "96": ["金瓯", "金瓯省"],
};

/**
 * How many provinces a text names: `one` and `two` name them, `many` (a national site) and
 * `unknown` (settings not loaded yet) use a wording that names none.
 */
export type SiteScope = "one" | "two" | "many" | "unknown";

/** The ICU values every site-naming message takes: `{scope, select, …}`, `{provinces}`, `{provincesFull}`. */
export interface SiteScopeValues {
  [key: string]: string;
  scope: SiteScope;
  /** "Lạng Sơn", "Lạng Sơn và Lai Châu"; in Chinese "谅山", "谅山和莱州". */
  provinces: string;
  /** "tỉnh Lạng Sơn", "thành phố Huế"; "Lạng Sơn province"; "谅山省". */
  provincesFull: string;
}

const AND: Record<SiteTextLanguage, string> = { vi: " và ", en: " and ", zh: "和" };

function shortName(lang: SiteTextLanguage, p: SiteProvinceName): string {
  return lang === "zh" ? (CHINESE_PROVINCE_NAMES[p.code]?.[0] ?? p.name) : p.name;
}

function fullName(lang: SiteTextLanguage, p: SiteProvinceName): string {
  if (lang === "zh") return CHINESE_PROVINCE_NAMES[p.code]?.[1] ?? p.name;
  const full = p.fullName?.trim();
  if (lang === "vi") return full ? full.charAt(0).toLowerCase() + full.slice(1) : p.name;
  // "Thành phố Hà Nội" is a city, "Tỉnh Lạng Sơn" a province.
  return full && /^thành phố/i.test(full) ? `${p.name} city` : `${p.name} province`;
}

/**
 * The values a site-naming message needs, in one language. `provinces` null: the settings are not
 * known (yet), and the message says nothing of a province.
 */
export function siteScopeValues(
  lang: SiteTextLanguage,
  provinces: readonly SiteProvinceName[] | null | undefined,
): SiteScopeValues {
  const list = provinces ?? [];
  const scope: SiteScope =
    list.length === 0 ? "unknown" : list.length === 1 ? "one" : list.length === 2 ? "two" : "many";
  if (scope === "unknown" || scope === "many") return { scope, provinces: "", provincesFull: "" };
  return {
    scope,
    provinces: list.map((p) => shortName(lang, p)).join(AND[lang]),
    provincesFull: list.map((p) => fullName(lang, p)).join(AND[lang]),
  };
}
