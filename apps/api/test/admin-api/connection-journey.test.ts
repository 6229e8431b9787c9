import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN, EDITOR, errorCode, OFFICER, signedIn, type StaffClient } from "../../src/test-support/staff-client";
import { startTestSmtpServer, type TestSmtpServer } from "../../src/test-support/smtp-server";
import { startTestApi, type TestApi } from "../../src/test-support/test-api";
import { DEMO_PASSWORD } from "../../src/modules/staff/demo-accounts";

/*
 * The staff's side of a connection request (issue 13, part 3): officers see only requests about
 * their unit's products, requests move on with an outcome, keep a history, are assigned, answered
 * and forwarded by mail (delivered over real SMTP), and count as unread until opened.
 */

const OWN_COMMUNE = "06463";
const OTHER_OFFICER = "officer.b@demo.ocop.vn";

type Product = { id: number; slug: string; producer_id: number; producer: string; commune: string };
type Item = {
  productId: string;
  productName: string;
  producerName: string;
  inScope: boolean;
  product: { id: string } | null;
  producer: { id: string } | null;
};
type Request = {
  id: string;
  version: number;
  status: string;
  outcome: string | null;
  unread: boolean;
  assignee: { id: string; displayName: string } | null;
  items: Item[];
  events: Array<{
    kind: string;
    text: string | null;
    status: string | null;
    outcome: string | null;
    mailTo: string | null;
    subject: string | null;
    staff: { displayName: string } | null;
    assignee: { displayName: string } | null;
    producerName: string | null;
  }>;
};

const REQUEST_FIELDS = `id version status outcome unread assignee { id displayName }
  items { productId productName producerName inScope product { id } producer { id } }
  events { kind text status outcome mailTo subject staff { displayName } assignee { displayName } producerName }`;
const OPEN = `query($id: ID!) { connectionRequest(id: $id) { ${REQUEST_FIELDS} } }`;
const LIST = `query($filter: ConnectionRequestFilter) { connectionRequests(first: 100, filter: $filter) { totalCount edges { node { id unread } } } }`;
const UNREAD = `{ unreadConnectionRequestCount }`;
const STATUS = `mutation($id: ID!, $v: Int!, $s: ConnectionRequestStatus!, $o: ConnectionRequestOutcome, $n: String) {
  changeConnectionRequestStatus(id: $id, version: $v, status: $s, outcome: $o, note: $n) { ${REQUEST_FIELDS} } }`;
const NOTE = `mutation($id: ID!, $v: Int!, $t: String!) { addConnectionRequestNote(id: $id, version: $v, text: $t) { ${REQUEST_FIELDS} } }`;
const ASSIGN = `mutation($id: ID!, $v: Int!, $a: ID) { assignConnectionRequest(id: $id, version: $v, assigneeId: $a) { ${REQUEST_FIELDS} } }`;
const DRAFTS = `query($id: ID!) { connectionRequestDrafts(id: $id) {
  reply { to subject body language } forwards { producerId producerName to subject body language } } }`;
const REPLY = `mutation($id: ID!, $v: Int!, $i: ConnectionRequestReplyInput!) { replyToRequester(id: $id, version: $v, input: $i) { ${REQUEST_FIELDS} } }`;
const FORWARD = `mutation($id: ID!, $v: Int!, $i: ConnectionRequestForwardInput!) { forwardToProducer(id: $id, version: $v, input: $i) { ${REQUEST_FIELDS} } }`;
const TRACK = `query($token: String!) { trackedConnectionRequest(token: $token) { status outcome replies { subject body } } }`;

let smtp: TestSmtpServer;
let api: TestApi;
let editor: StaffClient;
let officer: StaffClient;
let officerB: StaffClient;
let own: Product;
let other: Product;

const recipients = (m: ParsedMail) =>
  (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).flatMap((a) => a.value.map((v) => v.address));

