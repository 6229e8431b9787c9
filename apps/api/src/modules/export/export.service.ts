import type { Permission } from "@ocop/schema/permissions";
import {
  auditFilter,
  auditListState,
  distributorListState,
  producerFilter,
  producerListState,
  productFilter,
  productListState,
  requestFilter,
  requestListState,
} from "@ocop/schema/lists";
import { coerceInputValue, type GraphQLInputType, type GraphQLSchema, GraphQLError } from "graphql";
import type { AdminContext } from "../../graphql/admin-context";
import type { Connection, Page } from "../../graphql/connection";
import { badUserInput, notFound } from "../../graphql/errors";
import { inputProblems } from "../../graphql/input-guard";
import { createLoaders } from "../../graphql/loaders";
import { currentStarsOf } from "../../domain/rules";
import { toId } from "../../lib/versioned";
import { entityNameOfEntry } from "../audit/audit.admin.service";
import { showsAnyContact } from "../contact/contact.fields";
import { listAuditEntries } from "../audit/audit.service";
import type { AuditEntry } from "../audit/audit-entry.entity";
import type { Category } from "../category/category.entity";
import type { CertificationRecord } from "../certification/certification.loader";
import type { Distributor, DistributorLink } from "../distributor/distributor.entity";
import { listDistributorsForStaff } from "../distributor/distributor.admin.service";
import type { ConnectionRequest } from "../inquiry/connection-request.entity";
import { listConnectionRequests } from "../inquiry/inquiry.admin.service";
import type { AdministrativeUnit } from "../place/place.entity";
import type { Producer } from "../producer/producer.entity";
import { listProducersForStaff } from "../producer/producer.admin.service";
import type { Product } from "../product/product.entity";
import { listProductsForStaff } from "../product/product.admin.service";
import { eventForStaff } from "../showcase/showcase.admin.service";
import type { CountByKeyObject } from "../product/dashboard.admin.types";
import { programmeReportFor } from "./programme-report.admin.service";
import type { ReportCertificateObject, ReportRoundObject } from "./programme-report.admin.types";
import type { SheetColumn, SheetLang, SheetSpec } from "./xlsx";

/** Rows read from the database at a time: one page is in memory, whatever the list's length. */
export const EXPORT_PAGE_SIZE = 500;

export interface ExportRequest {
  ctx: AdminContext;
  /** The list's own URL parameters (paging aside: an export holds every matching row). */
  params: URLSearchParams;
  /** The path's id, for exports of one record's parts (an event's tables). */
  id?: string;
  schema: GraphQLSchema;
}

export interface ListExport {
  /** The permission of the list it exports (the same @Allow as its GraphQL query). */
  permission: Permission;
  fileName: Record<SheetLang, string>;
  sheets(request: ExportRequest): Promise<Array<SheetSpec<never>>>;
}

/**
 * The GraphQL input value the list's URL state stands for, coerced by the staff schema's own input
 * type exactly as the GraphQL list's arguments are (enum names to values, ids, dates), so an export
 * and its list read one filter alike.
 */
export function asGraphqlInput<T>(schema: GraphQLSchema, typeName: string, value: unknown, field: string): T {
  const type = schema.getType(typeName) as GraphQLInputType | undefined;
  if (!type) throw new Error(`${typeName} is not a type of the staff schema`);
  let coerced: unknown;
  try {
    coerced = coerceInputValue(value, type);
  } catch (error) {
    if (error instanceof GraphQLError) throw badUserInput([{ field, message: error.message }]);
    throw error;
  }
  const problems = inputProblems(coerced, type, field);
  if (problems.length > 0) throw badUserInput(problems);
  return coerced as T;
}

/**
 * Every row of a staff list, read with the list's own service function page after page. Each page
 * gets its own loaders: a request's loaders keep what they load, which for a 20,000-row export
 * would hold the whole list.
 */
