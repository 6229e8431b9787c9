import type { Metadata } from "sharp";
import { concurrencyLimit } from "../../lib/concurrency-limit";
import type { ImageVariantRecord } from "./product-image.entity";

/** Widths made for srcset; an image is never enlarged. */
export const VARIANT_WIDTHS = [320, 640, 1024, 1600] as const;
export const MAX_PIXELS = 40_000_000;
export const MAX_SIDE = 12_000;
export const MIN_SIDE = 100;
const ACCEPTED = new Set(["jpeg", "png", "webp", "avif", "heif", "gif", "tiff"]);

export class ImageRejected extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface ProcessedImage {
  width: number;
  height: number;
  files: Array<ImageVariantRecord & { data: Buffer; contentType: string }>;
}

/**
 * Decoding a 40-megapixel image takes up to ~160 MB: one at a time per process keeps the API within
 * its memory budget whatever number of staff upload at once (the others wait a few seconds).
 */
const oneDecodingAtATime = concurrencyLimit(1);

/**
 * Checks an upload (a real image, of a sane size) and renders its web variants: WebP for browsers,
 * JPEG for link previews and old clients, each at the srcset widths up to the original's. The
 * input is a file path (uploads are streamed to disk) or the bytes themselves.
 */
export function processUpload(input: Buffer | string, keyPrefix: string): Promise<ProcessedImage> {
  return oneDecodingAtATime(() => renderVariants(input, keyPrefix));
}

/** The header shows the logo at most 48 px high; twice that serves screens of double density. */
export const LOGO_MAX_HEIGHT = 96;
export const LOGO_MAX_WIDTH = 480;
const LOGO_MIN_SIDE = 16;

/** A logo as stored: one PNG and its size in pixels. */
export interface ProcessedLogo {
  key: string;
  width: number;
  height: number;
  data: Buffer;
}

/**
 * Checks an uploaded logo (a raster image; SVG is refused, as it can carry scripts) and renders it
 * as one PNG (transparency kept) of at most LOGO_MAX_WIDTH × LOGO_MAX_HEIGHT, never enlarged.
 */
export function processLogo(input: Buffer | string, keyPrefix: string): Promise<ProcessedLogo> {
  return oneDecodingAtATime(async () => {
    const sharp = await loadSharp();
    await checkedSize(sharp, input, LOGO_MIN_SIDE);
    try {
      const { data, info } = await sharp(input, { limitInputPixels: MAX_PIXELS })
        .rotate()
        .resize({ width: LOGO_MAX_WIDTH, height: LOGO_MAX_HEIGHT, fit: "inside", withoutEnlargement: true })
        .png({ compressionLevel: 9 })
        .toBuffer({ resolveWithObject: true });
      return { key: `${keyPrefix}-${info.width}x${info.height}.png`, width: info.width, height: info.height, data };
    } catch {
      throw new ImageRejected(415, "DAMAGED_IMAGE", "The image is damaged or incomplete: save it again and retry");
    }
  });
}

async function loadSharp(): Promise<typeof import("sharp")> {
  // libvips costs ~20 MB of memory: loaded on the first upload, not by every API process at start.
  const { default: sharp } = await import("sharp");
  // Nothing is decoded twice on purpose: libvips' operation cache would only hold memory.
  sharp.cache(false);
  return sharp;
}

/** The upload's upright size, once it is known to be an accepted image of a sane size. */
async function checkedSize(
  sharp: typeof import("sharp"),
  input: Buffer | string,
  minSide: number,
): Promise<{ width: number; height: number }> {
  let meta: Metadata;
  try {
    meta = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    throw new ImageRejected(415, "NOT_AN_IMAGE", "The file is not an image (JPEG, PNG, WebP, AVIF or HEIC)");
  }
  if (!meta.format || !ACCEPTED.has(meta.format)) {
    throw new ImageRejected(
      415,
      "NOT_AN_IMAGE",
      `Images must be JPEG, PNG, WebP, AVIF or HEIC, not ${meta.format ?? "unknown"}`,
    );
  }
  const rotated = (meta.orientation ?? 1) >= 5;
  const width = (rotated ? meta.height : meta.width) ?? 0;
  const height = (rotated ? meta.width : meta.height) ?? 0;
  if (width * height > MAX_PIXELS || width > MAX_SIDE || height > MAX_SIDE) {
    throw new ImageRejected(
      400,
      "IMAGE_TOO_LARGE",
      `The image is ${width}×${height} pixels; at most ${MAX_SIDE} per side and ${MAX_PIXELS / 1e6} megapixels`,
    );
  }
  if (width < minSide || height < minSide) {
    throw new ImageRejected(
      400,
      "IMAGE_TOO_SMALL",
      `The image is ${width}×${height} pixels; at least ${minSide} per side`,
    );
  }
  return { width, height };
}

async function renderVariants(input: Buffer | string, keyPrefix: string): Promise<ProcessedImage> {
  const sharp = await loadSharp();
  const { width, height } = await checkedSize(sharp, input, MIN_SIDE);
  const widths: number[] = VARIANT_WIDTHS.filter((w) => w < width);
  if (widths.length === 0 || width <= VARIANT_WIDTHS.at(-1)!) widths.push(Math.min(width, VARIANT_WIDTHS.at(-1)!));
  try {
    return { width, height, files: await renderWidths(sharp, input, [...new Set(widths)], keyPrefix) };
  } catch {
    // A valid header over truncated or corrupt pixel data fails only when decoded.
    throw new ImageRejected(415, "DAMAGED_IMAGE", "The image is damaged or incomplete: save it again and retry");
  }
}

async function renderWidths(
  sharp: typeof import("sharp"),
  input: Buffer | string,
  widths: number[],
  keyPrefix: string,
): Promise<ProcessedImage["files"]> {
  const files: ProcessedImage["files"] = [];
  for (const w of widths) {
    const base = sharp(input, { limitInputPixels: MAX_PIXELS }).rotate().resize({ width: w, withoutEnlargement: true });
    for (const format of ["webp", "jpeg"] as const) {
      const { data, info } = await (
        format === "webp" ? base.clone().webp({ quality: 78 }) : base.clone().jpeg({ quality: 80, mozjpeg: true })
      ).toBuffer({ resolveWithObject: true });
      files.push({
        key: `${keyPrefix}-${info.width}.${format === "jpeg" ? "jpg" : "webp"}`,
        width: info.width,
        height: info.height,
        format,
        data,
        contentType: format === "jpeg" ? "image/jpeg" : "image/webp",
      });
    }
  }
  return files;
}
