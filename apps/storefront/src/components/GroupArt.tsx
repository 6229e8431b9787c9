import type { ReactNode } from "react";
import { GROUP_COLORS, type ProductGroupCode } from "../lib/groups";

// Simple line illustrations, one per OCOP product group, drawn on a 120×90 canvas.
const ICONS: Record<ProductGroupCode, ReactNode> = {
  // food: a bowl of rice with chopsticks
  TP: (
    <>
      <path d="M34 48h52a26 18 0 0 1-52 0z" />
      <path d="M40 47c3-8 10-12 20-12s17 4 20 12" />
      <path d="M70 22l14 20M78 20l10 22" />
      <path d="M48 68h24" />
    </>
  ),
  // beverages: a bottle and a cup
  DU: (
    <>
      <path d="M46 18h10v10c6 4 8 8 8 14v28a4 4 0 0 1-4 4H42a4 4 0 0 1-4-4V42c0-6 2-10 8-14z" />
      <path d="M38 50h26" />
      <path d="M72 50h16v16a8 8 0 0 1-16 0z" />
      <path d="M88 54h4a4 4 0 0 1 0 8h-4" />
    </>
  ),
  // herbal: a leaf sprig
  DL: (
    <>
      <path d="M60 76V30" />
      <path d="M60 46c-14 0-22-8-24-20 14 0 22 8 24 20z" />
      <path d="M60 58c14 0 22-8 24-20-14 0-22 8-24 20z" />
      <path d="M60 34c-6-4-8-10-6-16 6 2 8 8 6 16z" />
      <path d="M44 76h32" />
    </>
  ),
  // handicrafts: a woven basket
  TC: (
    <>
      <path d="M32 40h56l-8 34H40z" />
      <path d="M40 40c0-14 9-22 20-22s20 8 20 22" />
      <path d="M35 52h50M37 63h46" />
      <path d="M50 40l-2 34M60 40v34M70 40l2 34" />
    </>
  ),
  // ornamental: a flower in a pot
  SV: (
    <>
      <circle cx="60" cy="32" r="6" />
      <path d="M60 26c-3-8 3-12 0-14M66 32c8-3 12 3 14 0M60 38c3 8-3 12 0 14M54 32c-8 3-12-3-14 0" />
      <path d="M60 44v16M60 52c-6-2-10-6-10-10 6 0 10 4 10 10z" />
      <path d="M44 60h32l-5 16H49z" />
    </>
  ),
  // tourism: mountains, sun and a stilt house roof
  DV: (
    <>
      <circle cx="82" cy="26" r="7" />
      <path d="M18 72l24-34 14 18 10-12 36 28z" />
      <path d="M44 72V62l10-8 10 8v10" />
      <path d="M50 72v-6h8v6" />
    </>
  ),
};

/** The designed stand-in for a product without photos: the group's colour and illustration (decorative without a label). */
export function GroupArt({ group, label, className }: { group: ProductGroupCode; label?: string; className?: string }) {
  const c = GROUP_COLORS[group];
  return (
    <svg
      className={className}
      viewBox="0 0 120 90"
      width="120"
      height="90"
      {...(label ? { role: "img", "aria-label": label } : { "aria-hidden": true })}
      focusable="false"
    >
      <rect width="120" height="90" fill={c.bg} />
      <circle cx="60" cy="47" r="36" fill="#fff" opacity=".55" />
      <g fill="none" stroke={c.fg} strokeWidth="3" strokeLinecap="round" strokeLinejoin="round">
        {ICONS[group]}
      </g>
    </svg>
  );
}