async function* everyRow<T, R>(
  ctx: AdminContext,
  listPage: (pageCtx: AdminContext, page: Page) => Promise<Connection<T>>,
  toRows: (pageCtx: AdminContext, nodes: T[]) => Promise<R[]>,
): AsyncIterable<R> {
  for (let offset = 0; ; offset += EXPORT_PAGE_SIZE) {
    const pageCtx: AdminContext = { ...ctx, loaders: createLoaders(ctx.dataSource) };
    const connection = await listPage(pageCtx, { offset, limit: EXPORT_PAGE_SIZE });
    const nodes = connection.edges.map((e) => e.node);
    yield* await toRows(pageCtx, nodes);
    if (!connection.pageInfo.hasNextPage || nodes.length === 0) return;
  }
}

const both = (vi: string, en: string) => ({ vi, en });

const LABELS = {
  productStatus: {
    draft: both("Bản nháp", "Draft"),
    published: both("Đã công khai", "Published"),
    archived: both("Lưu trữ", "Archived"),
  },
  certStatus: {
    VALID: both("Còn hiệu lực", "Valid"),
    EXPIRED: both("Hết hiệu lực", "Expired"),
    REVOKED: both("Bị thu hồi", "Revoked"),
    SUPERSEDED: both("Đã thay thế", "Superseded"),
  },
  producerType: {
    enterprise: both("Doanh nghiệp", "Enterprise"),
    cooperative: both("Hợp tác xã", "Cooperative"),
    cooperative_group: both("Tổ hợp tác", "Cooperative group"),
    household: both("Hộ kinh doanh", "Household business"),
    public_body: both("Cơ quan, đơn vị công", "Public body"),
  },
  requestStatus: {
    new: both("Mới", "New"),
    forwarded: both("Đã chuyển chủ thể", "Forwarded"),
    closed: both("Đã đóng", "Closed"),
  },
  requesterKind: {
    distributor: both("Nhà phân phối", "Distributor"),
    buyer: both("Người mua", "Buyer"),
    other: both("Khác", "Other"),
  },
  distributorKind: {
    distributor: both("Nhà phân phối", "Distributor"),
    retail_chain: both("Chuỗi bán lẻ", "Retail chain"),
    ecommerce: both("Sàn thương mại điện tử", "E-commerce platform"),
    ocop_showroom: both("Điểm giới thiệu sản phẩm OCOP", "OCOP showroom"),
    export: both("Đối tác xuất khẩu", "Export partner"),
  },
  yes: both("Có", "Yes"),
  no: both("Không", "No"),
} as const;

function label(table: Record<string, Record<SheetLang, string>>, key: string, lang: SheetLang): string {
  return table[key]?.[lang] ?? key;
}

const yesNo = (value: boolean, lang: SheetLang) => (value ? LABELS.yes : LABELS.no)[lang];

const categoryName = (c: Category | null, lang: SheetLang) => (c ? (lang === "en" && c.nameEn) || c.nameVi : null);

interface ProductRow {
  product: Product;
  producer: Producer | null;
  commune: AdministrativeUnit | null;
  category: Category | null;
  stars: number | null;
  certificate: CertificationRecord | null;
}

async function productRows(ctx: AdminContext, products: Product[]): Promise<ProductRow[]> {
  const [producers, categories, certificates] = await Promise.all([
    ctx.loaders.producerById.loadMany(products.map((p) => p.producerId)),
    ctx.loaders.categoryByCode.loadMany(products.map((p) => p.categoryCode)),
    ctx.loaders.certificationsByProductId.loadMany(products.map((p) => p.id)),
  ]);
  const producerOf = (i: number) => {
    const producer = producers[i];
    return producer && !(producer instanceof Error) ? producer : null;
  };
  const communes = await ctx.loaders.administrativeUnitByCode.loadMany(
    products.map((_, i) => producerOf(i)?.communeCode ?? ""),
  );
  return products.map((product, i) => {
    const certs = certificates[i];
    const list = certs && !(certs instanceof Error) ? certs : [];
    const commune = communes[i];
    const category = categories[i];
    return {
      product,
      producer: producerOf(i),
      commune: commune && !(commune instanceof Error) ? commune : null,
      category: category && !(category instanceof Error) ? category : null,
      stars: currentStarsOf(list),
      certificate: list[0] ?? null,
    };
  });
}

