import { Rng } from "../prng.js";
import { fold, withoutDiacritics as ascii } from "@ocop/schema/text";
import {
  ACTIVITY_WORDS,
  BRAND_WORDS,
  DISTRIBUTOR_FORMS,
  EVENT_FORMS,
  FAMILY_NAMES,
  GIVEN_NAMES,
  MIDDLE_NAMES,
  PLACE_FIRST,
  PLACE_SECOND,
  PRODUCER_FORMS,
  PRODUCT_WORDS,
  PROVINCES,
  REVOCATION_REASONS,
  VENUE_WORDS,
  type ProducerTypeValue,
  type ProductWord,
  type ProvinceSeed,
} from "./words.js";

/** Bump when the generated data changes shape or distribution: cached databases are then rebuilt. */
export const GENERATOR_VERSION = 3;

export interface Scale {
  name: "full" | "quick";
  provinces: number;
  communes: number;
  producers: number;
  products: number;
  events: number;
  tablesPerEvent: [number, number];
  distributors: number;
  links: number;
}

export const FULL_SCALE: Scale = {
  name: "full",
  provinces: 34,
  communes: 3300,
  producers: 8000,
  products: 20000,
  events: 300,
  tablesPerEvent: [10, 40],
  distributors: 2000,
  links: 50000,
};

export const QUICK_SCALE: Scale = {
  name: "quick",
  provinces: 1,
  communes: 50,
  producers: 100,
  products: 300,
  events: 3,
  tablesPerEvent: [10, 40],
  distributors: 40,
  links: 750,
};

export interface CategoryRow {
  code: string;
  parentCode: string | null;
  nameVi: string;
  nameEn: string | null;
  nameZh: string | null;
  familyVi: string | null;
  position: number;
}

export interface DemoCategories {
  categories: Array<{
    code: string;
    name_vi: string;
    name_en?: string;
    name_zh?: string;
    subgroups: Array<{ code: string; name_vi: string; name_en?: string; name_zh?: string; group_vi?: string }>;
  }>;
}

export interface Dataset {
  provinces: Array<{ code: string; name: string; fullName: string }>;
  communes: Array<{
    code: string;
    name: string;
    fullName: string;
    type: "xa" | "phuong" | "dac_khu";
    provinceCode: string;
  }>;
  categories: CategoryRow[];
  producers: Array<{
    id: number;
    slug: string;
    name: string;
    type: ProducerTypeValue;
    descriptionVi: string;
    communeCode: string;
    provinceCode: string;
    addressAsReported: string;
    address: string | null;
    website: string | null;
    email: string | null;
    phone: string | null;
    contactPublished: boolean;
    latitude: number | null;
    longitude: number | null;
  }>;
  products: Array<{
    id: number;
    slug: string;
    nameVi: string;
    nameEn: string | null;
    nameZh: string | null;
    descriptionVi: string;
    descriptionEn: string | null;
    categoryCode: string;
    producerId: number;
    packaging: string | null;
    unit: string | null;
    priceMin: number | null;
    priceMax: number | null;
    seasons: string | null;
    openingHours: string | null;
    latitude: number | null;
    longitude: number | null;
    traceabilityUrl: string | null;
    status: "draft" | "published" | "archived";
    featured: boolean;
    publishedAt: string | null;
  }>;
  certifications: Array<{
    id: number;
    productId: number;
    stars: number;
    score: number | null;
    level: "district" | "province" | "central";
    legalBasis: string;
    issuer: string;
    decisionNumber: string;
    decisionDate: string;
    decisionDatePrecision: "day" | "month" | "year";
    revokedOn: string | null;
    revocationReason: string | null;
  }>;
  images: Array<{
    id: number;
    productId: number;
    altVi: string;
    altEn: string | null;
    width: number;
    height: number;
    variants: string;
    position: number;
  }>;
  events: Array<{
    id: number;
    slug: string;
    nameVi: string;
    nameEn: string | null;
    descriptionVi: string;
    kind: "fair" | "conference" | "showroom";
    venueName: string;
    venueAddress: string;
    communeCode: string;
    startsOn: string;
    endsOn: string;
    organizer: string;
    published: boolean;
  }>;
  tables: Array<{ id: number; eventId: number; number: number; label: string | null; communeCode: string }>;
  placements: Array<{ tableId: number; productId: number; eventId: number; position: number }>;
  distributors: Array<{
    id: number;
    slug: string;
    nameVi: string;
    nameEn: string | null;
    kind: "distributor" | "retail_chain" | "ecommerce" | "ocop_showroom" | "export";
    descriptionVi: string;
    website: string | null;
    verified: boolean;
  }>;
  links: Array<{ id: number; distributorId: number; productId: number; url: string | null; note: string | null }>;
}

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * "Mật ong Đồng Văn" → "mat-ong-dong-van" (ASCII only; Chinese characters are dropped). The
 * generated rows go straight into the database, so their slugs are made here in bulk; the API
 * claims the slug of a row staff create (lib/slug.ts).
 */
