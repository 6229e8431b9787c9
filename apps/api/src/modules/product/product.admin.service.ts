import { MAX_BULK_MATCHING, productInputSchema as productSchema } from "@ocop/schema/inputs";
import { hasValidCertificate } from "../../domain/rules";
import type { EntityManager } from "typeorm";
import { principalOf, type AdminContext, type StaffPrincipal } from "../../graphql/admin-context";
import { assertCanEditCommune, canEditCommune } from "../staff/commune-scope";
import { connectionFromLoader, type Page } from "../../graphql/connection";
import { badUserInput, fieldError } from "../../graphql/errors";
import { parseInput, rethrowConstraintViolation } from "../../graphql/validation";
import { claimSlug } from "../../lib/slug";
import { lockVersioned, snapshot, toId } from "../../lib/versioned";
import { recordAudit } from "../audit/audit.service";
import { Producer } from "../producer/producer.entity";
import { Product, ProductStatus } from "./product.entity";
import type { AdminProductFilter, AdminProductSort, ProductInput, VersionedId } from "./product.admin.types";
import { findProductIds, type ProductOrder } from "./product.service";

export async function listProductsForStaff(
  ctx: AdminContext,
  filter: AdminProductFilter | undefined,
  sort: AdminProductSort,
  page: Page,
) {
  const { producerId, ...rest } = filter ?? {};
  const found = await findProductIds(
    ctx,
    { ...rest, producerId: producerId ? toId(producerId) : undefined },
    sort === "RELEVANCE" && !filter?.search ? "UPDATED_DESC" : (`${sort}` as ProductOrder),
    page,
  );
  return connectionFromLoader(ctx.loaders.productById, found, page);
}

export async function productForStaff(ctx: AdminContext, id: number) {
  return ctx.loaders.productById.load(id);
}

/** The producer's commune decides who may change a product. */
async function assertCanEditProducerOf(em: EntityManager, staff: StaffPrincipal, producerId: number) {
  const producer = await em.getRepository(Producer).findOneBy({ id: producerId });
  if (!producer) throw badUserInput([fieldError("producerId", "noSuchProducer")]);
  assertCanEditCommune(staff, producer.communeCode, "products");
}

/** Locks a product for change after checking its version and the staff member's scope. */
export async function lockProductForEdit(em: EntityManager, ctx: AdminContext, id: number, version: number) {
  const staff = principalOf(ctx);
  const product = await lockVersioned(em, Product, id, version, "Product");
  await assertCanEditProducerOf(em, staff, product.producerId);
  return product;
}

export async function createProduct(ctx: AdminContext, input: ProductInput) {
  const staff = principalOf(ctx);
  const data = parseInput(productSchema, input);
  return ctx.dataSource.transaction(async (em) => {
    await assertCanEditProducerOf(em, staff, data.producerId);
    const slug = await claimSlug(em, "product", data.nameVi);
    const saved = await em
      .getRepository(Product)
      .save({ ...data, slug, status: ProductStatus.DRAFT })
      .catch(rethrowConstraintViolation);
    await recordAudit(em, ctx, "product.create", { type: "Product", id: saved.id }, null, snapshot(saved));
    return saved;
  });
}

export async function updateProduct(ctx: AdminContext, id: number, version: number, input: ProductInput) {
  const staff = principalOf(ctx);
  const data = parseInput(productSchema, input);
  return ctx.dataSource.transaction(async (em) => {
    const product = await lockProductForEdit(em, ctx, id, version);
    if (data.producerId !== product.producerId) await assertCanEditProducerOf(em, staff, data.producerId);
    const before = snapshot(product);
    // The slug stays: shared links and printed QR codes keep working after a rename.
    Object.assign(product, data);
    const saved = await em.getRepository(Product).save(product).catch(rethrowConstraintViolation);
    await recordAudit(em, ctx, "product.update", { type: "Product", id }, before, snapshot(saved));
    return saved;
  });
}

/**
 * Refuses to publish products without a valid certificate today (hasValidCertificate), naming
 * them: one product with its own code, several with their count and the first names.
 */
async function assertCanPublish(em: EntityManager, ids: number[]) {
  const lacking: Array<{ name: string }> = await em.query(
    `SELECT p.name_vi AS name FROM product p
      WHERE p.id = ANY($1) AND NOT coalesce(${hasValidCertificate("p")}, false) ORDER BY p.name_vi, p.id`,
    [ids],
  );
  if (lacking.length === 0) return;
  if (lacking.length === 1)
    throw badUserInput([fieldError("status", "uncertifiedNotPublished", { name: lacking[0]!.name })]);
  const shown = lacking.slice(0, 10).map((p) => `“${p.name}”`);
  if (lacking.length > shown.length) shown.push("…");
  throw badUserInput([fieldError("status", "noValidCertificate", { count: lacking.length, names: shown.join(", ") })]);
}

async function applyStatus(em: EntityManager, product: Product, status: ProductStatus): Promise<Product> {
  if (status === ProductStatus.PUBLISHED) product.publishedAt ??= new Date();
  product.status = status;
  return em.getRepository(Product).save(product);
}