export const PRODUCT_COLUMNS: ReadonlyArray<SheetColumn<ProductRow>> = [
  { header: both("Mã", "ID"), kind: "number", width: 8, value: (r) => r.product.id },
  { header: both("Tên sản phẩm", "Product"), width: 40, value: (r) => r.product.nameVi },
  { header: both("Chủ thể", "Producer"), width: 36, value: (r) => r.producer?.name },
  { header: both("Xã, phường", "Commune/ward"), value: (r) => r.commune?.fullName },
  { header: both("Nhóm sản phẩm", "Product group"), value: (r, lang) => categoryName(r.category, lang) },
  {
    header: both("Trạng thái", "Status"),
    width: 14,
    value: (r, lang) => label(LABELS.productStatus, r.product.status, lang),
  },
  { header: both("Số sao hiện tại", "Current stars"), kind: "number", width: 10, value: (r) => r.stars },
  { header: both("Số quyết định", "Decision number"), width: 22, value: (r) => r.certificate?.decisionNumber },
  { header: both("Ngày quyết định", "Decision date"), kind: "date", value: (r) => r.certificate?.decisionDate },
  {
    header: both("Số sao theo quyết định", "Stars of the decision"),
    kind: "number",
    width: 10,
    value: (r) => r.certificate?.stars,
  },
  { header: both("Điểm", "Score"), kind: "number", width: 8, value: (r) => r.certificate?.score },
  { header: both("Hiệu lực đến", "Valid until"), kind: "date", value: (r) => r.certificate?.validUntil },
  {
    header: both("Tình trạng chứng nhận", "Certificate status"),
    width: 16,
    value: (r, lang) => (r.certificate ? label(LABELS.certStatus, r.certificate.status, lang) : null),
  },
  { header: both("Cập nhật lúc", "Updated"), kind: "dateTime", value: (r) => r.product.updatedAt },
];

const productsExport: ListExport = {
  permission: "catalog.read",
  fileName: both("san-pham-ocop", "ocop-products"),
  async sheets({ ctx, params, schema }) {
    const state = productListState.parse(params.toString());
    const filter = asGraphqlInput<Parameters<typeof listProductsForStaff>[1]>(
      schema,
      "AdminProductFilter",
      productFilter(state),
      "filter",
    );
    const sort = asGraphqlInput<Parameters<typeof listProductsForStaff>[2]>(
      schema,
      "AdminProductSort",
      state.sort,
      "sort",
    );
    return [
      {
        name: both("Sản phẩm", "Products"),
        columns: PRODUCT_COLUMNS,
        rows: everyRow(ctx, (c, page) => listProductsForStaff(c, filter, sort, page), productRows),
      } satisfies SheetSpec<ProductRow> as SheetSpec<never>,
    ];
  },
};

interface ProducerRow {
  producer: Producer;
  commune: AdministrativeUnit | null;
}

