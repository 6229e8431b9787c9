import { useEffect } from "react";
import { useSiteName } from "./useSiteName";

function metaTag(name: string): HTMLMetaElement {
  let el = document.head.querySelector<HTMLMetaElement>(`meta[name="${name}"]`);
  if (!el) {
    el = document.createElement("meta");
    el.name = name;
    document.head.appendChild(el);
  }
  return el;
}

/**
 * Sets document.title and the meta description (index.html carries placeholders that the server
 * may replace for crawlers); `noindex` adds robots noindex while the page is shown (404s).
 */
export function usePageMeta(title: string | null | undefined, description?: string | null, noindex = false): void {
  const site = useSiteName();
  useEffect(() => {
    if (title) document.title = title === site ? site : `${title} · ${site}`;
    if (description) metaTag("description").content = description.replace(/\s+/g, " ").trim().slice(0, 300);
  }, [title, description, site]);
  useEffect(() => {
    if (!noindex) return;
    const robots = metaTag("robots");
    robots.content = "noindex";
    return () => robots.remove();
  }, [noindex]);
}