export async function setProductStatus(ctx: AdminContext, id: number, version: number, status: ProductStatus) {
  return ctx.dataSource.transaction(async (em) => {
    const product = await lockProductForEdit(em, ctx, id, version);
    if (status === ProductStatus.PUBLISHED && product.status !== status) await assertCanPublish(em, [id]);
    const before = snapshot(product);
    const saved = await applyStatus(em, product, status);
    await recordAudit(
      em,
      ctx,
      `product.${status === ProductStatus.PUBLISHED ? "publish" : "setStatus"}`,
      { type: "Product", id },
      before,
      snapshot(saved),
    );
    return saved;
  });
}

/** Changes the status of many products at once: all of them or, on any refusal, none. */
export async function setProductsStatus(ctx: AdminContext, items: VersionedId[], status: ProductStatus) {
  if (items.length === 0 || items.length > 100)
    throw badUserInput([fieldError("items", "countBetween", { min: 1, max: 100 })]);
  return ctx.dataSource.transaction(async (em) => {
    const before: Array<Record<string, unknown>> = [];
    const locked: Product[] = [];
    for (const item of items) {
      const product = await lockProductForEdit(em, ctx, toId(item.id), item.version);
      before.push(snapshot(product));
      locked.push(product);
    }
    // Products already public stay so (their certificate may have ended since): only those being published.
    const publishing = locked.filter((p) => p.status !== status).map((p) => p.id);
    if (status === ProductStatus.PUBLISHED && publishing.length) await assertCanPublish(em, publishing);
    const after: Product[] = [];
    for (const product of locked) after.push(await applyStatus(em, product, status));
    await recordAudit(
      em,
      ctx,
      "product.bulkSetStatus",
      { type: "Product", id: after.map((p) => p.id).join(",") },
      { products: before },
      { products: after.map(snapshot) },
    );
    return after;
  });
}

/**
 * Changes the status of every product the list's filter matches, not only the page on screen: the
 * staff member confirmed `expectedCount` (a different count now means the list changed under them:
 * refused, nothing changes). All or nothing, in one transaction, audited as one action listing its
 * members. Publishing refuses the whole change when any match lacks a valid certificate (it names
 * them), as publishing one by one does: staff narrow the filter instead of being surprised by skips.
 */
export async function setStatusOfMatchingProducts(
  ctx: AdminContext,
  filter: AdminProductFilter | undefined,
  status: ProductStatus,
  expectedCount: number,
) {
  const staff = principalOf(ctx);
  const { producerId, ...rest } = filter ?? {};
  const query = { ...rest, producerId: producerId ? toId(producerId) : undefined };
  const found = await findProductIds(ctx, query, "UPDATED_DESC", { offset: 0, limit: MAX_BULK_MATCHING });
  if (found.total !== expectedCount)
    throw badUserInput([
      fieldError("expectedCount", "matchCountChanged", { expected: expectedCount, actual: found.total }),
    ]);
  if (found.total === 0 || found.total > MAX_BULK_MATCHING)
    throw badUserInput([fieldError("filter", "countBetween", { min: 1, max: MAX_BULK_MATCHING })]);
  return ctx.dataSource.transaction(async (em) => {
    const rows: Array<{
      id: number;
      name_vi: string;
      status: ProductStatus;
      version: number;
      commune_code: string | null;
    }> = await em.query(
      `SELECT p.id, p.name_vi, p.status, p.version, pr.commune_code FROM product p
           JOIN producer pr ON pr.id = p.producer_id
          WHERE p.id = ANY($1) ORDER BY p.id FOR UPDATE OF p`,
      [found.ids],
    );
    // A product deleted between the count and the lock changes the count: the list changed.
    if (rows.length !== expectedCount)
      throw badUserInput([
        fieldError("expectedCount", "matchCountChanged", { expected: expectedCount, actual: rows.length }),
      ]);
    const outside = rows.find((r) => !canEditCommune(staff, r.commune_code));
    if (outside) assertCanEditCommune(staff, outside.commune_code, "products");
    const publishing = rows.filter((r) => r.status !== status).map((r) => r.id);
    if (status === ProductStatus.PUBLISHED && publishing.length) await assertCanPublish(em, publishing);
    const changed: Array<{ id: number; status: ProductStatus; version: number }> = await em
      .query(
        `UPDATE product SET status = $2::product_status, version = version + 1, updated_at = now(),
              published_at = CASE WHEN $2::product_status = '${ProductStatus.PUBLISHED}' THEN coalesce(published_at, now()) ELSE published_at END
        WHERE id = ANY($1) RETURNING id, status, version`,
        [found.ids, status],
      )
      .then(([updated]: [Array<{ id: number; status: ProductStatus; version: number }>]) => updated);
    await recordAudit(
      em,
      ctx,
      "product.bulkSetStatusMatching",
      { type: "Product", id: rows.map((r) => r.id).join(",") },
      {
        filter: filter ?? {},
        products: rows.map((r) => ({ id: r.id, nameVi: r.name_vi, status: r.status, version: r.version })),
      },
      { products: changed.map((r) => ({ id: r.id, status: r.status, version: r.version })) },
    );
    return { count: changed.length };
  });
}

export async function deleteProduct(ctx: AdminContext, id: number, version: number) {
  return ctx.dataSource.transaction(async (em) => {
    const product = await lockProductForEdit(em, ctx, id, version);
    await em.getRepository(Product).delete({ id });
    await recordAudit(em, ctx, "product.delete", { type: "Product", id }, snapshot(product), null);
    return true;
  });
}
