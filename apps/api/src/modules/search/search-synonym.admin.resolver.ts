import { Allow } from "../../graphql/allow";
import { Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { type AdminContext } from "../../graphql/admin-context";
import { OffsetPageArgs, connectionComplexity, offsetPageOf } from "../../graphql/connection";
import { toId } from "../../lib/versioned";
import { deleteSearchSynonym, saveSearchSynonym } from "./search-synonym.admin.service";
import { SearchSynonymConnection, SearchSynonymObject } from "./search-synonym.admin.types";
import { listSearchSynonyms } from "./search.service";

@Resolver(() => SearchSynonymObject)
export class SearchSynonymAdminResolver {
  @Allow("synonym.read")
  @Query(() => SearchSynonymConnection, { complexity: connectionComplexity, description: "By label" })
  searchSynonyms(
    @Ctx() ctx: AdminContext,
    @Args() paging: OffsetPageArgs,
    @Arg("search", () => String, { nullable: true, description: "Words in the label or the terms" })
    search: string | null,
  ) {
    return listSearchSynonyms(ctx, search, offsetPageOf(paging));
  }

  @Allow("synonym.write")
  @Mutation(() => SearchSynonymObject, { description: "Creates a group (no id) or changes one (id and version)" })
  saveSearchSynonym(
    @Ctx() ctx: AdminContext,
    @Arg("id", () => ID, { nullable: true }) id: string | null,
    @Arg("version", () => Int, { nullable: true }) version: number | null,
    @Arg("label") label: string,
    @Arg("terms", () => [String]) terms: string[],
  ) {
    return saveSearchSynonym(ctx, id ? toId(id) : null, version, label, terms);
  }

  @Allow("synonym.write")
  @Mutation(() => Boolean)
  deleteSearchSynonym(
    @Ctx() ctx: AdminContext,
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
  ) {
    return deleteSearchSynonym(ctx, toId(id), version);
  }
}
