import { CERTIFICATE_VALIDITY_MONTHS, scoreBandOf, todayInVietnam } from "@ocop/schema/enums";
import { fold } from "@ocop/schema/text";
import { CertificationLevel } from "../certification/certification.entity";
import { ProducerType } from "../producer/producer.entity";
import { cleanText, nameKey, parseScore, parseStars, withoutResearchRemarks } from "./cells";
import type { Decision } from "./decision";
import type { GroupIndex } from "./groups";
import { fieldOfHeader, type AnnexColumnField, type HeaderLayout } from "./header";
import { problem, type ImportProblem } from "./import-messages";
import type { PlaceIndex, Unit } from "./places";
import type { SheetRow } from "./read-sheet";

/** One data row of the annex, read and checked on its own. */
export interface AnnexRow {
  row: number;
  product: string;
  producer: string;
  address: string;
  group: string;
  stars: number | null;
  /** As printed (decimals kept); the certificate stores the whole points. */
  score: number | null;
  commune: Unit | null;
  provinceCode: string | null;
  categoryCode: string | null;
  problems: ImportProblem[];
}

const MAX_NAME = 300;

/** Rows under the header that carry a product: not blank, not a section ("I. SẢN PHẨM ĐẠT 4 SAO"), not a repeated header. */
export function dataRows(rows: SheetRow[], layout: HeaderLayout): SheetRow[] {
  const { cellOf } = layout;
  const cell = (r: SheetRow, f: AnnexColumnField) => (cellOf[f] === undefined ? "" : (r.cells[cellOf[f]!] ?? ""));
  return rows.filter((r) => {
    if (r.row <= layout.headerRow) return false;
    // A section title or a note: one text, often in cells merged across the row (which some
    // writers repeat in every cell of the merge).
    if (new Set(r.cells.filter((c) => c !== "")).size <= 1) return false;
    const product = cell(r, "product");
    const producer = cell(r, "producer");
    if (!product && !producer) return false;
    // Column numbers under the header: (1) (2) (3) ...
    if (/^\(?\d+\)?$/.test(product) && /^\(?\d+\)?$/.test(producer)) return false;
    // A header repeated on every printed page.
    if (fieldOfHeader(product) === "product" && fieldOfHeader(producer) === "producer") return false;
    return true;
  });
}

/** Reads one row's cells: names, stars, score and group, and where it is (commune and province). */
export function readRow(
  r: SheetRow,
  layout: HeaderLayout,
  places: PlaceIndex,
  groups: GroupIndex,
  defaultProvince: string | null,
): AnnexRow {
  const cell = (f: AnnexColumnField) => {
    const i = layout.cellOf[f];
    return i === undefined ? "" : cleanText(r.cells[i] ?? "");
  };
  const problems: ImportProblem[] = [];
  const product = cell("product");
  const producer = withoutResearchRemarks(cell("producer"));
  const address = cell("address");
  const group = cell("group");
  for (const [field, value] of [
    ["product", product],
    ["producer", producer],
  ] as const) {
    if (!value) problems.push(problem(field, "required"));
    else if (value.length > MAX_NAME) problems.push(problem(field, "tooLong", { max: MAX_NAME }));
  }
  const starsText = cell("stars");
  const stars = parseStars(starsText);
  if (!starsText) problems.push(problem("stars", "required"));
  else if (stars === null) problems.push(problem("stars", "starsUnreadable", { value: starsText }));
  else if (!scoreBandOf(stars)) problems.push(problem("stars", "starsNotCertified", { value: stars }));
  const scoreText = cell("score");
  const score = parseScore(scoreText);
  if (score !== null && (Number.isNaN(score) || score > 100)) {
    problems.push(problem("score", "scoreUnreadable", { value: scoreText }));
  } else if (score !== null && stars !== null) {
    const band = scoreBandOf(stars);
    // Bands are whole points, the upper one exclusive: 69,5 is still 3 stars, 70 is 4.
    if (band && (score < band[0] || (stars < 5 ? score >= band[1] + 1 : score > band[1])))
      problems.push(problem("score", "scoreOutOfBand", { stars, min: band[0], max: band[1], score: scoreText }));
  }
  let commune: Unit | null = null;
  let provinceCode: string | null = null;
  if (!address) problems.push(problem("address", "required"));
  else {
    provinceCode = places.provinceOf(address) ?? defaultProvince;
    commune = places.communeOf(address, provinceCode);
    if (commune) provinceCode = commune.provinceCode;
    else problems.push(problem("address", "communeUnknown", { address }));
  }
  const categoryCode = group ? groups.codeOf(group) : null;
  return {
    row: r.row,
    product,
    producer,
    address,
    group,
    stars,
    score: score === null || Number.isNaN(score) ? null : score,
    commune,
    provinceCode,
    categoryCode,
    problems,
  };
}

/** The producer type a name starts with (HTX, Công ty, Hộ kinh doanh…), and whether it was a guess. */
export function producerTypeOf(name: string): { type: ProducerType; inferred: boolean } {
  const f = fold(name);
  if (/^(htx|hop tac xa|lien hiep hop tac xa)\b/.test(f)) return { type: ProducerType.COOPERATIVE, inferred: false };
  if (/^(tho hop tac|to hop tac|tht)\b/.test(f)) return { type: ProducerType.COOPERATIVE_GROUP, inferred: false };
  if (/^(cong ty|cty|doanh nghiep|dntn|tnhh)\b/.test(f)) return { type: ProducerType.ENTERPRISE, inferred: false };
  if (/^(ho kinh doanh|hkd|ho san xuat|ho gia dinh|co so)\b/.test(f))
    return { type: ProducerType.HOUSEHOLD, inferred: false };
  if (/^(ban quan ly|trung tam|ubnd|uy ban)\b/.test(f)) return { type: ProducerType.PUBLIC_BODY, inferred: false };
  return { type: ProducerType.HOUSEHOLD, inferred: true };
}