async function send(slugs: string[], lang: string, email: string | null = "buyer@example.com") {
  const sent = await api.gql<{ sendConnectionRequest: { id: string; trackingToken: string } }>(
    `mutation($input: ConnectionRequestInput!) { sendConnectionRequest(input: $input) { id trackingToken } }`,
    {
      input: {
        productSlugs: slugs,
        requesterKind: "DISTRIBUTOR",
        name: "Lê Thị Bình",
        organisation: "Siêu thị Bình Minh",
        email,
        phone: "0912 000 111",
        message: "Xin báo giá và số lượng tối thiểu mỗi đơn.",
      },
    },
    { lang },
  );
  expect(sent.body.errors).toBeUndefined();
  return sent.body.data!.sendConnectionRequest;
}

async function open(client: StaffClient, id: string): Promise<Request | null> {
  const result = await client.gql<{ connectionRequest: Request | null }>(OPEN, { id });
  expect(result.body.errors).toBeUndefined();
  return result.body.data!.connectionRequest;
}

const unreadCount = async (client: StaffClient) =>
  (await client.gql<{ unreadConnectionRequestCount: number }>(UNREAD)).body.data!.unreadConnectionRequestCount;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  api = await startTestApi({
    SMTP_URL: smtp.url,
    MAIL_FROM: "OCOP Lạng Sơn <ocop@langson.example.vn>",
    MAIL_RETRY_BASE_MS: "50",
    PUBLIC_URL: "https://ocop.example.vn",
  });
  const published = `SELECT p.id, p.slug, pr.id AS producer_id, pr.name AS producer, pr.commune_code AS commune
    FROM product p JOIN producer pr ON pr.id = p.producer_id WHERE p.status = 'published' AND pr.commune_code`;
  own = await api.one<Product>(`${published} = $1 ORDER BY p.id LIMIT 1`, [OWN_COMMUNE]);
  other = await api.one<Product>(`${published} <> $1 ORDER BY p.id LIMIT 1`, [OWN_COMMUNE]);
  const admin = await signedIn(api, ADMIN);
  const created = await admin.gql(
    `mutation($input: StaffUserInput!, $p: String!) { createStaffUser(input: $input, password: $p) { id } }`,
    {
      input: { email: OTHER_OFFICER, displayName: "Cán bộ xã B", role: "COMMUNE_OFFICER", communeCode: other.commune },
      p: DEMO_PASSWORD,
    },
  );
  expect(created.body.errors).toBeUndefined();
  [editor, officer, officerB] = await Promise.all([
    signedIn(api, EDITOR),
    signedIn(api, OFFICER),
    signedIn(api, OTHER_OFFICER),
  ]);
});
afterAll(async () => {
  await api?.close();
  await smtp?.close();
});

describe("a commune officer", () => {
  it("sees nothing of a request about another unit's products, not even in counts", async () => {
    const [listBefore, unreadBefore] = [
      (await officerB.gql(LIST)).body.data!.connectionRequests.totalCount,
      await unreadCount(officerB),
    ];
    const onlyOwn = await send([own.slug], "vi");
    expect((await officerB.gql(LIST)).body.data!.connectionRequests.totalCount).toBe(listBefore);
    expect(await unreadCount(officerB)).toBe(unreadBefore);
    expect(await open(officerB, onlyOwn.id)).toBeNull();
    expect((await officerB.gql(DRAFTS, { id: onlyOwn.id })).body.data).toEqual({ connectionRequestDrafts: null });
    const note = await officerB.gql(NOTE, { id: onlyOwn.id, v: 1, t: "Ghi chú lạ" });
    expect(errorCode(note)).toBe("NOT_FOUND");
    const dashboard = await officerB.gql(`{ dashboard { newConnectionRequests } }`);
    expect(dashboard.body.data?.dashboard.newConnectionRequests).toBe(
      (
        await api.one<{ n: number }>(
          `SELECT count(DISTINCT i.request_id)::int AS n FROM connection_request_product i JOIN connection_request r ON r.id = i.request_id
            JOIN product p ON p.id = i.product_id JOIN producer pr ON pr.id = p.producer_id WHERE r.status = 'new' AND pr.commune_code = $1`,
          [other.commune],
        )
      ).n,
    );
    // Nor is this officer told of it by mail: the notices go to the others only.
    const notices = () =>
      smtp.received.filter((m) => m.subject?.startsWith(`Yêu cầu kết nối mới số ${onlyOwn.id}:`)).flatMap(recipients);
    await expect.poll(notices).toHaveLength(3);
    expect(notices().sort()).toEqual([ADMIN, EDITOR, OFFICER].sort());
  });

  it("sees a request about two units' products, with only its own unit's records", async () => {
    const both = await send([own.slug, other.slug], "en");
    for (const [client, mine, theirs] of [
      [officer, own, other],
      [officerB, other, own],
    ] as const) {
      const seen = await open(client, both.id);
      expect(seen?.items.map((i) => [Number(i.productId), i.inScope])).toEqual([
        [own.id, mine === own],
        [other.id, mine === other],
      ]);
      const [mineItem, theirItem] = [mine, theirs].map((p) => seen!.items.find((i) => Number(i.productId) === p.id)!);
      expect(mineItem).toMatchObject({ product: { id: String(mine.id) }, producer: { id: String(mine.producer_id) } });
      expect(theirItem).toMatchObject({ product: null, producer: null, producerName: theirs.producer });
      const drafts = (await client.gql(DRAFTS, { id: both.id })).body.data!.connectionRequestDrafts;
      expect(drafts.forwards.map((f: { producerId: string }) => Number(f.producerId))).toEqual([mine.producer_id]);
    }
    await expect
      .poll(() =>
        smtp.received
          .filter((m) => m.subject?.startsWith(`Yêu cầu kết nối mới số ${both.id}:`))
          .flatMap(recipients)
          .sort(),
      )
      .toEqual([ADMIN, EDITOR, OFFICER, OTHER_OFFICER].sort());
  });
});

