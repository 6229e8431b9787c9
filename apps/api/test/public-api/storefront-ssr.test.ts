import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

const FIXTURES = path.join(__dirname, "..", "fixtures");
const SLUG = "rau-cai-bo-xoi-huu-co-huu-lung";

let api: TestApi;
let unbuilt: TestApi;
beforeAll(async () => {
  [api, unbuilt] = await Promise.all([
    startTestApi({
      STOREFRONT_DIST: path.join(FIXTURES, "storefront-dist"),
      STOREFRONT_SSR: "true",
      STOREFRONT_SERVER_ENTRY: path.join(FIXTURES, "storefront-server", "entry-server.mjs"),
    }),
    startTestApi({
      STOREFRONT_DIST: path.join(FIXTURES, "storefront-dist"),
      STOREFRONT_SSR: "true",
      STOREFRONT_SERVER_ENTRY: path.join(FIXTURES, "storefront-server", "missing.mjs"),
    }),
  ]);
});
afterAll(async () => {
  await api?.close();
  await unbuilt?.close();
});

const renders = () => (globalThis as { fixtureRenders?: number }).fixtureRenders ?? 0;
const html = async (server: TestApi, pathname: string) => {
  const response = await fetch(`${server.url}${pathname}`);
  return { status: response.status, text: await response.text() };
};
const dataOf = (text: string) =>
  JSON.parse(/<script type="application\/json" id="fixture-server-data">([^<]*)<\/script>/.exec(text)?.[1] ?? "null");

describe("storefront pages rendered on the server", () => {
  it("put the rendered app in place of the header shell, with the data it was rendered from", async () => {
    const { status, text } = await html(api, `/san-pham?slug=${SLUG}`);
    expect(status).toBe(200);
    expect(text).toContain(
      '<div id="root"><h1>Rau cải bó xôi hữu cơ Hữu Lũng</h1><p>$& costs $1</p></div><script type="application/json" id="fixture-server-data">',
    );
    expect(text).not.toContain("the header shell");
    // The data cannot end its <script> early, and reads back as it was.
    expect(text).not.toContain("</script><script>alert(1)");
    expect(dataOf(text)).toEqual({
      name: "Rau cải bó xôi hữu cơ Hữu Lũng",
      tricky: "</script><script>alert(1)</script>",
    });
    // The language of the path reaches the API's answers.
    expect((await html(api, `/en/san-pham?slug=${SLUG}`)).text).toMatch(/<h1>[^<]*spinach[^<]*<\/h1>/i);
  });

  it("announce the chunks the page needs beyond the entry, so they download alongside it", async () => {
    const head = (text: string) => text.slice(0, text.indexOf("</head>"));
    const preloads = (text: string) =>
      [...head(text).matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)" \/>/g)].map((m) => m[1]).sort();
    // The page's chunk, what it imports, the messages of the page's language; not what the entry loads.
    expect(preloads((await html(api, `/san-pham?slug=${SLUG}&visit=preload`)).text)).toEqual([
      "/assets/ProductPage.js",
      "/assets/Stars.js",
      "/assets/vi.js",
    ]);
    expect(preloads((await html(api, `/en/san-pham?slug=${SLUG}&visit=preload`)).text)).toEqual([
      "/assets/ProductPage.js",
      "/assets/Stars.js",
      "/assets/en.js",
    ]);
    // Nothing rendered on the server, nothing announced: the browser finds its chunks as before.
    expect(preloads((await html(api, "/san-pham?slug=explode")).text)).toEqual([]);
  });

  it("render a page once, and again only after the catalog changed", async () => {
    const url = `/san-pham?slug=${SLUG}&visit=cache`;
    await html(api, url);
    const before = renders();
    expect((await html(api, url)).text).toContain("<h1>Rau cải bó xôi hữu cơ Hữu Lũng</h1>");
    expect(renders()).toBe(before);

    await api.dataSource.query(`UPDATE product SET name_vi = 'Rau bó xôi Hữu Lũng' WHERE slug = $1`, [SLUG]);
    await new Promise((resolve) => setTimeout(resolve, 1100)); // a change made elsewhere is seen within a second
    expect((await html(api, url)).text).toContain("<h1>Rau bó xôi Hữu Lũng</h1>");
    expect(renders()).toBe(before + 1);
    await api.dataSource.query(`UPDATE product SET name_vi = 'Rau cải bó xôi hữu cơ Hữu Lũng' WHERE slug = $1`, [SLUG]);
  });

  it("share one rendering between simultaneous first requests for a page", async () => {
    const before = renders();
    const pages = await Promise.all([1, 2, 3].map(() => html(api, `/san-pham?slug=${SLUG}&visit=together`)));
    expect(new Set(pages.map((p) => p.text)).size).toBe(1);
    expect(renders()).toBe(before + 1);
  });

  it("go out with what was rendered when the data takes too long, and are not kept", async () => {
    const before = renders();
    const started = Date.now();
    const slow = await html(api, "/san-pham?slug=slow");
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
    expect(slow.status).toBe(200);
    expect(slow.text).toContain(
      '<div id="root"><p>loading</p></div><script type="application/json" id="fixture-server-data">{}</script>',
    );
    await html(api, "/san-pham?slug=slow");
    expect(renders()).toBe(before + 2);
  });

  it("leave the page to the browser when the renderer fails or is not built", async () => {
    const failed = await html(api, "/san-pham?slug=explode");
    expect(failed.status).toBe(200);
    expect(failed.text).toContain("<header>the header shell</header>");
    expect(failed.text).not.toContain("fixture-server-data");

    const notBuilt = await html(unbuilt, `/san-pham?slug=${SLUG}`);
    expect(notBuilt.status).toBe(200);
    expect(notBuilt.text).toContain("<header>the header shell</header>");
  });
});