const producersExport: ListExport = {
  permission: "catalog.read",
  fileName: both("chu-the-ocop", "ocop-producers"),
  async sheets({ ctx, params, schema }) {
    const state = producerListState.parse(params.toString());
    const filter = asGraphqlInput<Parameters<typeof listProducersForStaff>[1]>(
      schema,
      "AdminProducerFilter",
      producerFilter(state),
      "filter",
    );
    const sort = asGraphqlInput<Parameters<typeof listProducersForStaff>[2]>(
      schema,
      "AdminProducerSort",
      state.sort,
      "sort",
    );
    const columns: ReadonlyArray<SheetColumn<ProducerRow>> = [
      { header: both("Mã", "ID"), kind: "number", width: 8, value: (r) => r.producer.id },
      { header: both("Tên chủ thể", "Producer name"), width: 40, value: (r) => r.producer.name },
      { header: both("Loại hình", "Type"), value: (r, lang) => label(LABELS.producerType, r.producer.type, lang) },
      { header: both("Xã, phường", "Commune/ward"), value: (r) => r.commune?.fullName },
      {
        header: both("Địa chỉ theo quyết định", "Address as on the decision"),
        width: 40,
        value: (r) => r.producer.addressAsReported,
      },
      { header: both("Điện thoại", "Phone"), width: 16, value: (r) => r.producer.phone },
      { header: both("Email", "Email"), value: (r) => r.producer.email },
      {
        header: both("Công khai liên hệ", "Contact public"),
        width: 10,
        value: (r, lang) => yesNo(showsAnyContact(r.producer), lang),
      },
      { header: both("Cập nhật lúc", "Updated"), kind: "dateTime", value: (r) => r.producer.updatedAt },
    ];
    return [
      {
        name: both("Chủ thể", "Producers"),
        columns,
        rows: everyRow(
          ctx,
          (c, page) => listProducersForStaff(c, filter, sort, page),
          async (c, producers) => {
            const communes = await c.loaders.administrativeUnitByCode.loadMany(
              producers.map((p) => p.communeCode ?? ""),
            );
            return producers.map((producer, i) => {
              const commune = communes[i];
              return { producer, commune: commune && !(commune instanceof Error) ? commune : null };
            });
          },
        ),
      } satisfies SheetSpec<ProducerRow> as SheetSpec<never>,
    ];
  },
};

interface RequestRow {
  request: ConnectionRequest;
  product: Product | null;
  producer: Producer | null;
}

const requestsExport: ListExport = {
  permission: "request.read",
  fileName: both("yeu-cau-ket-noi", "connection-requests"),
  async sheets({ ctx, params, schema }) {
    const state = requestListState.parse(params.toString());
    const filter = asGraphqlInput<Parameters<typeof listConnectionRequests>[1]>(
      schema,
      "ConnectionRequestFilter",
      requestFilter(state),
      "filter",
    );
    const columns: ReadonlyArray<SheetColumn<RequestRow>> = [
      { header: both("Mã", "ID"), kind: "number", width: 8, value: (r) => r.request.id },
      { header: both("Thời điểm gửi", "Sent"), kind: "dateTime", value: (r) => r.request.createdAt },
      {
        header: both("Trạng thái", "Status"),
        width: 16,
        value: (r, lang) => label(LABELS.requestStatus, r.request.status, lang),
      },
      { header: both("Sản phẩm", "Product"), width: 36, value: (r) => r.product?.nameVi },
      { header: both("Chủ thể", "Producer"), width: 32, value: (r) => r.producer?.name },
      { header: both("Người gửi", "Requester"), value: (r) => r.request.name },
      {
        header: both("Loại người gửi", "Requester kind"),
        width: 14,
        value: (r, lang) => label(LABELS.requesterKind, r.request.requesterKind, lang),
      },
      { header: both("Tổ chức", "Organisation"), value: (r) => r.request.organisation },
      { header: both("Email", "Email"), value: (r) => r.request.email },
      { header: both("Điện thoại", "Phone"), width: 16, value: (r) => r.request.phone },
      { header: both("Nội dung", "Message"), width: 60, value: (r) => r.request.message },
      { header: both("Ghi chú của cán bộ", "Staff notes"), width: 40, value: (r) => r.request.staffNotes },
    ];
    return [
      {
        name: both("Yêu cầu kết nối", "Connection requests"),
        columns,
        rows: everyRow(
          ctx,
          (c, page) => listConnectionRequests(c, filter ?? undefined, page),
          async (c, requests) => {
            const [products, producers] = await Promise.all([
              c.loaders.productById.loadMany(requests.map((r) => r.productId)),
              c.loaders.producerById.loadMany(requests.map((r) => r.producerId)),
            ]);
            return requests.map((request, i) => ({
              request,
              product: recordOrNull(products[i]),
              producer: recordOrNull(producers[i]),
            }));
          },
        ),
      } satisfies SheetSpec<RequestRow> as SheetSpec<never>,
    ];
  },
};

