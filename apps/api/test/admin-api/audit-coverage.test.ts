import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, errorCode, signedIn, type StaffClient } from "../../src/test-support/staff-client";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";

let api: TestApi;
let admin: StaffClient;
beforeAll(async () => {
  api = await startTestApi();
  admin = await signedIn(api, ADMIN);
});
afterAll(() => api?.close());

const audits = async () => (await api.one<{ n: number }>(`SELECT count(*)::int AS n FROM audit_entry`)).n;
const v = async (table: string, id: number | string) =>
  (await api.one<{ version: number }>(`SELECT version FROM ${table} WHERE id = $1`, [id])).version;

/**
 * Every staff mutation that changes data, run once with good input: each must write exactly one
 * audit entry. Run again with a stale version (or bad input): none.
 */
describe("every change is audited once, and a refused change not at all", () => {
  const state: Record<string, string> = {};
  const steps: Array<[string, () => Promise<[string, Record<string, unknown>]>]> = [
    [
      "createProducer",
      async () => [
        `mutation { createProducer(input: { name: "HTX Thử Nghiệm", type: COOPERATIVE, communeCode: "06463", provinceCode: "20" }) { id } }`,
        {},
      ],
    ],
    [
      "updateProducer",
      async () => [
        `mutation($id: ID!, $v: Int!) { updateProducer(id: $id, version: $v, input: { name: "HTX Thử Nghiệm Mới", type: COOPERATIVE, communeCode: "06463", provinceCode: "20" }) { id } }`,
        { id: state.producer, v: await v("producer", state.producer!) },
      ],
    ],
    [
      "createProduct",
      async () => [
        `mutation($p: ID!) { createProduct(input: { nameVi: "Mật ong thử", categoryCode: "TP-SC-2", producerId: $p }) { id } }`,
        { p: state.producer },
      ],
    ],
    [
      "updateProduct",
      async () => [
        `mutation($id: ID!, $v: Int!, $p: ID!) { updateProduct(id: $id, version: $v, input: { nameVi: "Mật ong thử nghiệm", categoryCode: "TP-SC-2", producerId: $p }) { id } }`,
        { id: state.product, v: await v("product", state.product!), p: state.producer },
      ],
    ],
    [
      "addCertification",
      async () => [
        `mutation($p: ID!) { addCertification(input: { productId: $p, stars: 3, level: PROVINCE, decisionNumber: "5/QĐ-UBND", decisionDate: "2026-06-01" }) { id } }`,
        { p: state.product },
      ],
    ],
    [
      "setProductStatus",
      async () => [
        `mutation($id: ID!, $v: Int!) { setProductStatus(id: $id, version: $v, status: PUBLISHED) { id } }`,
        { id: state.product, v: await v("product", state.product!) },
      ],
    ],
    [
      "revokeCertification",
      async () => [
        `mutation($id: ID!, $v: Int!) { revokeCertification(id: $id, version: $v, revokedOn: "2026-07-01", reason: "Ngừng sản xuất") { id } }`,
        { id: state.certification, v: await v("certification", state.certification!) },
      ],
    ],
    [
      "createShowcaseEvent",
      async () => [
        `mutation { createShowcaseEvent(input: { nameVi: "Phiên chợ thử", kind: FAIR, startsOn: "2027-01-01", endsOn: "2027-01-01" }) { id } }`,
        {},
      ],
    ],
    [
      "updateShowcaseEvent",
      async () => [
        `mutation($id: ID!, $v: Int!) { updateShowcaseEvent(id: $id, version: $v, input: { nameVi: "Phiên chợ thử 2", kind: FAIR, startsOn: "2027-01-01", endsOn: "2027-01-02" }) { id } }`,
        { id: state.event, v: await v("showcase_event", state.event!) },
      ],
    ],
    [
      "addShowcaseTables",
      async () => [`mutation($e: ID!) { addShowcaseTables(eventId: $e, count: 2) { id } }`, { e: state.event }],
    ],
    [
      "updateShowcaseTable",
      async () => [
        `mutation($id: ID!, $v: Int!) { updateShowcaseTable(id: $id, version: $v, input: { label: "Bàn thử" }) { id } }`,
        { id: state.table, v: await v("showcase_table", state.table!) },
      ],
    ],
    [
      "setTableProducts",
      async () => [
        `mutation($id: ID!, $v: Int!, $p: ID!) { setTableProducts(tableId: $id, version: $v, productIds: [$p]) { id } }`,
        { id: state.table, v: await v("showcase_table", state.table!), p: state.product },
      ],
    ],
    [
      "deleteShowcaseTable",
      async () => [
        `mutation($id: ID!, $v: Int!) { deleteShowcaseTable(id: $id, version: $v) }`,
        { id: state.table, v: await v("showcase_table", state.table!) },
      ],
    ],
    [
      "createDistributor",
      async () => [
        `mutation { createDistributor(input: { nameVi: "Nhà phân phối thử", kind: DISTRIBUTOR }) { id } }`,
        {},
      ],
    ],
    [
      "updateDistributor",
      async () => [
        `mutation($id: ID!, $v: Int!) { updateDistributor(id: $id, version: $v, input: { nameVi: "Nhà phân phối thử 2", kind: RETAIL_CHAIN }) { id } }`,
        { id: state.distributor, v: await v("distributor", state.distributor!) },
      ],
    ],
    [
      "addDistributorLink",
      async () => [
        `mutation($d: ID!, $p: ID!) { addDistributorLink(input: { distributorId: $d, productId: $p, url: "https://example.vn/mat-ong" }) { id } }`,
        { d: state.distributor, p: state.product },
      ],
    ],
    [
      "updateDistributorLink",
      async () => [
        `mutation($id: ID!, $v: Int!) { updateDistributorLink(id: $id, version: $v, note: "Giao hàng toàn quốc") { id } }`,
        { id: state.link, v: await v("distributor_link", state.link!) },
      ],
    ],
    [
      "removeDistributorLink",
      async () => [
        `mutation($id: ID!, $v: Int!) { removeDistributorLink(id: $id, version: $v) }`,
        { id: state.link, v: await v("distributor_link", state.link!) },
      ],
    ],
    [
      "deleteDistributor",
      async () => [
        `mutation($id: ID!, $v: Int!) { deleteDistributor(id: $id, version: $v) }`,
        { id: state.distributor, v: await v("distributor", state.distributor!) },
      ],
    ],
    [
      "deleteShowcaseEvent",
      async () => [
        `mutation($id: ID!, $v: Int!) { deleteShowcaseEvent(id: $id, version: $v) }`,
        { id: state.event, v: await v("showcase_event", state.event!) },
      ],
    ],
    [
      "saveSearchSynonym",
      async () => [`mutation { saveSearchSynonym(label: "mứt / ô mai", terms: ["mứt", "ô mai"]) { id } }`, {}],
    ],
    [
      "deleteSearchSynonym",
      async () => [
        `mutation($id: ID!, $v: Int!) { deleteSearchSynonym(id: $id, version: $v) }`,
        { id: state.synonym, v: await v("search_synonym", state.synonym!) },
      ],
    ],
    [
      "createStaffUser",
      async () => [
        `mutation { createStaffUser(input: { email: "moi@example.vn", displayName: "Người mới", role: EDITOR }, password: "mat-khau-rat-dai") { id } }`,
        {},
      ],
    ],
    [
      "updateStaffUser",
      async () => [
        `mutation($id: ID!, $v: Int!) { updateStaffUser(id: $id, version: $v, input: { email: "moi@example.vn", displayName: "Người mới", role: EDITOR, active: false }) { id } }`,
        { id: state.staffUser, v: await v("staff_user", state.staffUser!) },
      ],
    ],
    [
      "setStaffPassword",
      async () => [
        `mutation($id: ID!) { setStaffPassword(id: $id, password: "mat-khau-moi-dai") }`,
        { id: state.staffUser },
      ],
    ],
    [
      "deleteProduct",
      async () => [
        `mutation($id: ID!, $v: Int!) { deleteProduct(id: $id, version: $v) }`,
        { id: state.product, v: await v("product", state.product!) },
      ],
    ],
    [
      "deleteProducer",
      async () => [
        `mutation($id: ID!, $v: Int!) { deleteProducer(id: $id, version: $v) }`,
        { id: state.producer, v: await v("producer", state.producer!) },
      ],
    ],
  ];
  const remember: Record<string, (data: any) => void> = {
    createProducer: (d) => (state.producer = d.createProducer.id),
    createProduct: (d) => (state.product = d.createProduct.id),
    addCertification: (d) => (state.certification = d.addCertification.id),
    createShowcaseEvent: (d) => (state.event = d.createShowcaseEvent.id),
    addShowcaseTables: (d) => (state.table = d.addShowcaseTables[0].id),
    createDistributor: (d) => (state.distributor = d.createDistributor.id),
    addDistributorLink: (d) => (state.link = d.addDistributorLink.id),
    saveSearchSynonym: (d) => (state.synonym = d.saveSearchSynonym.id),
    createStaffUser: (d) => (state.staffUser = d.createStaffUser.id),
  };

  for (const [name, step] of steps) {
    it(name, async () => {
      const [query, variables] = await step();
      if (typeof variables.v === "number") {
        const before = await audits();
        const stale = await admin.gql(query, { ...variables, v: variables.v - 1 });
        expect(errorCode(stale), `${name} with a stale version`).toBe("CONFLICT");
        expect(await audits()).toBe(before);
      }
      const before = await audits();
      const result = await admin.gql(query, variables);
      expect(result.body.errors, name).toBeUndefined();
      remember[name]?.(result.body.data);
      expect(await audits()).toBe(before + 1);
      const last = await api.one<{ action: string; staff_user_id: number }>(
        `SELECT action, staff_user_id FROM audit_entry ORDER BY id DESC LIMIT 1`,
      );
      expect(last.staff_user_id).not.toBeNull();
    });
  }
});
