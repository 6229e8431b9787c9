import { fold } from "@ocop/schema/text";

/**
 * What people call the OCOP groups and product sets, in Vietnamese (folded), English and Chinese:
 * the official names are long ("Dược liệu và sản phẩm từ dược liệu") and nobody types them, so each
 * group and set is found by the words a visitor uses for it ("duoc lieu", "herbs", "药材"). A query
 * that is one of these terms finds that group's products, after the products it names. Words that
 * name products rather than a set ("mật ong", "bánh") are left to the name match: the honey set
 * also holds "other raw farm foods", which a search for honey should not list.
 * Codes are the categories' (shared/data); a group's term covers its sets.
 */
const CONCEPT_TERMS: Record<string, string[]> = {
  TP: ["thuc pham", "do an", "mon an", "dac san", "food", "foods", "食品", "食物", "特产"],
  "TP-TS-1": [
    "rau",
    "rau cu",
    "rau cu qua",
    "trai cay",
    "hoa qua",
    "qua",
    "vegetables",
    "vegetable",
    "greens",
    "fruit",
    "fruits",
    "nuts",
    "蔬菜",
    "水果",
    "坚果",
  ],
  "TP-TS-2": ["thit", "thit tuoi", "thuy san", "trung", "sua", "meat", "eggs", "milk", "鲜肉", "肉", "蛋", "奶"],
  "TP-SC-1": ["gao", "ngu coc", "rice", "grain", "grains", "cereals", "大米", "谷物"],
  "TP-SC-2": ["nong san tho", "raw farm food", "raw farm foods", "初级农产品"],
  "TP-CB-1": ["do an nhanh", "fast food", "快餐"],
  "TP-CB-2": ["che bien tu gao", "rice products", "cereal products", "谷物加工食品"],
  "TP-CB-3": ["rau qua che bien", "processed fruit", "processed vegetables", "果蔬加工食品"],
  "TP-CB-4": ["thit che bien", "processed meat", "meat products", "肉制品"],
  "TP-GV-1": ["tuong", "nuoc mam", "sauce", "sauces", "fish sauce", "酱料", "鱼露", "酱"],
  "TP-GV-2": ["gia vi", "spice", "spices", "seasoning", "seasonings", "condiments", "调味品", "调料", "香料"],
  "TP-CH-1": ["che", "tra", "tea", "teas", "茶", "茶叶"],
  "TP-CH-2": [
    "che",
    "tra",
    "tea",
    "teas",
    "tra thao moc",
    "tra thao duoc",
    "herbal tea",
    "herbal teas",
    "花草茶",
    "代用茶",
    "茶",
  ],
  "TP-CP-1": ["ca phe", "ca cao", "coffee", "cocoa", "咖啡", "可可"],
  DU: ["do uong", "nuoc uong", "thuc uong", "drink", "drinks", "beverage", "beverages", "饮料", "饮品"],
  "DU-CC-1": ["ruou", "ruou trang", "liquor", "spirits", "rice wine", "wine", "alcohol", "酒", "白酒", "米酒"],
  "DU-CC-2": ["do uong co con", "alcoholic drinks", "含酒精饮料"],
  "DU-KC-1": ["nuoc khoang", "nuoc dong chai", "mineral water", "bottled water", "water", "矿泉水"],
  "DU-KC-2": ["nuoc ngot", "soft drinks", "juice", "无酒精饮料", "果汁"],
  DL: [
    "duoc lieu",
    "thao duoc",
    "thuoc nam",
    "herbs",
    "herbal",
    "herbal products",
    "medicinal herbs",
    "药材",
    "草药",
    "中药",
  ],
  "DL-1": ["thuc pham chuc nang", "health supplements", "supplements", "保健品", "保健食品"],
  "DL-2": ["my pham", "cosmetics", "化妆品"],
  "DL-3": ["tinh dau", "essential oil", "essential oils", "精油"],
  TC: [
    "thu cong",
    "thu cong my nghe",
    "do thu cong",
    "handicraft",
    "handicrafts",
    "crafts",
    "craft",
    "handmade",
    "手工艺品",
    "手工艺",
    "工艺品",
    "手工",
  ],
  "TC-2": ["vai", "det may", "may mac", "textiles", "garments", "纺织品", "服装"],
  SV: [
    "sinh vat canh",
    "cay canh",
    "hoa",
    "ornamental",
    "ornamental plants",
    "flowers",
    "bonsai",
    "观赏植物",
    "花卉",
    "盆景",
  ],
  DV: [
    "du lich",
    "du lich cong dong",
    "du lich sinh thai",
    "diem du lich",
    "tourism",
    "tourist",
    "tourist sites",
    "travel",
    "旅游",
    "景点",
    "旅游景点",
    "生态旅游",
  ],
};

const CODES_BY_TERM = new Map<string, string[]>();
for (const [code, terms] of Object.entries(CONCEPT_TERMS)) {
  for (const term of terms) {
    const key = fold(term);
    CODES_BY_TERM.set(key, [...(CODES_BY_TERM.get(key) ?? []), code]);
  }
}

/**
 * The category codes (groups or sets) a folded query names as a whole, e.g. "do uong" → ["DU"];
 * empty when it names none. A group code stands for its sets too (the caller expands it).
 */
export function conceptCodes(foldedQuery: string): string[] {
  return CODES_BY_TERM.get(foldedQuery) ?? [];
}

/** Every Chinese concept term, for segmenting Chinese queries ("谅山茶" → 谅山 + 茶). */
export const CHINESE_CONCEPT_TERMS: readonly string[] = [...CODES_BY_TERM.keys()].filter((t) =>
  /\p{Script=Han}/u.test(t),
);