function recordOrNull<T>(value: T | Error | null | undefined): T | null {
  return value && !(value instanceof Error) ? value : null;
}

interface LinkRow {
  distributor: Distributor;
  link: DistributorLink;
  product: Product | null;
}

const distributorsExport: ListExport = {
  permission: "distributor.read",
  fileName: both("nha-phan-phoi", "distributors"),
  async sheets({ ctx, params }) {
    const state = distributorListState.parse(params.toString());
    const search = state.q || null;
    const columns: ReadonlyArray<SheetColumn<Distributor>> = [
      { header: both("Mã", "ID"), kind: "number", width: 8, value: (d) => d.id },
      { header: both("Tên", "Name"), width: 36, value: (d) => d.nameVi },
      {
        header: both("Loại kênh", "Channel"),
        width: 22,
        value: (d, lang) => label(LABELS.distributorKind, d.kind, lang),
      },
      { header: both("Trang web", "Website"), width: 36, value: (d) => d.website },
      { header: both("Đã xác minh", "Verified"), width: 10, value: (d, lang) => yesNo(d.verified, lang) },
      { header: both("Cập nhật lúc", "Updated"), kind: "dateTime", value: (d) => d.updatedAt },
    ];
    const linkColumns: ReadonlyArray<SheetColumn<LinkRow>> = [
      { header: both("Nhà phân phối", "Distributor"), width: 36, value: (r) => r.distributor.nameVi },
      { header: both("Mã sản phẩm", "Product ID"), kind: "number", width: 10, value: (r) => r.link.productId },
      { header: both("Sản phẩm", "Product"), width: 40, value: (r) => r.product?.nameVi },
      { header: both("Đường dẫn", "URL"), width: 40, value: (r) => r.link.url },
      { header: both("Ghi chú", "Note"), width: 30, value: (r) => r.link.note },
    ];
    const list = (c: AdminContext, page: Page) => listDistributorsForStaff(c, search, page);
    return [
      {
        name: both("Nhà phân phối", "Distributors"),
        columns,
        rows: everyRow(ctx, list, async (_c, distributors) => distributors),
      } satisfies SheetSpec<Distributor> as SheetSpec<never>,
      {
        name: both("Sản phẩm đang bán", "Products carried"),
        columns: linkColumns,
        // The same list again, each distributor followed by its links (a sheet is written whole
        // before the next, so the list is read twice rather than held).
        rows: everyRow(ctx, list, async (c, distributors) => {
          const links = await c.loaders.distributorLinksByDistributorId.loadMany(distributors.map((d) => d.id));
          const rows = distributors.flatMap((distributor, i) =>
            (recordOrNull(links[i]) ?? []).map((link) => ({ distributor, link })),
          );
          const products = await c.loaders.productById.loadMany(rows.map((r) => r.link.productId));
          return rows.map((r, i) => ({ ...r, product: recordOrNull(products[i]) }));
        }),
      } satisfies SheetSpec<LinkRow> as SheetSpec<never>,
    ];
  },
};

interface AuditRow {
  entry: AuditEntry;
  author: string | null;
  /** The record by name, as the audit log on screen shows it. */
  name: string | null;
}

