import { searchSynonymInputSchema } from "@ocop/schema/inputs";
import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { requireContentEditor, requireStaff, type AdminContext } from "../../graphql/admin-context";
import { badUserInput, fieldError } from "../../graphql/errors";
import { parseInput, rethrowConstraintViolation } from "../../graphql/validation";
import { lockVersioned, snapshot, toId } from "../../lib/versioned";
import { recordAudit } from "../audit/audit.service";
import { SearchSynonym } from "./search-synonym.entity";

@ObjectType("SearchSynonym", { description: "Words that mean the same to a searcher (stored without diacritics)" })
export class SearchSynonymObject {
  @Field(() => ID) id: number;
  @Field() label: string;
  @Field(() => [String]) terms: string[];
  @Field(() => Int) version: number;
}

@Resolver(() => SearchSynonymObject)
export class SearchSynonymAdminResolver {
  @Query(() => [SearchSynonymObject])
  searchSynonyms(@Ctx() ctx: AdminContext) {
    requireStaff(ctx);
    return ctx.dataSource.getRepository(SearchSynonym).find({ order: { label: "ASC" } });
  }

  @Mutation(() => SearchSynonymObject, { description: "Creates a group (no id) or changes one (id and version)" })
  async saveSearchSynonym(
    @Ctx() ctx: AdminContext,
    @Arg("id", () => ID, { nullable: true }) id: string | null,
    @Arg("version", () => Int, { nullable: true }) version: number | null,
    @Arg("label") label: string,
    @Arg("terms", () => [String]) terms: string[],
  ) {
    requireContentEditor(ctx);
    const data = parseInput(searchSynonymInputSchema, { label, terms });
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
      if (version === null || version === undefined) throw badUserInput([fieldError("version", "versionRequired")]);
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

  @Mutation(() => Boolean)
  async deleteSearchSynonym(
    @Ctx() ctx: AdminContext,
    @Arg("id", () => ID) id: string,
    @Arg("version", () => Int) version: number,
  ) {
    requireContentEditor(ctx);
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