function slugOf(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9 ]+/g, " ")
    .trim()
    .replace(/\s+/g, "-")
    .slice(0, 80)
    .replace(/-+$/, "");
}

function uniquer() {
  const seen = new Set<string>();
  return (base: string): string => {
    let slug = base || "x";
    for (let n = 2; seen.has(slug); n++) slug = `${base || "x"}-${n}`;
    seen.add(slug);
    return slug;
  };
}

const PRODUCT_SENTENCES = [
  "Sản phẩm được sản xuất theo quy trình VietGAP, không sử dụng chất bảo quản.",
  "Nguyên liệu thu hái tại địa phương, chế biến thủ công theo công thức truyền thống của đồng bào.",
  "Bao bì có tem truy xuất nguồn gốc, nhãn mác đầy đủ theo quy định.",
  "Sản phẩm đã được kiểm nghiệm chất lượng, đạt tiêu chuẩn an toàn thực phẩm.",
  "Vùng nguyên liệu được chứng nhận hữu cơ, canh tác không dùng thuốc bảo vệ thực vật hóa học.",
  "Sản phẩm gắn với câu chuyện văn hóa và làng nghề lâu đời của địa phương.",
  "Được người tiêu dùng trong và ngoài tỉnh tin dùng, có mặt tại nhiều hội chợ thương mại.",
  "Quy trình sản xuất khép kín, đóng gói trên dây chuyền hiện đại.",
];
const TOURISM_SENTENCES = [
  "Du khách được trải nghiệm văn hóa bản địa, ẩm thực truyền thống và nghỉ tại nhà sàn.",
  "Điểm đến có cảnh quan thiên nhiên đẹp, phù hợp du lịch sinh thái và khám phá.",
  "Có dịch vụ hướng dẫn viên người địa phương, các tour tham quan làng nghề.",
];
const LINK_NOTES = [
  "Có bán tại cửa hàng",
  "Đặt hàng qua điện thoại",
  "Giao hàng toàn quốc",
  "Chỉ bán theo mùa",
  null,
  null,
  null,
];

/**
 * Builds the whole dataset in memory from the seed. Everything random comes from `rng`; dates are
 * placed relative to `anchor` (the first day of the month the data is made for) so that the mix of
 * valid and expired certificates stays realistic whenever the benchmark runs.
 */
