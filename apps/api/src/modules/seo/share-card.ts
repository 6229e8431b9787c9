import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ImageVariant, ShareCardData } from "./seo.service";
import { GROUP_ART } from "@ocop/schema/group-art";

/*
 * The renderers are loaded on the first card, not by every API process at start: satori (with its
 * layout engine), resvg and libvips cost some 60 MB of memory between them once used.
 */
const renderers = async () => {
  const [{ default: satori }, { renderAsync }, { default: sharp }] = await Promise.all([
    import("satori"),
    import("@resvg/resvg-js"),
    import("sharp"),
  ]);
  // Nothing is rendered twice on purpose (cards are cached as JPEG): libvips' cache would only hold memory.
  sharp.cache(false);
  return { satori, renderAsync, sharp };
};

/** The size link previews (Facebook, Zalo, X) show large: 1.91:1. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Scrapers drop bigger images, or fetch them slowly on a fair's Wi-Fi. */
export const CARD_MAX_BYTES = 100 * 1024;

/** The languages a card is drawn in: the bundled font has Latin and Vietnamese glyphs, no Chinese. */
export type CardLanguage = "vi" | "en";

/** What a satori element is (its own JSX-free form: the API has no React). */
interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: CardChild | CardChild[]; src?: string } & Record<
    string,
    unknown
  >;
}
type CardChild = CardNode | string | null;

const h = (type: string, props: CardNode["props"], ...children: CardChild[]): CardNode => ({
  type,
  props: { ...props, children: children.filter((c) => c !== null) },
});

function groupArtSvg(group: string | null): string {
  const art = GROUP_ART[(group ?? "") as keyof typeof GROUP_ART] ?? GROUP_ART.EVENT;
  // Square crop of the 120×90 drawing, centred, for the card's square picture.
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="15 0 90 90" width="630" height="630"><rect x="0" width="120" height="90" fill="${art.bg}"/><circle cx="60" cy="47" r="36" fill="#fff" opacity=".55"/><g fill="none" stroke="${art.fg}" stroke-width="3" stroke-linecap="round" stroke-linejoin="round">${art.icon}</g></svg>`;
}

const STAR_PATH = "M12 2l2.9 6.6 7.1.6-5.4 4.7 1.6 7-6.2-3.8-6.2 3.8 1.6-7L2 9.2l7.1-.6z";

function starsSvg(stars: number): string {
  const shapes = Array.from(
    { length: 5 },
    (_, i) => `<path transform="translate(${i * 26} 0)" d="${STAR_PATH}" fill="${i < stars ? "#d97706" : "#e5e7eb"}"/>`,
  ).join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 24" width="${128 * 2}" height="${24 * 2}">${shapes}</svg>`;
}

const svgUri = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;

const TEXT: Record<
  CardLanguage,
  {
    validUntil: (date: string) => string;
    expired: (date: string) => string;
    revoked: string;
    none: string;
    products: (n: number) => string;
    stars: (n: number) => string;
  }
> = {
  vi: {
    validUntil: (d) => `Chứng nhận còn hiệu lực đến ${d}`,
    expired: (d) => `Chứng nhận đã hết hạn ngày ${d}`,
    revoked: "Chứng nhận đã bị thu hồi",
    none: "Chưa có chứng nhận còn hiệu lực",
    products: (n) => `${n} sản phẩm OCOP`,
    stars: (n) => `OCOP ${n} sao`,
  },
  en: {
    validUntil: (d) => `Certificate valid until ${d}`,
    expired: (d) => `Certificate expired on ${d}`,
    revoked: "Certificate revoked",
    none: "No valid certificate",
    products: (n) => `${n} OCOP product${n === 1 ? "" : "s"}`,
    stars: (n) => `OCOP ${n} star${n === 1 ? "" : "s"}`,
  },
};

/** dd/mm/yyyy, as the storefront and the admin write dates. */
const dmy = (iso: string) => iso.slice(0, 10).split("-").reverse().join("/");

/*
 * The bundled font (Be Vietnam Pro from @fontsource, WOFF: satori reads no WOFF2) comes as a Latin
 * and a Vietnamese subset. Under one family name satori draws only the first subset's glyphs
 * ("Sơn" loses its ơ); as two families listed in order, each character comes from the one that has it.
 */
const FONT_FAMILIES = { latin: "Be Vietnam Pro", vietnamese: "Be Vietnam Pro Vietnamese" } as const;
const FONT_FAMILY = `${FONT_FAMILIES.latin}, ${FONT_FAMILIES.vietnamese}`;

async function loadFonts() {
  const dir = path.join(path.dirname(require.resolve("@fontsource/be-vietnam-pro/package.json")), "files");
  const files = [
    ["latin", 400],
    ["latin", 700],
    ["vietnamese", 400],
    ["vietnamese", 700],
  ] as const;
  return Promise.all(
    files.map(async ([subset, weight]) => ({
      name: FONT_FAMILIES[subset],
      data: await readFile(path.join(dir, `be-vietnam-pro-${subset}-${weight}-normal.woff`)),
      weight,
      style: "normal" as const,
    })),
  );
}
let fonts: ReturnType<typeof loadFonts> | undefined;

