import { productInputSchema as productSchema } from "@ocop/schema/inputs";
import type { EntityManager } from "typeorm";
import { principalOf, type AdminContext, type StaffPrincipal } from "../../graphql/admin-context";
import { assertCanEditCommune } from "../staff/commune-scope";
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

async function applyStatus(em: EntityManager, product: Product, status: ProductStatus): Promise<Product> {
  if (status === ProductStatus.PUBLISHED) {
    const [{ n }] = await em.query(
      `SELECT count(*)::int AS n FROM certification WHERE product_id = $1 AND revoked_on IS NULL`,
      [product.id],
    );
    if (n === 0) {
      throw badUserInput([fieldError("status", "uncertifiedNotPublished", { name: product.nameVi })]);
    }
    product.publishedAt ??= new Date();
  }
  product.status = status;
  return em.getRepository(Product).save(product);
}

export async function setProductStatus(ctx: AdminContext, id: number, version: number, status: ProductStatus) {
  return ctx.dataSource.transaction(async (em) => {
    const product = await lockProductForEdit(em, ctx, id, version);
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
    const after: Product[] = [];
    for (const item of items) {
      const product = await lockProductForEdit(em, ctx, toId(item.id), item.version);
      before.push(snapshot(product));
      after.push(await applyStatus(em, product, status));
    }
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

export async function deleteProduct(ctx: AdminContext, id: number, version: number) {
  return ctx.dataSource.transaction(async (em) => {
    const product = await lockProductForEdit(em, ctx, id, version);
    await em.getRepository(Product).delete({ id });
    await recordAudit(em, ctx, "product.delete", { type: "Product", id }, snapshot(product), null);
    return true;
  });
}