const auditExport: ListExport = {
  permission: "audit.read",
  fileName: both("nhat-ky-thay-doi", "audit-log"),
  async sheets({ ctx, params, schema }) {
    const state = auditListState.parse(params.toString());
    const raw = asGraphqlInput<{ userId?: string | null } & Parameters<typeof listAuditEntries>[1]>(
      schema,
      "AuditFilter",
      auditFilter(state),
      "filter",
    );
    const filter = raw && { ...raw, userId: raw.userId ? toId(raw.userId) : null };
    const columns: ReadonlyArray<SheetColumn<AuditRow>> = [
      { header: both("Thời điểm", "When"), kind: "dateTime", value: (r) => r.entry.createdAt },
      {
        header: both("Người thực hiện", "User"),
        width: 28,
        value: (r, lang) => r.author ?? both("Hệ thống", "System")[lang],
      },
      { header: both("Hành động", "Action"), width: 28, value: (r) => r.entry.action },
      { header: both("Loại bản ghi", "Record type"), width: 18, value: (r) => r.entry.entityType },
      { header: both("Bản ghi", "Record"), width: 36, value: (r) => r.name ?? "" },
      { header: both("Mã bản ghi", "Record ID"), width: 14, value: (r) => r.entry.entityId },
    ];
    return [
      {
        name: both("Nhật ký thay đổi", "Audit log"),
        columns,
        rows: everyRow(
          ctx,
          (c, page) => listAuditEntries(c, filter, page),
          async (c, entries) => {
            const ids = [...new Set(entries.map((e) => e.staffUserId).filter((id): id is number => id !== null))];
            const names = new Map<number, string>(
              ids.length
                ? (
                    (await c.dataSource.query(`SELECT id, display_name AS name FROM staff_user WHERE id = ANY($1)`, [
                      ids,
                    ])) as Array<{ id: number; name: string }>
                  ).map((u) => [u.id, u.name])
                : [],
            );
            const recordNames = await Promise.all(entries.map((entry) => entityNameOfEntry(c, entry)));
            return entries.map((entry, i) => ({
              entry,
              author: entry.staffUserId ? (names.get(entry.staffUserId) ?? null) : null,
              name: recordNames[i] ?? null,
            }));
          },
        ),
      } satisfies SheetSpec<AuditRow> as SheetSpec<never>,
    ];
  },
};

interface PlacementRow {
  table: { number: number; label: string | null; communeCode: string | null };
  commune: AdministrativeUnit | null;
  position: number;
  product: ProductRow;
}

const eventTablesExport: ListExport = {
  permission: "showcase.read",
  fileName: both("ban-trung-bay", "event-tables"),
  async sheets({ ctx, id }) {
    const event = id ? await eventForStaff(ctx, toId(id)) : null;
    if (!event) throw notFound("Event");
    const columns: ReadonlyArray<SheetColumn<PlacementRow>> = [
      { header: both("Bàn", "Table"), kind: "number", width: 8, value: (r) => r.table.number },
      { header: both("Tên bàn", "Table label"), width: 24, value: (r) => r.table.label },
      { header: both("Xã, phường của bàn", "Commune/ward of the table"), width: 24, value: (r) => r.commune?.fullName },
      { header: both("Thứ tự", "Position"), kind: "number", width: 8, value: (r) => r.position },
      ...PRODUCT_COLUMNS.map((c) => ({ ...c, value: (r: PlacementRow, lang: SheetLang) => c.value(r.product, lang) })),
    ];
    async function* rows(): AsyncIterable<PlacementRow> {
      const tables = await ctx.loaders.showcaseTablesByEventId.load(event!.id);
      // An event has tens of tables with a few products each: one page, read at once.
      const placements = await ctx.loaders.productIdsByTableId.loadMany(tables.map((t) => t.id));
      const communes = await ctx.loaders.administrativeUnitByCode.loadMany(tables.map((t) => t.communeCode ?? ""));
      for (const [i, table] of tables.entries()) {
        const ids = (recordOrNull(placements[i]) ?? []).map((p) => p.productId);
        const products = (await ctx.loaders.productById.loadMany(ids)).map(recordOrNull).filter((p) => p !== null);
        const details = await productRows(ctx, products);
        yield* details.map((product, position) => ({
          table,
          commune: recordOrNull(communes[i]),
          position: position + 1,
          product,
        }));
      }
    }
    return [
      {
        name: both("Bàn trưng bày", "Tables"),
        columns,
        rows: rows(),
      } satisfies SheetSpec<PlacementRow> as SheetSpec<never>,
    ];
  },
};

async function* each<R>(rows: readonly R[]): AsyncIterable<R> {
  yield* rows;
}

