import type { ProductGroupCode } from "./enums";

/**
 * The designed stand-in for a picture: per OCOP product group (and for an event) a colour pair that
 * passes 4.5:1 with white text and a line drawing on a 120×90 canvas, as SVG markup. One
 * definition for the storefront's placeholders and the server's share cards.
 */
export interface GroupArtDrawing {
  fg: string;
  bg: string;
  /** SVG elements, stroked with `fg` by whoever draws them. */
  icon: string;
}

export const GROUP_ART: Readonly<Record<ProductGroupCode | "EVENT", GroupArtDrawing>> = {
  TP: {
    fg: "#9a3412",
    bg: "#ffedd5",
    icon: '<path d="M34 48h52a26 18 0 0 1-52 0z"/><path d="M40 47c3-8 10-12 20-12s17 4 20 12"/><path d="M70 22l14 20M78 20l10 22"/><path d="M48 68h24"/>',
  },
  DU: {
    fg: "#1e40af",
    bg: "#dbeafe",
    icon: '<path d="M46 18h10v10c6 4 8 8 8 14v28a4 4 0 0 1-4 4H42a4 4 0 0 1-4-4V42c0-6 2-10 8-14z"/><path d="M38 50h26"/><path d="M72 50h16v16a8 8 0 0 1-16 0z"/><path d="M88 54h4a4 4 0 0 1 0 8h-4"/>',
  },
  DL: {
    fg: "#166534",
    bg: "#dcfce7",
    icon: '<path d="M60 76V30"/><path d="M60 46c-14 0-22-8-24-20 14 0 22 8 24 20z"/><path d="M60 58c14 0 22-8 24-20-14 0-22 8-24 20z"/><path d="M60 34c-6-4-8-10-6-16 6 2 8 8 6 16z"/><path d="M44 76h32"/>',
  },
  TC: {
    fg: "#7c2d12",
    bg: "#f5e6d3",
    icon: '<path d="M32 40h56l-8 34H40z"/><path d="M40 40c0-14 9-22 20-22s20 8 20 22"/><path d="M35 52h50M37 63h46"/><path d="M50 40l-2 34M60 40v34M70 40l2 34"/>',
  },
  SV: {
    fg: "#9d174d",
    bg: "#fce7f3",
    icon: '<circle cx="60" cy="32" r="6"/><path d="M60 26c-3-8 3-12 0-14M66 32c8-3 12 3 14 0M60 38c3 8-3 12 0 14M54 32c-8 3-12-3-14 0"/><path d="M60 44v16M60 52c-6-2-10-6-10-10 6 0 10 4 10 10z"/><path d="M44 60h32l-5 16H49z"/>',
  },
  DV: {
    fg: "#115e59",
    bg: "#ccfbf1",
    icon: '<circle cx="82" cy="26" r="7"/><path d="M18 72l24-34 14 18 10-12 36 28z"/><path d="M44 72V62l10-8 10 8v10"/><path d="M50 72v-6h8v6"/>',
  },
  // An event: a calendar page.
  EVENT: {
    fg: "#1f2937",
    bg: "#e5e7eb",
    icon: '<rect x="34" y="22" width="52" height="50" rx="4"/><path d="M34 36h52M46 16v12M74 16v12"/><path d="M46 50h8M58 50h8M70 50h4M46 60h8M58 60h8"/>',
  },
};
