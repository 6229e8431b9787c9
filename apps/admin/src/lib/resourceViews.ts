import { type ComponentType, lazy, type LazyExoticComponent } from "react";
import type { ResourceId } from "./resources";

/**
 * The pages of each resource in the registry (lib/resources.ts): its list at the resource's path
 * and, where records open on a page of their own, the detail at `path/new` and `path/:id`. App's
 * routes are generated from these, so a resource added to the registry needs a row here (the
 * Record type says so) and gets its menu entry, guard, breadcrumbs and routes together. Pages load
 * lazily: a commune officer never downloads the staff page.
 */
type DetailProps = { id: string | null };

export interface ResourceViews {
  list: LazyExoticComponent<ComponentType>;
  detail?: LazyExoticComponent<ComponentType<DetailProps>>;
}

// Our pages are named exports; React.lazy wants a module with a default one.
const listPage = (load: () => Promise<ComponentType>) => lazy(async () => ({ default: await load() }));
const detailPage = (load: () => Promise<ComponentType<DetailProps>>) => lazy(async () => ({ default: await load() }));

export const RESOURCE_VIEWS: Record<ResourceId, ResourceViews> = {
  dashboard: { list: listPage(() => import("../routes/dashboard/DashboardPage").then((m) => m.DashboardPage)) },
  products: {
    list: listPage(() => import("../routes/products/ProductListPage").then((m) => m.ProductListPage)),
    detail: detailPage(() => import("../routes/products/ProductEditPage").then((m) => m.ProductEditPage)),
  },
  producers: {
    list: listPage(() => import("../routes/producers/ProducerListPage").then((m) => m.ProducerListPage)),
    detail: detailPage(() => import("../routes/producers/ProducerEditPage").then((m) => m.ProducerEditPage)),
  },
  imports: { list: listPage(() => import("../routes/imports/ImportPage").then((m) => m.ImportPage)) },
  events: {
    list: listPage(() => import("../routes/events/EventListPage").then((m) => m.EventListPage)),
    detail: detailPage(() => import("../routes/events/EventEditPage").then((m) => m.EventEditPage)),
  },
  distributors: {
    list: listPage(() => import("../routes/distributors/DistributorListPage").then((m) => m.DistributorListPage)),
    detail: detailPage(() => import("../routes/distributors/DistributorEditPage").then((m) => m.DistributorEditPage)),
  },
  requests: {
    list: listPage(() => import("../routes/requests/RequestsPage").then((m) => m.RequestsPage)),
    detail: detailPage(() => import("../routes/requests/RequestPage").then((m) => m.RequestPage)),
  },
  synonyms: { list: listPage(() => import("../routes/synonyms/SynonymsPage").then((m) => m.SynonymsPage)) },
  staff: { list: listPage(() => import("../routes/staff/StaffPage").then((m) => m.StaffPage)) },
  audit: { list: listPage(() => import("../routes/audit/AuditPage").then((m) => m.AuditPage)) },
  report: {
    list: listPage(() => import("../routes/report/ProgrammeReportPage").then((m) => m.ProgrammeReportPage)),
  },
  outbox: {
    list: listPage(() => import("../routes/outbox/OutboxPage").then((m) => m.OutboxPage)),
    detail: detailPage(() => import("../routes/outbox/OutboxMailPage").then((m) => m.OutboxMailPage)),
  },
  settings: { list: listPage(() => import("../routes/settings/SettingsPage").then((m) => m.SettingsPage)) },
};