const countColumns = (what: Record<SheetLang, string>): ReadonlyArray<SheetColumn<CountByKeyObject>> => [
  { header: what, width: 36, value: (r) => r.label },
  { header: both("Số sản phẩm", "Products"), kind: "number", width: 12, value: (r) => r.count },
];

const certificateColumns: ReadonlyArray<SheetColumn<ReportCertificateObject>> = [
  { header: both("Mã", "ID"), kind: "number", width: 8, value: (r) => Number(r.productId) },
  { header: both("Tên sản phẩm", "Product"), width: 40, value: (r) => r.productName },
  { header: both("Chủ thể", "Producer"), width: 36, value: (r) => r.producerName },
  { header: both("Xã, phường", "Commune/ward"), value: (r) => r.communeName },
  { header: both("Số sao", "Stars"), kind: "number", width: 8, value: (r) => r.stars },
  { header: both("Số quyết định", "Decision number"), width: 22, value: (r) => r.decisionNumber },
  { header: both("Ngày quyết định", "Decision date"), kind: "date", value: (r) => r.decisionDate },
  { header: both("Hiệu lực đến", "Valid until"), kind: "date", value: (r) => r.validUntil },
];

/** The programme report, one sheet per table, from the same service as the staff page. */
const programmeReportExport: ListExport = {
  permission: "catalog.read",
  fileName: both("bao-cao-chuong-trinh-ocop", "ocop-programme-report"),
  async sheets({ ctx, params }) {
    const report = await programmeReportFor({ ...ctx, lang: params.get("lang") === "en" ? "en" : "vi" });
    const rounds: ReadonlyArray<SheetColumn<ReportRoundObject>> = [
      { header: both("Năm", "Year"), kind: "number", width: 8, value: (r) => r.year },
      { header: both("Số quyết định", "Decision number"), width: 24, value: (r) => r.decisionNumber },
      { header: both("Ngày quyết định", "Decision date"), kind: "date", value: (r) => r.decisionDate },
      { header: both("Số sản phẩm", "Products"), kind: "number", width: 12, value: (r) => r.products },
      { header: both("3 sao", "3 stars"), kind: "number", width: 8, value: (r) => r.stars3 },
      { header: both("4 sao", "4 stars"), kind: "number", width: 8, value: (r) => r.stars4 },
      { header: both("5 sao", "5 stars"), kind: "number", width: 8, value: (r) => r.stars5 },
    ];
    const sheet = <R>(name: Record<SheetLang, string>, columns: ReadonlyArray<SheetColumn<R>>, rows: readonly R[]) =>
      ({ name, columns, rows: each(rows) }) satisfies SheetSpec<R> as SheetSpec<never>;
    return [
      sheet(both("Theo đợt đánh giá", "By round"), rounds, report.rounds),
      sheet(both("Theo hạng sao", "By stars"), countColumns(both("Hạng sao", "Stars")), report.byStars),
      sheet(both("Theo nhóm", "By group"), countColumns(both("Nhóm sản phẩm", "Product group")), report.byGroup),
      sheet(both("Theo xã, phường", "By commune"), countColumns(both("Xã, phường", "Commune/ward")), report.byCommune),
      sheet(
        both("Hết hạn chưa đánh giá lại", "Expired, not re-evaluated"),
        certificateColumns,
        report.expiredNotReevaluated,
      ),
      sheet(
        both(`Đến hạn năm ${report.renewalYear}`, `Renewals due ${report.renewalYear}`),
        certificateColumns,
        report.renewalsDue,
      ),
    ];
  },
};

/** Every staff list's export, by the name in its URL (`/admin/exports/<name>.xlsx`). */
export const LIST_EXPORTS: Record<string, ListExport> = {
  products: productsExport,
  producers: producersExport,
  "connection-requests": requestsExport,
  distributors: distributorsExport,
  "audit-log": auditExport,
  "programme-report": programmeReportExport,
};

/** Exports of one record's parts (`/admin/exports/events/<id>/tables.xlsx`). */
export const RECORD_EXPORTS: Record<string, ListExport> = {
  "events/tables": eventTablesExport,
};
