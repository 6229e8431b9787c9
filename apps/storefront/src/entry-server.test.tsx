import { readFileSync } from "node:fs";
import path from "node:path";
import { ApolloClient, ApolloLink, InMemoryCache } from "@apollo/client";
import { buildSchema, graphql } from "graphql";
import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import { Observable } from "rxjs";
import { describe, expect, it } from "vitest";
import { Router } from "wouter";
import { App } from "./App";
import { renderPage, type ExecuteGraphQL } from "./entry-server";
import { typePolicies } from "./lib/apollo";

const publicSchema = buildSchema(
  readFileSync(path.resolve(__dirname, "../../../packages/schema/public.graphql"), "utf8"),
);

/** The home page's data as the API would answer it (a small catalogue). */
const root = {
  products: { totalCount: 0, edges: [] },
  categories: [{ code: "TP", name: "Thực phẩm", productCount: 12 }],
  catalogStats: { totalProducts: 12, totalProducers: 5, byStars: [{ stars: 4, count: 12 }] },
  showcaseEvents: { edges: [] },
};

describe("server rendering cut short by its time budget", () => {
  it("hands the browser the data the markup was rendered from, not answers that came after it", async () => {
    const budget = new AbortController();
    // The budget runs out while the first answers are on their way: they land after the render.
    const execute: ExecuteGraphQL = async (operation) => {
      budget.abort();
      return graphql({
        schema: publicSchema,
        source: operation.query,
        variableValues: operation.variables,
        rootValue: root,
      }) as ReturnType<ExecuteGraphQL>;
    };
    const page = await renderPage("/", execute, budget.signal);
    expect(page.complete).toBe(false);

    // What the browser does first: render from the handed-over cache, before any answer of its own.
    const client = new ApolloClient({
      link: new ApolloLink(() => new Observable(() => undefined)),
      cache: new InMemoryCache({ typePolicies }).restore(page.data),
    });
    const hydrated = renderToString(
      <StrictMode>
        <Router ssrPath="/">
          <App client={client} />
        </Router>
      </StrictMode>,
    );
    client.stop();
    expect(hydrated).toBe(page.html);
  });
});