/** The last day a certificate of this decision date is valid (36 months; 29/2 falls to 28/2 as in PostgreSQL). */
export function validUntilOf(decisionDate: string): string {
  const [y, m, d] = decisionDate.split("-").map(Number) as [number, number, number];
  const months = m - 1 + CERTIFICATE_VALIDITY_MONTHS;
  const year = y + Math.floor(months / 12);
  const month = (months % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

/** What the database holds that a row can match, keyed by folded names. */
export interface Existing {
  /** `${provinceCode}|${producer key}` → producer */
  producers: Map<string, { id: number; communeCode: string | null; communeName: string | null }>;
  /** `${provinceCode}|${producer key}|${product key}` → product */
  products: Map<string, { id: number }>;
  /** product id → its certificates of this decision number */
  certificates: Map<number, Array<{ decisionDate: string; stars: number; score: number | null }>>;
}

export type RowAction = "create" | "update" | "unchanged" | "error";

export interface PlannedRow extends AnnexRow {
  action: RowAction;
  producerId: number | null;
  productId: number | null;
  level: CertificationLevel | null;
}

export interface PlanOptions {
  decision: Decision;
  decisionProblems: ImportProblem[];
  /** A commune officer's unit: rows elsewhere are errors. */
  scope: string | null;
  publish: boolean;
  now?: Date;
}

export function producerKey(row: AnnexRow): string {
  return `${row.provinceCode}|${nameKey(row.producer)}`;
}

/** Decides each row's action against what exists, and marks duplicates and rows out of scope. */
export function planRows(rows: AnnexRow[], existing: Existing, options: PlanOptions): PlannedRow[] {
  const { decision } = options;
  const seen = new Map<string, number>();
  const firstOfKey = new Map<string, PlannedRow>();
  const today = todayInVietnam(options.now);
  return rows.map((r) => {
    const problems = [...r.problems, ...options.decisionProblems];
    // Completed in place, not copied: 20,000 rows are held once.
    const planned = Object.assign(r, {
      problems,
      action: "error" as RowAction,
      producerId: null as number | null,
      productId: null as number | null,
      level: null as CertificationLevel | null,
    });
    const producer = r.commune ? existing.producers.get(producerKey(r)) : undefined;
    planned.producerId = producer?.id ?? null;
    const product = r.commune ? existing.products.get(`${producerKey(r)}|${nameKey(r.product)}`) : undefined;
    planned.productId = product?.id ?? null;
    if (options.scope !== null && r.commune) {
      if (r.commune.code !== options.scope)
        problems.push(problem("address", "communeOutOfScope", { commune: r.commune.fullName }));
      else if (producer && producer.communeCode !== options.scope)
        problems.push(problem("producer", "communeOutOfScope", { commune: producer.communeName ?? "-" }));
    }
    if (!product) {
      if (!r.group) problems.push(problem("group", "required"));
      else if (!r.categoryCode) problems.push(problem("group", "groupUnknown", { value: r.group }));
    }
    if (r.stars !== null && scoreBandOf(r.stars)) {
      planned.level = decision.level ?? (r.stars === 5 ? CertificationLevel.CENTRAL : CertificationLevel.PROVINCE);
      if (r.stars === 5 && planned.level !== CertificationLevel.CENTRAL)
        problems.push(problem("level", "fiveStarsCentral"));
    }
    if (r.product && r.producer && r.provinceCode) {
      const key = `${producerKey(r)}|${nameKey(r.product)}`;
      const other = seen.get(key);
      if (other !== undefined) {
        problems.push(problem("product", "duplicateRow", { other }));
        const first = firstOfKey.get(key)!;
        if (!first.problems.some((p) => p.code === "duplicateRow")) {
          first.problems.push(problem("product", "duplicateRow", { other: r.row }));
          first.action = "error";
        }
      } else {
        seen.set(key, r.row);
        firstOfKey.set(key, planned);
      }
    }
    if (product && decision.number && decision.date && r.stars !== null) {
      const score = r.score === null ? null : Math.floor(r.score);
      const same = existing.certificates.get(product.id) ?? [];
      const identical = same.find((c) => c.decisionDate === decision.date && c.stars === r.stars && c.score === score);
      if (same.length > 0 && !identical) {
        const c = same[0]!;
        problems.push(
          problem("stars", "certificateConflict", {
            number: decision.number,
            stars: c.stars,
            score: c.score ?? "-",
            date: c.decisionDate,
          }),
        );
      }
      if (identical && problems.length === 0) planned.action = "unchanged";
    }
    if (!product && options.publish && decision.date && validUntilOf(decision.date) < today)
      problems.push(
        problem("publish", "publishNeedsValidCertificate", { date: decision.date, until: validUntilOf(decision.date) }),
      );
    if (problems.length > 0) planned.action = "error";
    else if (planned.action !== "unchanged") planned.action = product ? "update" : "create";
    return planned;
  });
}
