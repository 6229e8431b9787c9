import { MAX_PAGE_SIZE } from "@ocop/schema/enums";
import { ArgsType, type ClassType, Field, Int, ObjectType } from "type-graphql";
import { badUserInput, fieldError } from "./errors";

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  totalCount: number;
  edges: Array<Edge<T>>;
  pageInfo: PageInfo;
}

/**
 * One connection shape for every list (type-graphql's generic-types example). `extended`: the
 * connection is a base class that a list with fields of its own extends under the same name.
 */
export function ConnectionType<T extends object>(node: ClassType<T>, name: string, extended = false) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  // An extended base is never referenced by the schema, so type-graphql leaves it out of the SDL.
  @ObjectType(`${name}Connection${extended ? "Base" : ""}`, { description: `A page of ${name} records` })
  class ConnectionClass {
    @Field(() => Int, { description: "How many records match, over all pages" })
    totalCount: number;

    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  return ConnectionClass;
}

export interface Page {
  offset: number;
  limit: number;
}

/**
 * Cursors are opaque to clients; inside they are the offset of the record in its ordered list.
 * `first` is capped: a client can never ask for an unbounded list.
 */
export function pageOf(first: number | null | undefined, after: string | null | undefined): Page {
  const limit = first ?? 20;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw badUserInput([fieldError("first", "pageSize", { max: MAX_PAGE_SIZE })]);
  }
  return { offset: after ? decodeCursor(after) + 1 : 0, limit };
}

/**
 * Staff lists page by explicit offset: the admin shows page numbers (jump to page 7, deep links),
 * which cursors would make it forge. The public API keeps its opaque cursors.
 */
@ArgsType()
export class OffsetPageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: `Rows per page, 0 to ${MAX_PAGE_SIZE}` })
  first: number | null;

  @Field(() => Int, { nullable: true, defaultValue: 0, description: "Rows to skip, from the start of the list" })
  offset: number | null;
}

/** The page an `OffsetPageArgs` asks for; a page size over the cap or a negative offset names its field. */
export function offsetPageOf({ first, offset }: OffsetPageArgs): Page {
  const limit = first ?? 20;
  const skip = offset ?? 0;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw badUserInput([{ field: "first", message: `must be between 0 and ${MAX_PAGE_SIZE}` }]);
  }
  if (!Number.isInteger(skip) || skip < 0) {
    throw badUserInput([{ field: "offset", message: "must be 0 or more" }]);
  }
  return { offset: skip, limit };
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString("base64url");
}

function decodeCursor(cursor: string): number {
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  if (!match) throw badUserInput([fieldError("after", "badCursor")]);
  return Number(match[1]);
}

export function connectionOf<T>(nodes: T[], totalCount: number, page: Page): Connection<T> {
  const edges = nodes.map((node, i) => ({ cursor: encodeCursor(page.offset + i), node }));
  return {
    totalCount,
    edges,
    pageInfo: {
      hasNextPage: page.offset + nodes.length < totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Cost of a connection field for the query-cost limit: its children, once per requested row. */
export function connectionComplexity({
  args,
  childComplexity,
}: {
  args: Record<string, unknown>;
  childComplexity: number;
}): number {
  const first = typeof args.first === "number" ? args.first : 20;
  return 1 + Math.max(first, 1) * childComplexity;
}

/** A connection of the records a loader gives for these ids, in the ids' order. */
export async function connectionFromLoader<K, V>(
  loader: { loadMany(keys: readonly K[]): Promise<Array<V | null | Error>> },
  { ids, total }: { ids: K[]; total: number },
  page: Page,
): Promise<Connection<V>> {
  const records = await loader.loadMany(ids);
  return connectionOf(
    records.filter((r): r is V => r !== null && !(r instanceof Error)),
    total,
    page,
  );
}
