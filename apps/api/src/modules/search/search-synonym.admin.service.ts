import { searchSynonymInputSchema } from "@ocop/schema/inputs";
import type { AdminContext } from "../../graphql/admin-context";
import { badUserInput, fieldError } from "../../graphql/errors";
import { parseInput, rethrowConstraintViolation } from "../../graphql/validation";
import { lockVersioned, snapshot } from "../../lib/versioned";
import { recordAudit } from "../audit/audit.service";
import { SearchSynonym } from "./search-synonym.entity";

/** Creates a group (no id) or changes one (id and version), audited in the same transaction. */
export async function saveSearchSynonym(
  ctx: AdminContext,
  id: number | null,
  version: number | null,
  label: string,
  terms: string[],
): Promise<SearchSynonym> {
  const data = parseInput(searchSynonymInputSchema, { label, terms });
  return ctx.dataSource.transaction(async (em) => {
    const repo = em.getRepository(SearchSynonym);
    if (id === null) {
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
    const synonym = await lockVersioned(em, SearchSynonym, id, version, "Synonym group");
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

export async function deleteSearchSynonym(ctx: AdminContext, id: number, version: number): Promise<boolean> {
  return ctx.dataSource.transaction(async (em) => {
    const synonym = await lockVersioned(em, SearchSynonym, id, version, "Synonym group");
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
