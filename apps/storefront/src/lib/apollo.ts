import { ApolloClient, HttpLink, InMemoryCache, type NormalizedCacheObject } from "@apollo/client";
import type { Language } from "../i18n/lang";

export const typePolicies = {
  // Places and categories are identified by their codes, not by an id.
  AdministrativeUnit: { keyFields: ["code"] },
  Province: { keyFields: ["code"] },
  Category: { keyFields: ["code"] },
};

/**
 * The API picks localized names and descriptions by `?lang=`; queries go as GET so CDNs and the
 * browser can cache them. One client (and cache) per language keeps languages from mixing.
 */
export function createClient(lang: Language, uri = "/graphql"): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: `${uri}?lang=${lang}`, useGETForQueries: true }),
    cache: new InMemoryCache({ typePolicies }),
  });
}

const clients = new Map<Language, ApolloClient>();

/**
 * The answers the server rendered the page with (see entry-server.tsx), put in the language's
 * cache before hydration so that the first render shows the same data without asking again.
 */
export function restoreServerData(lang: Language, state: NormalizedCacheObject): void {
  clientFor(lang).cache.restore(state);
}

export function clientFor(lang: Language): ApolloClient {
  let client = clients.get(lang);
  if (!client) {
    client = createClient(lang);
    clients.set(lang, client);
  }
  return client;
}