/** The variant to crop the card's square from: the smallest JPEG at least the square's size. */
function photoVariant(variants: ImageVariant[] | null): ImageVariant | undefined {
  const jpegs = (variants ?? []).filter((v) => v.format === "jpeg").sort((a, b) => a.width - b.width);
  return jpegs.find((v) => v.width >= CARD_HEIGHT) ?? jpegs[jpegs.length - 1];
}

/** The card's square picture as a data URI: the photo when it can be read, else the group art. */
async function picture(
  data: ShareCardData,
  readMedia: (key: string) => Promise<Buffer>,
  sharp: Awaited<ReturnType<typeof renderers>>["sharp"],
): Promise<string> {
  const variant = photoVariant(data.variants);
  if (variant) {
    try {
      const jpeg = await sharp(await readMedia(variant.key))
        .resize(CARD_HEIGHT, CARD_HEIGHT, { fit: "cover" })
        .jpeg({ quality: 80 })
        .toBuffer();
      return `data:image/jpeg;base64,${jpeg.toString("base64")}`;
    } catch {
      // A missing or unreadable file: the card still goes out, with the art a broken image would show.
    }
  }
  return svgUri(groupArtSvg(data.group));
}

/** Renders a share card (JPEG, 1200×630, at most CARD_MAX_BYTES). */
export async function renderShareCard(
  data: ShareCardData,
  lang: CardLanguage,
  brand: string,
  readMedia: (key: string) => Promise<Buffer>,
): Promise<Buffer> {
  const { satori, renderAsync, sharp } = await renderers();
  const t = TEXT[lang];
  const status =
    data.certificate === "valid" && data.validUntil
      ? { text: t.validUntil(dmy(data.validUntil)), color: "#166534" }
      : data.certificate === "expired" && data.validUntil
        ? { text: t.expired(dmy(data.validUntil)), color: "#b91c1c" }
        : data.certificate === "revoked"
          ? { text: t.revoked, color: "#b91c1c" }
          : data.certificate === "none"
            ? { text: t.none, color: "#4b5563" }
            : null;
  const dates =
    data.startsOn && data.endsOn
      ? data.startsOn === data.endsOn
        ? dmy(data.startsOn)
        : `${dmy(data.startsOn)} – ${dmy(data.endsOn)}`
      : null;
  const nameSize = data.name.length > 60 ? 44 : data.name.length > 32 ? 54 : 64;
  const tree = h(
    "div",
    {
      style: {
        display: "flex",
        width: CARD_WIDTH,
        height: CARD_HEIGHT,
        backgroundColor: "#ffffff",
        fontFamily: FONT_FAMILY,
        color: "#111827",
      },
    },
    h("img", { src: await picture(data, readMedia, sharp), width: CARD_HEIGHT, height: CARD_HEIGHT, style: {} }),
    h(
      "div",
      {
        style: {
          display: "flex",
          flexDirection: "column",
          justifyContent: "space-between",
          width: CARD_WIDTH - CARD_HEIGHT,
          padding: "48px 44px",
        },
      },
      h(
        "div",
        { style: { display: "flex", flexDirection: "column" } },
        h(
          "div",
          { style: { fontSize: nameSize, fontWeight: 700, lineHeight: 1.15, lineClamp: 4, display: "block" } },
          data.name,
        ),
        data.stars
          ? h(
              "div",
              { style: { display: "flex", alignItems: "center", marginTop: 28, fontSize: 30 } },
              h("img", { src: svgUri(starsSvg(data.stars)), width: 256, height: 48, style: { marginRight: 16 } }),
              t.stars(data.stars),
            )
          : null,
        status
          ? h("div", { style: { marginTop: 20, fontSize: 28, fontWeight: 700, color: status.color } }, status.text)
          : null,
        data.productCount !== undefined
          ? h("div", { style: { marginTop: 20, fontSize: 28 } }, t.products(data.productCount))
          : null,
        dates ? h("div", { style: { marginTop: 20, fontSize: 30, fontWeight: 700 } }, dates) : null,
      ),
      h(
        "div",
        { style: { display: "flex", flexDirection: "column", fontSize: 26, color: "#374151" } },
        data.detail ? h("div", { style: { display: "block", lineClamp: 2 } }, data.detail) : null,
        data.province ? h("div", { style: { fontWeight: 700, marginTop: 6 } }, data.province) : null,
        h("div", { style: { marginTop: 18, fontSize: 24, color: "#9a3412", fontWeight: 700 } }, brand),
      ),
    ),
  );
  // satori reads plain { type, props } objects; its type names React's element type, which this tree is in shape.
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: await (fonts ??= loadFonts()),
  });
  // Rasterised on libuv's thread pool: a card takes tens of milliseconds the event loop keeps for requests.
  const png = (await renderAsync(svg, { fitTo: { mode: "width", value: CARD_WIDTH } })).asPng();
  // JPEG: a photo card as PNG is several hundred kB; lower quality until it fits the budget.
  // (Even a photo of pure noise fits at 40.)
  for (const quality of [82, 70, 55, 40]) {
    const jpeg = await sharp(png).jpeg({ quality, mozjpeg: true }).toBuffer();
    if (jpeg.length <= CARD_MAX_BYTES) return jpeg;
  }
  return sharp(png).jpeg({ quality: 25, mozjpeg: true }).toBuffer();
}
