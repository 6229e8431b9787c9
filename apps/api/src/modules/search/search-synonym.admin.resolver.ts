import { Allow } from "../../graphql/allow";
import { z } from "zod";
import { Arg, Args, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { type AdminContext } from "../../graphql/admin-context";
import { ConnectionType, OffsetPageArgs, connectionComplexity, offsetPageOf } from "../../graphql/connection";
import { badUserInput } from "../../graphql/errors";
import { requiredText } from "../../graphql/input-schemas";
import { parseInput, rethrowConstraintViolation } from "../../graphql/validation";
import { lockVersioned, snapshot, toId } from "../../lib/versioned";
import { recordAudit } from "../audit/audit.service";
import { SearchSynonym } from "./search-synonym.entity";
import { listSearchSynonyms } from "./search.service";

@ObjectType("SearchSynonym", { description: "Words that mean the same to a searcher (stored without diacritics)" })
export class SearchSynonymObject {
  @Field(() => ID) id: number;
  @Field() label: string;
  @Field(() => [String]) terms: string[];
  @Field(() => Int) version: number;
}

const SearchSynonymConnection = ConnectionType(SearchSynonymObject, "SearchSynonym");

const synonymSchema = z.object({
  label: requiredText(1, 100),
  terms: z.array(z.string().trim().min(1).max(60)).min(2, "give at least two words").max(20, "at most 20 words"),
});

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
  async saveSearchSynonym(
    @Ctx() ctx: AdminContext,
    @Arg("id", () => ID, { nullable: true }) id: string | null,
    @Arg("version", () => Int, { nullable: true }) version: number | null,
    @Arg("label") label: string,
    @Arg("terms", () => [String]) terms: string[],
  ) {
    const data = parseInput(synonymSchema, { label, terms });
    return ctx.dataSource.transaction(async (em) => {
      const repo = em.getRepository(SearchSynonym);
      if (!id) {
        const saved = await repo.save(data).catch(rethrowConstraintViolation);
        const fresh = await repo.findOneByOrFail({ id: saved.id });
        await recordAudit(
          em,
          ctx,
          "searchSynonym.create",
          { type: "SearchSynonym", id: saved.id },
          null,
          snapshot(fresh),
        );
        return fresh;
      }
      if (version === null || version === undefined)
        throw badUserInput([{ field: "version", message: "is required to change a group" }]);
      const synonym = await lockVersioned(em, SearchSynonym, toId(id), version, "Synonym group");
      const before = snapshot(synonym);
      Object.assign(synonym, data);
      await repo.save(synonym).catch(rethrowConstraintViolation);
      const fresh = await repo.findOneByOrFail({ id: synonym.id });
      await recordAudit(
        em,
        ctx,
        "searchSynonym.update",
        { type: "SearchSynonym", id: synonym.id },
        before,
        snapshot(fresh),
      );
      return fresh;
    });
  }

  @Allow("synonym.write")
  @Mutation(() => Boolean)
  async deleteSearchSynonym(
    @Ctx() ctx: AdminContext,
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
  ) {
    return ctx.dataSource.transaction(async (em) => {
      const synonym = await lockVersioned(em, SearchSynonym, toId(id), version, "Synonym group");
      await em.getRepository(SearchSynonym).delete({ id: synonym.id });
      await recordAudit(
        em,
        ctx,
        "searchSynonym.delete",
        { type: "SearchSynonym", id: synonym.id },
        snapshot(synonym),
        null,
      );
      return true;
    });
  }
}
