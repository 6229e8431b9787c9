import { Allow } from "../../graphql/allow";
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { type AdminContext } from "../../graphql/admin-context";
import { toId } from "../../lib/versioned";
import { deleteSearchSynonym, saveSearchSynonym } from "./search-synonym.admin.service";
import { SearchSynonym } from "./search-synonym.entity";
import { SearchSynonymObject } from "./search-synonym.admin.types";

@Resolver(() => SearchSynonymObject)
export class SearchSynonymAdminResolver {
  @Allow("synonym.read")
  @Query(() => [SearchSynonymObject])
  searchSynonyms(@Ctx() ctx: AdminContext) {
    // eslint-disable-next-line no-restricted-properties -- branch lists moves this staff list into a service with the list helper
    return ctx.dataSource.getRepository(SearchSynonym).find({ order: { label: "ASC" } });
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
