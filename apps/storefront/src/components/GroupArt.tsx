import { GROUP_ART } from "@ocop/schema/group-art";
import type { ProductGroupCode } from "../lib/groups";

/** The designed stand-in for a product without photos: the group's colour and illustration (decorative without a label). */
export function GroupArt({ group, label, className }: { group: ProductGroupCode; label?: string; className?: string }) {
  const art = GROUP_ART[group];
  return (
    <svg
      className={className}
      viewBox="0 0 120 90"
      width="120"
      height="90"
      {...(label ? { role: "img", "aria-label": label } : { "aria-hidden": true })}
      focusable="false"
    >
      <rect width="120" height="90" fill={art.bg} />
      <circle cx="60" cy="47" r="36" fill="#fff" opacity=".55" />
      {/* The drawings are constants of our own package, never user input. */}
      <g
        fill="none"
        stroke={art.fg}
        strokeWidth="3"
        strokeLinecap="round"
        strokeLinejoin="round"
        dangerouslySetInnerHTML={{ __html: art.icon }}
      />
    </svg>
  );
}
