import type { Plugin } from "vite";

/**
 * Runs the entry script after the first paint instead of before it. A module script is deferred,
 * but on a fast connection it has arrived by the time the HTML is parsed, and the browser runs it
 * (reading the server's data, hydrating: hundreds of milliseconds on a slow phone) before it paints
 * the server-rendered page already in hand. The entry is still fetched at once (modulepreload);
 * public/start.js imports it from the task after the first frame.
 */
export function startAfterFirstPaint(): Plugin {
  return {
    name: "ocop:start-after-first-paint",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html) {
        return html.replace(
          /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"><\/script>/,
          (_tag, src: string) => `<script src="/start.js" data-entry="${src}" defer></script>`,
        );
      },
    },
  };
}