describe("handling a request", () => {
  let request: { id: string; trackingToken: string };
  let version = 1;
  beforeAll(async () => {
    request = await send([own.slug], "en");
  });

  it("counts as unread for each staff member until they open it", async () => {
    const [editorBefore, officerBefore] = [await unreadCount(editor), await unreadCount(officer)];
    const listed = (await editor.gql(LIST, { filter: { unread: true } })).body.data!.connectionRequests.edges;
    expect(listed.some((e: { node: { id: string } }) => e.node.id === request.id)).toBe(true);
    const opened = await open(editor, request.id);
    expect(opened?.unread).toBe(false);
    expect(await unreadCount(editor)).toBe(editorBefore - 1);
    expect(await unreadCount(officer)).toBe(officerBefore);
    // Opening again changes nothing, and opening is no change of the request.
    expect((await open(editor, request.id))?.version).toBe(1);
    expect(await unreadCount(editor)).toBe(editorBefore - 1);
  });

  it("is assigned to a staff member who may handle it, and only to one", async () => {
    const officerId = (await api.one<{ id: number }>(`SELECT id FROM staff_user WHERE email = $1`, [OFFICER])).id;
    const officerBId = (await api.one<{ id: number }>(`SELECT id FROM staff_user WHERE email = $1`, [OTHER_OFFICER]))
      .id;
    const refused = await editor.gql(ASSIGN, { id: request.id, v: version, a: String(officerBId) });
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "assigneeId" }],
    });
    const assigned = await editor.gql<{ assignConnectionRequest: Request }>(ASSIGN, {
      id: request.id,
      v: version,
      a: String(officerId),
    });
    expect(assigned.body.errors).toBeUndefined();
    const r = assigned.body.data!.assignConnectionRequest;
    expect(r.assignee?.id).toBe(String(officerId));
    expect(r.events.at(-1)).toMatchObject({
      kind: "ASSIGNED",
      staff: { displayName: expect.any(String) },
      assignee: { displayName: r.assignee!.displayName },
    });
    version = r.version;
    const mine = (await officer.gql(LIST, { filter: { mine: true } })).body.data!.connectionRequests.edges;
    expect(mine.map((e: { node: { id: string } }) => e.node.id)).toContain(request.id);
  });

  it("keeps notes in its history with who and when, each a new version, a stale one refused", async () => {
    const first = await officer.gql<{ addConnectionRequestNote: Request }>(NOTE, {
      id: request.id,
      v: version,
      t: "Đã gọi điện cho HTX.",
    });
    expect(first.body.errors).toBeUndefined();
    const stale = await editor.gql(NOTE, { id: request.id, v: version, t: "Ghi chú cũ" });
    expect(errorCode(stale)).toBe("CONFLICT");
    version = first.body.data!.addConnectionRequestNote.version;
    const second = await editor.gql<{ addConnectionRequestNote: Request }>(NOTE, {
      id: request.id,
      v: version,
      t: "HTX hẹn trả lời thứ Hai.",
    });
    const r = second.body.data!.addConnectionRequestNote;
    version = r.version;
    const notes = r.events.filter((e) => e.kind === "NOTE");
    expect(notes.map((n) => [n.text, n.staff?.displayName])).toEqual([
      ["Đã gọi điện cho HTX.", "Cán bộ xã Chi Lăng (demo)"],
      ["HTX hẹn trả lời thứ Hai.", expect.stringMatching(/./)],
    ]);
    const audits = await api.sql<{ action: string }>(
      `SELECT action FROM audit_entry WHERE entity_type = 'ConnectionRequest' AND entity_id = $1 ORDER BY id`,
      [request.id],
    );
    expect(audits.map((a) => a.action)).toEqual([
      "connectionRequest.assign",
      "connectionRequest.note",
      "connectionRequest.note",
    ]);
  });

  it("forwards to its producer by mail from the edited draft, and becomes FORWARDED", async () => {
    // The draft is addressed to the producer's own email, public or not.
    await api.sql(`UPDATE producer SET email = 'htx@example.vn', email_public = false WHERE id = $1`, [
      own.producer_id,
    ]);
    const drafts = (await officer.gql(DRAFTS, { id: request.id })).body.data!.connectionRequestDrafts;
    const draft = drafts.forwards[0];
    expect(draft).toMatchObject({
      producerId: String(own.producer_id),
      producerName: own.producer,
      language: "vi",
      to: "htx@example.vn",
    });
    expect(draft.subject).toBe(`Yêu cầu kết nối từ Siêu thị Bình Minh về sản phẩm OCOP của ${own.producer}`);
    expect(draft.body).toContain("buyer@example.com");
    const wrongProducer = await officer.gql(FORWARD, {
      id: request.id,
      v: version,
      i: { producerId: String(other.producer_id), to: "x@example.com", subject: "S", body: "B" },
    });
    expect(wrongProducer.body.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "producerId" }],
    });
    const badAddress = await officer.gql(FORWARD, {
      id: request.id,
      v: version,
      i: { producerId: draft.producerId, to: "not-an-address", subject: draft.subject, body: draft.body },
    });
    expect(badAddress.body.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "to" }],
    });
    const body = `${draft.body}\n\nP.S. Người mua cần hàng trước Tết.`;
    const forwarded = await officer.gql<{ forwardToProducer: Request }>(FORWARD, {
      id: request.id,
      v: version,
      i: { producerId: draft.producerId, to: "htx@example.vn", subject: draft.subject, body },
    });
    expect(forwarded.body.errors).toBeUndefined();
    const r = forwarded.body.data!.forwardToProducer;
    version = r.version;
    expect(r.status).toBe("FORWARDED");
    expect(r.events.slice(-2)).toMatchObject([
      { kind: "FORWARD", mailTo: "htx@example.vn", subject: draft.subject, text: body, producerName: own.producer },
      { kind: "STATUS", status: "FORWARDED" },
    ]);
    await expect.poll(() => smtp.received.filter((m) => recipients(m).includes("htx@example.vn")).length).toBe(1);
    const mail = smtp.received.find((m) => recipients(m).includes("htx@example.vn"))!;
    expect(mail.subject).toBe(draft.subject);
    expect(mail.text).toContain("P.S. Người mua cần hàng trước Tết.");
    expect(mail.text).toContain("buyer@example.com");
    expect(mail.replyTo?.value[0]?.address).toBe(OFFICER);
  });

  it("replies to the requester in their language; the reply shows on the tracking page, notes never", async () => {
    const drafts = (await officer.gql(DRAFTS, { id: request.id })).body.data!.connectionRequestDrafts;
    expect(drafts.reply).toMatchObject({
      to: "buyer@example.com",
      language: "en",
      subject: "About your connection request",
    });
    expect(drafts.reply.body).toMatch(/^Dear Lê Thị Bình,/);
    const body = "Dear Lê Thị Bình,\n\nThe cooperative will call you this week.\n\nKind regards,\nThe OCOP office";
    const replied = await officer.gql<{ replyToRequester: Request }>(REPLY, {
      id: request.id,
      v: version,
      i: { subject: "Your request: the cooperative will call", body },
    });
    expect(replied.body.errors).toBeUndefined();
    version = replied.body.data!.replyToRequester.version;
    await expect
      .poll(() => smtp.received.filter((m) => m.subject === "Your request: the cooperative will call").length)
      .toBe(1);
    const mail = smtp.received.find((m) => m.subject === "Your request: the cooperative will call")!;
    expect(recipients(mail)).toEqual(["buyer@example.com"]);
    expect(mail.text).toContain("The cooperative will call you this week.");
    expect(mail.html).toContain('lang="en"');
    const tracked = await api.gql(TRACK, { token: request.trackingToken }, { method: "GET" });
    expect(tracked.body.data?.trackedConnectionRequest).toEqual({
      status: "FORWARDED",
      outcome: null,
      replies: [{ subject: "Your request: the cooperative will call", body }],
    });
    expect(JSON.stringify(tracked.body)).not.toContain("Đã gọi điện");
  });

  it("cannot reply to a requester who left no email", async () => {
    const phoneOnly = await send([own.slug], "vi", null);
    const result = await officer.gql(REPLY, { id: phoneOnly.id, v: 1, i: { subject: "S", body: "B" } });
    expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "email" }] });
    expect((await officer.gql(DRAFTS, { id: phoneOnly.id })).body.data!.connectionRequestDrafts.reply).toBeNull();
  });

  it("moves on, never back, and closes only with an outcome, shown to the requester", async () => {
    const back = await officer.gql(STATUS, { id: request.id, v: version, s: "NEW" });
    expect(back.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field: "status" }] });
    const inContact = await officer.gql<{ changeConnectionRequestStatus: Request }>(STATUS, {
      id: request.id,
      v: version,
      s: "IN_CONTACT",
    });
    expect(inContact.body.data?.changeConnectionRequestStatus.status).toBe("IN_CONTACT");
    version = inContact.body.data!.changeConnectionRequestStatus.version;
    const noOutcome = await officer.gql(STATUS, { id: request.id, v: version, s: "CLOSED" });
    expect(noOutcome.body.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "outcome" }],
    });
    const stray = await officer.gql(STATUS, { id: request.id, v: version, s: "IN_CONTACT", o: "SPAM" });
    expect(errorCode(stray)).toBe("BAD_USER_INPUT");
    const closed = await officer.gql<{ changeConnectionRequestStatus: Request }>(STATUS, {
      id: request.id,
      v: version,
      s: "CLOSED",
      o: "CONNECTED",
      n: "Hai bên đã ký hợp đồng thử.",
    });
    const r = closed.body.data!.changeConnectionRequestStatus;
    expect(r).toMatchObject({ status: "CLOSED", outcome: "CONNECTED" });
    expect(r.events.at(-1)).toMatchObject({
      kind: "STATUS",
      status: "CLOSED",
      outcome: "CONNECTED",
      text: "Hai bên đã ký hợp đồng thử.",
    });
    const reopen = await officer.gql(STATUS, { id: request.id, v: r.version, s: "IN_CONTACT" });
    expect(errorCode(reopen)).toBe("BAD_USER_INPUT");
    const forward = await officer.gql(FORWARD, {
      id: request.id,
      v: r.version,
      i: { producerId: String(own.producer_id), to: "htx@example.vn", subject: "S", body: "B" },
    });
    expect(forward.body.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "status" }],
    });
    const tracked = await api.gql(TRACK, { token: request.trackingToken });
    expect(tracked.body.data?.trackedConnectionRequest).toMatchObject({ status: "CLOSED", outcome: "CONNECTED" });
  });

  it("leaves a closed request out of the unread count", async () => {
    const before = await unreadCount(officerB);
    const closedUnopened = await send([other.slug], "vi");
    expect(await unreadCount(officerB)).toBe(before + 1);
    await editor.gql(STATUS, { id: closedUnopened.id, v: 1, s: "CLOSED", o: "SPAM" });
    expect(await unreadCount(officerB)).toBe(before);
  });
});
