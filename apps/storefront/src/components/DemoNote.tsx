import { useT } from "../i18n/i18n";

/** Marks a record of the demo dataset, so nobody mistakes it for an official one. */
export function DemoNote({ long = false }: { long?: boolean }) {
  const t = useT();
  return (
    <span className={long ? "demo-note demo-note--long" : "demo-note"}>{long ? t("demo.long") : t("demo.short")}</span>
  );
}