export function generateDataset(scale: Scale, seed: string, anchor: Date, demo: DemoCategories): Dataset {
  const rng = new Rng(`${seed}:${scale.name}`);
  const anchorTime = anchor.getTime();

  // Provinces: the first N of the 34 (quick mode: Lạng Sơn only, like the demo).
  const provinceSeeds: ProvinceSeed[] =
    scale.provinces >= PROVINCES.length
      ? PROVINCES
      : PROVINCES.filter((p) => p.code === "20").slice(0, scale.provinces);
  const provinces = provinceSeeds.map((p) => ({ code: p.code, name: p.name, fullName: p.fullName }));

  // Communes and wards, spread by each province's weight.
  const totalWeight = provinceSeeds.reduce((s, p) => s + p.weight, 0);
  const counts = provinceSeeds.map((p) => Math.max(1, Math.round((scale.communes * p.weight) / totalWeight)));
  let diff = scale.communes - counts.reduce((s, n) => s + n, 0);
  for (let i = 0; diff !== 0; i = (i + 1) % counts.length) {
    const step = diff > 0 ? 1 : -1;
    if ((counts[i] ?? 0) + step >= 1) {
      counts[i] = (counts[i] ?? 0) + step;
      diff -= step;
    }
  }
  const communes: Dataset["communes"] = [];
  const communesByProvince = new Map<string, Dataset["communes"]>();
  let communeIndex = 0;
  provinceSeeds.forEach((p, pi) => {
    const names = new Set<string>();
    const list: Dataset["communes"] = [];
    for (let k = 0; k < (counts[pi] ?? 0); k++) {
      let name = "";
      for (let tries = 0; tries < 50 && (!name || names.has(name)); tries++) {
        const a = rng.pick(PLACE_FIRST);
        const b = rng.pick(PLACE_SECOND);
        name = a === b ? "" : `${a} ${b}`;
      }
      if (names.has(name) || !name)
        name = `${rng.pick(PLACE_FIRST)} ${rng.pick(PLACE_SECOND)} ${rng.pick(PLACE_SECOND)}`;
      names.add(name);
      const r = rng.next();
      const type = r < 0.004 ? "dac_khu" : r < 0.17 ? "phuong" : "xa";
      const prefix = type === "xa" ? "Xã" : type === "phuong" ? "Phường" : "Đặc khu";
      const unit = {
        code: String(10 + communeIndex++ * 3).padStart(5, "0"),
        name,
        fullName: `${prefix} ${name}`,
        type,
        provinceCode: p.code,
      } as const;
      list.push({ ...unit });
      communes.push({ ...unit });
    }
    communesByProvince.set(p.code, list);
  });
  const provinceByCode = new Map(provinceSeeds.map((p) => [p.code, p]));
  const communeByCode = new Map(communes.map((c) => [c.code, c]));

  // Categories: the demo's 6 groups and 26 sets, as the API's seed inserts them.
  const categories: CategoryRow[] = [];
  let position = 0;
  for (const g of demo.categories) {
    categories.push({
      code: g.code,
      parentCode: null,
      nameVi: g.name_vi,
      nameEn: g.name_en ?? null,
      nameZh: g.name_zh ?? null,
      familyVi: null,
      position: position++,
    });
    for (const s of g.subgroups) {
      categories.push({
        code: s.code,
        parentCode: g.code,
        nameVi: s.name_vi,
        nameEn: s.name_en ?? null,
        nameZh: s.name_zh ?? null,
        familyVi: s.group_vi ?? null,
        position: position++,
      });
    }
  }
  const setCodes = Object.keys(PRODUCT_WORDS).filter((code) => categories.some((c) => c.code === code));
  const setWeights = setCodes.map((code) => PRODUCT_WORDS[code]?.weight ?? 1);
  const activitySet: Record<string, string[]> = {
    Chè: ["TP-CH-1", "TP-CH-2"],
    "Mật ong": ["TP-SC-2"],
    "Dược liệu": ["DL-1", "DL-2", "DL-3"],
    "Du lịch cộng đồng": ["DV-1"],
    "Thủ công mỹ nghệ": ["TC-1", "TC-2"],
    "Thủy sản": ["TP-TS-2", "TP-CB-4"],
    "Chăn nuôi": ["TP-TS-2", "TP-CB-4"],
    "Lúa gạo": ["TP-SC-1", "TP-CB-2"],
    "Cây ăn quả": ["TP-TS-1", "TP-CB-3"],
    "Rau an toàn": ["TP-TS-1"],
  };

  const person = () => `${rng.pick(FAMILY_NAMES)} ${rng.pick(MIDDLE_NAMES)} ${rng.pick(GIVEN_NAMES)}`;
  const phone = () =>
    `0${rng.pick(["203", "204", "205", "206", "208", "209", "91", "98", "97", "86", "88"])}${String(rng.int(1000000, 9999999))}`;

  // Producers.
  const producerSlug = uniquer();
  const producers: Dataset["producers"] = [];
  const producerSets: Array<string[] | null> = [];
  const formWeights = PRODUCER_FORMS.map((f) => f.weight);
  for (let i = 0; i < scale.producers; i++) {
    const commune = rng.pick(communes);
    const province = provinceByCode.get(commune.provinceCode) as ProvinceSeed;
    const form = rng.weighted(PRODUCER_FORMS, formWeights);
    let name: string;
    let sets: string[] | null = null;
    if (form.type === "public_body") {
      name = `${form.prefix} ${commune.name}`;
      sets = ["DV-1"];
    } else if (form.person) {
      if (form.prefix === "Cơ sở sản xuất") {
        const set = rng.weighted(setCodes, setWeights);
        const word = rng.pick(PRODUCT_WORDS[set]?.words ?? []);
        name = `${form.prefix} ${word.vi} ${person()}`;
        sets = [set];
      } else name = `${form.prefix} ${person()}`;
    } else {
      const activity = rng.pick(ACTIVITY_WORDS);
      sets = activitySet[activity] ?? null;
      const place = rng.chance(0.6) ? commune.name : rng.pick(BRAND_WORDS);
      name = `${form.prefix} ${activity} ${place}`;
    }
    const slug = producerSlug(slugOf(name));
    const published = rng.chance(0.6);
    const hamlet = `Thôn ${rng.pick(["Nà", "Bản", "Khuổi", "Đồng", "Pác", "Làng", "Xóm"])} ${rng.pick(PLACE_SECOND)}`;
    producers.push({
      id: i + 1,
      slug,
      name,
      type: form.type,
      descriptionVi: `${name} có trụ sở tại ${commune.fullName}, ${province.fullName}; ${rng.pick([
        "liên kết với hơn 50 hộ thành viên trong vùng nguyên liệu.",
        "tham gia Chương trình OCOP từ năm 2020.",
        "sản xuất theo chuỗi giá trị, bao tiêu sản phẩm cho người dân.",
        "ứng dụng công nghệ mới trong bảo quản và chế biến.",
      ])}`,
      communeCode: commune.code,
      provinceCode: commune.provinceCode,
      addressAsReported: `${hamlet}, ${commune.fullName.toLowerCase().startsWith("xã") ? "xã" : "phường"} ${commune.name}, ${province.fullName.toLowerCase().replace("tỉnh ", "tỉnh ")}`,
      address: `${hamlet}, ${commune.fullName}, ${province.fullName}`,
      website: form.type === "enterprise" && rng.chance(0.5) ? `https://${slug.slice(0, 40)}.example.vn` : null,
      email: rng.chance(0.5) ? `lienhe@${slug.slice(0, 30)}.example.vn` : null,
      phone: rng.chance(0.85) ? phone() : null,
      contactPublished: published,
      latitude: rng.chance(0.7) ? round(province.lat + (rng.next() - 0.5) * 0.8, 5) : null,
      longitude: null,
    });
    const last = producers[producers.length - 1];
    if (last && last.latitude !== null) last.longitude = round(province.lng + (rng.next() - 0.5) * 0.8, 5);
    producerSets.push(sets);
  }

  // Products: every producer has one, the rest are spread at random.
  const owners: number[] = producers.map((p) => p.id);
  while (owners.length < scale.products) owners.push(rng.int(1, scale.producers));
  rng.shuffle(owners);
  const productSlug = uniquer();
  const products: Dataset["products"] = [];
  const certifications: Dataset["certifications"] = [];
  const images: Dataset["images"] = [];
  let certId = 0;
  let imageId = 0;
  for (let i = 0; i < scale.products; i++) {
    const id = i + 1;
    const producer = producers[(owners[i] as number) - 1] as Dataset["producers"][number];
    const commune = communeByCode.get(producer.communeCode) as Dataset["communes"][number];
    const province = provinceByCode.get(commune.provinceCode) as ProvinceSeed;
    const sets = producerSets[producer.id - 1];
    const set = sets && rng.chance(0.8) ? rng.pick(sets) : rng.weighted(setCodes, setWeights);
    const word = rng.pick(PRODUCT_WORDS[set]?.words ?? []) as ProductWord;
    const tourism = set.startsWith("DV");
    const qualifier = word.qualifiers && rng.chance(0.55) ? rng.pick(word.qualifiers) : null;
    const placeRoll = rng.next();
    const place = tourism || placeRoll < 0.7 ? commune.name : placeRoll < 0.9 ? rng.pick(BRAND_WORDS) : null;
    let nameVi = [word.vi, qualifier, place].filter(Boolean).join(" ");
    if (!place && !tourism) nameVi += ` (${producer.name.replace(/^(Hộ kinh doanh|Cơ sở sản xuất) /, "")})`;
    const nameEn = rng.chance(0.75) ? `${place ? `${ascii(place)} ` : ""}${word.en}` : null;
    const nameZh = rng.chance(0.25) ? `${word.zh}${place ? `（${place}）` : ""}` : null;
    const slug = productSlug(slugOf(nameVi));
    const sentence = rng.pick(tourism ? TOURISM_SENTENCES : PRODUCT_SENTENCES);
    let priceMin: number | null = null;
    let priceMax: number | null = null;
    if (!tourism && word.price && rng.chance(0.85)) {
      priceMin = Math.round(rng.int(word.price[0], word.price[1]) / 1000) * 1000;
      priceMax = rng.chance(0.5) ? Math.round((priceMin * (1 + rng.next())) / 1000) * 1000 : null;
    }
    const statusRoll = rng.next();
    const status = statusRoll < 0.94 ? "published" : statusRoll < 0.98 ? "draft" : "archived";

    // Certificates: 1-3, newest decided within the last ~50 months (about 72% still valid).
    const certCount = rng.weighted([1, 2, 3], [55, 35, 10]);
    const newestStars = rng.weighted([3, 4, 5], [70, 26, 4]);
    let decision = anchorTime - rng.int(5, 50 * 30) * DAY;
    const productCerts: Dataset["certifications"] = [];
    let stars = newestStars;
    for (let k = 0; k < certCount; k++) {
      if (decision < Date.UTC(2019, 0, 15)) break;
      const precisionRoll = rng.next();
      const precision = precisionRoll < 0.9 ? "day" : precisionRoll < 0.98 ? "month" : "year";
      const d = new Date(decision);
      const date =
        precision === "day"
          ? iso(decision)
          : precision === "month"
            ? iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1))
            : iso(Date.UTC(d.getUTCFullYear(), 0, 1));
      const dateTime = Date.parse(date);
      const level =
        stars === 5
          ? "central"
          : stars === 4
            ? "province"
            : dateTime < Date.UTC(2025, 6, 6) && rng.chance(0.8)
              ? "district"
              : "province";
      const legalBasis =
        dateTime < Date.UTC(2023, 1, 24)
          ? "QĐ 1048/QĐ-TTg"
          : dateTime < Date.UTC(2025, 6, 6)
            ? "QĐ 148/QĐ-TTg"
            : "QĐ 1489/QĐ-TTg";
      const issuer =
        level === "central"
          ? dateTime < Date.UTC(2025, 2, 1)
            ? "Bộ Nông nghiệp và Phát triển nông thôn"
            : "Bộ Nông nghiệp và Môi trường"
          : level === "province"
            ? `UBND ${province.fullName}`
            : `UBND huyện ${rng.pick(PLACE_FIRST)} ${rng.pick(PLACE_SECOND)}`;
      const score = rng.chance(0.95)
        ? stars === 3
          ? rng.int(50, 69)
          : stars === 4
            ? rng.int(70, 89)
            : rng.int(90, 100)
        : null;
      const revoked = k === 0 && rng.chance(0.02);
      const revokedOn = revoked ? iso(Math.min(anchorTime - DAY, dateTime + rng.int(60, 700) * DAY)) : null;
      productCerts.push({
        id: 0,
        productId: id,
        stars,
        score,
        level,
        legalBasis,
        issuer,
        decisionNumber: `${rng.int(100, 3999)}/QĐ-${level === "central" ? "BNN-KTHT" : "UBND"}`,
        decisionDate: date,
        decisionDatePrecision: precision,
        revokedOn: revokedOn && revokedOn >= date ? revokedOn : null,
        revocationReason: revokedOn && revokedOn >= date ? rng.pick(REVOCATION_REASONS) : null,
      });
      // The one before: 12-36 months earlier, same or fewer stars (an upgrade or a re-evaluation).
      decision = decision - rng.int(365, 3 * 365) * DAY;
      stars = rng.chance(0.3) && stars > 3 ? stars - 1 : stars;
    }
    productCerts.reverse();
    for (const c of productCerts) {
      c.id = ++certId;
      certifications.push(c);
    }
    const firstDecision = productCerts[0]?.decisionDate ?? iso(anchorTime - 400 * DAY);

    products.push({
      id,
      slug,
      nameVi,
      nameEn,
      nameZh,
      descriptionVi: `${nameVi} do ${producer.name} sản xuất tại ${commune.fullName}, ${province.fullName}. ${sentence}`,
      descriptionEn:
        nameEn && rng.chance(0.6)
          ? `${nameEn} made by a ${producer.type.replace("_", " ")} in ${ascii(commune.name)}, ${ascii(province.name)} province.`
          : null,
      categoryCode: set,
      producerId: producer.id,
      packaging: tourism
        ? null
        : word.packaging
          ? rng.pick(word.packaging)
          : rng.chance(0.5)
            ? `Đóng ${word.unit ?? "gói"}`
            : null,
      unit: tourism ? null : (word.unit ?? null),
      priceMin,
      priceMax,
      seasons: word.seasons ?? null,
      openingHours: tourism
        ? rng.pick(["7:00–17:00 hằng ngày", "8:00–18:00, cả cuối tuần", "Theo lịch đặt trước"])
        : null,
      latitude: tourism && producer.latitude !== null ? round(producer.latitude + (rng.next() - 0.5) * 0.05, 5) : null,
      longitude:
        tourism && producer.longitude !== null ? round(producer.longitude + (rng.next() - 0.5) * 0.05, 5) : null,
      traceabilityUrl: rng.chance(0.2) ? `https://truyxuat.example.vn/sp/${id}` : null,
      status,
      featured: status === "published" && rng.chance(0.03),
      publishedAt: status === "published" ? `${firstDecision}T09:00:00+07:00` : null,
    });

    // Images: 1-4, each stored in resized variants (no files: the benchmark never loads them).
    const imageCount = rng.weighted([1, 2, 3, 4], [35, 30, 20, 15]);
    for (let k = 0; k < imageCount; k++) {
      const imgId = ++imageId;
      const [w, h] = rng.weighted(
        [
          [1600, 1200],
          [1200, 1200],
          [1200, 1600],
          [1920, 1080],
        ],
        [50, 25, 15, 10],
      ) as [number, number];
      const variants = [320, 640, 1280]
        .map((vw) => ({
          key: `products/${id}/${imgId}-${vw}.webp`,
          width: vw,
          height: Math.round((vw * h) / w),
          format: "webp",
        }))
        .concat([
          { key: `products/${id}/${imgId}-1280.jpg`, width: 1280, height: Math.round((1280 * h) / w), format: "jpeg" },
        ]);
      images.push({
        id: imgId,
        productId: id,
        altVi: `${nameVi} – ảnh ${k + 1}`,
        altEn: nameEn ? `${nameEn} – photo ${k + 1}` : null,
        width: w,
        height: h,
        variants: JSON.stringify(variants),
        position: k,
      });
    }
  }

  // Showcase events: distinct start dates (2.5 years back to half a year ahead), 10-40 tables each.
  const productsByCommune = new Map<string, number[]>();
  const productsByProvince = new Map<string, number[]>();
  for (const p of products) {
    const producer = producers[p.producerId - 1] as Dataset["producers"][number];
    push(productsByCommune, producer.communeCode, p.id);
    push(productsByProvince, producer.provinceCode, p.id);
  }
  const eventSlug = uniquer();
  const events: Dataset["events"] = [];
  const tables: Dataset["tables"] = [];
  const placements: Dataset["placements"] = [];
  const usedDates = new Set<string>();
  const eventWeights = EVENT_FORMS.map((f) => f.weight);
  for (let i = 0; i < scale.events; i++) {
    const id = i + 1;
    const form = rng.weighted(EVENT_FORMS, eventWeights);
    const province = rng.pick(provinceSeeds);
    const provinceCommunes = communesByProvince.get(province.code) ?? [];
    const commune = rng.pick(provinceCommunes);
    let start = "";
    while (!start || usedDates.has(start)) start = iso(anchorTime + rng.int(-30 * 30, 6 * 30) * DAY);
    usedDates.add(start);
    const year = start.slice(0, 4);
    // "Hội chợ sản phẩm OCOP tỉnh Lạng Sơn", "… thành phố Huế", "… xã Tân Lập": the unit word in lower case.
    const lowerUnit = (s: string) => s.replace(/^(Tỉnh|Thành phố|Xã|Phường|Đặc khu) /, (m) => m.toLowerCase());
    const where = lowerUnit(rng.chance(0.7) ? province.fullName : commune.fullName);
    const ordinal = form.kind === "fair" && rng.chance(0.4) ? ` lần thứ ${rng.int(2, 15)}` : "";
    const nameVi = `${rng.pick(form.names)} ${where}${ordinal} năm ${year}`;
    const lengthDays = form.kind === "conference" ? 0 : form.kind === "fair" ? rng.int(2, 5) : rng.int(180, 365);
    events.push({
      id,
      slug: eventSlug(slugOf(nameVi)),
      nameVi,
      nameEn: rng.chance(0.5)
        ? `${form.kind === "fair" ? "OCOP fair" : form.kind === "conference" ? "OCOP conference" : "OCOP showroom"}, ${ascii(province.name)} ${year}`
        : null,
      descriptionVi: `${nameVi} giới thiệu các sản phẩm OCOP tiêu biểu của ${province.fullName}, kết nối chủ thể với nhà phân phối và du khách.`,
      kind: form.kind,
      venueName: `${rng.pick(VENUE_WORDS)} ${commune.name}`,
      venueAddress: `Số ${rng.int(1, 300)} đường ${rng.pick(FAMILY_NAMES)} ${rng.pick(GIVEN_NAMES)}, ${commune.fullName}, ${province.fullName}`,
      communeCode: commune.code,
      startsOn: start,
      endsOn: iso(Date.parse(start) + lengthDays * DAY),
      organizer: rng.pick([
        `UBND ${province.fullName}`,
        `Sở Nông nghiệp và Môi trường ${province.name}`,
        `Sở Công Thương ${province.name}`,
      ]),
      published: rng.chance(0.95),
    });
    const tableCount = rng.int(scale.tablesPerEvent[0], scale.tablesPerEvent[1]);
    const tableCommunes = rng.sample(provinceCommunes, tableCount);
    while (tableCommunes.length < tableCount) tableCommunes.push(rng.pick(provinceCommunes));
    const placed = new Set<number>();
    for (let t = 0; t < tableCount; t++) {
      const tableId = tables.length + 1;
      const tc = tableCommunes[t] as Dataset["communes"][number];
      tables.push({
        id: tableId,
        eventId: id,
        number: t + 1,
        label: rng.chance(0.2) ? `Gian ${tc.name}` : null,
        communeCode: tc.code,
      });
      const local = (productsByCommune.get(tc.code) ?? []).filter((p) => !placed.has(p));
      const pool =
        local.length > 0 ? local : (productsByProvince.get(province.code) ?? []).filter((p) => !placed.has(p));
      const chosen = rng.sample(pool, rng.int(1, 5));
      chosen.forEach((productId, k) => {
        placed.add(productId);
        placements.push({ tableId, productId, eventId: id, position: k });
      });
    }
  }

  // Distributors (unique names, so their order on a product page is well defined) and links.
  const distributors: Dataset["distributors"] = [];
  const distributorNames = new Set<string>();
  const distributorSlug = uniquer();
  const distributorWeights = DISTRIBUTOR_FORMS.map((f) => f.weight);
  for (let i = 0; i < scale.distributors; i++) {
    const form = rng.weighted(DISTRIBUTOR_FORMS, distributorWeights);
    const commune = rng.pick(communes);
    const province = provinceByCode.get(commune.provinceCode) as ProvinceSeed;
    let base = `${rng.pick(form.names)} ${form.kind === "ocop_showroom" ? commune.name : rng.pick(BRAND_WORDS)}`;
    if (form.kind !== "ocop_showroom" && rng.chance(0.5)) base += ` ${province.name}`;
    let name = base;
    for (let n = 2; distributorNames.has(name); n++) name = `${base} số ${n}`;
    distributorNames.add(name);
    const slug = distributorSlug(slugOf(name));
    distributors.push({
      id: i + 1,
      slug,
      nameVi: name,
      nameEn: rng.chance(0.3) ? ascii(name) : null,
      kind: form.kind,
      descriptionVi: `${name} phân phối sản phẩm OCOP tại ${province.fullName} và các tỉnh lân cận.`,
      website: form.kind === "ecommerce" || rng.chance(0.4) ? `https://${slug.slice(0, 40)}.example.vn` : null,
      verified: rng.chance(0.3),
    });
  }
  const links: Dataset["links"] = [];
  const pairs = new Set<number>();
  const target = Math.min(scale.links, scale.distributors * scale.products);
  while (links.length < target) {
    const distributor = distributors[rng.int(0, distributors.length - 1)] as Dataset["distributors"][number];
    const productId = rng.int(1, scale.products);
    const key = distributor.id * (scale.products + 1) + productId;
    if (pairs.has(key)) continue;
    pairs.add(key);
    const product = products[productId - 1] as Dataset["products"][number];
    links.push({
      id: links.length + 1,
      distributorId: distributor.id,
      productId,
      url:
        distributor.kind === "ecommerce" || rng.chance(0.3)
          ? `${distributor.website ?? `https://${distributor.slug.slice(0, 40)}.example.vn`}/sp/${product.slug}`
          : null,
      note: rng.pick(LINK_NOTES),
    });
  }

  return {
    provinces,
    communes,
    categories,
    producers,
    products,
    certifications,
    images,
    events,
    tables,
    placements,
    distributors,
    links,
  };
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function datasetCounts(d: Dataset): Record<string, number> {
  return {
    provinces: d.provinces.length,
    communes: d.communes.length,
    categories: d.categories.length,
    producers: d.producers.length,
    products: d.products.length,
    publishedProducts: d.products.filter((p) => p.status === "published").length,
    certifications: d.certifications.length,
    images: d.images.length,
    events: d.events.length,
    tables: d.tables.length,
    placements: d.placements.length,
    distributors: d.distributors.length,
    links: d.links.length,
  };
}
