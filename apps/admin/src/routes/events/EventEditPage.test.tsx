import { AdminEventEditDocument, UpdateShowcaseEventDocument } from "@ocop/schema/admin";
import { cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { communesMock, EDITOR, renderPage } from "../../test/render";
import { EventEditPage } from "./EventEditPage";

afterEach(cleanup);

function event(overrides: Record<string, unknown> = {}) {
  return {
    __typename: "ShowcaseEvent",
    id: "e1",
    slug: "hoi-nghi-ocop",
    nameVi: "Hội nghị tổng kết OCOP",
    nameEn: "OCOP review conference",
    nameZh: null,
    descriptionVi: null,
    descriptionEn: null,
    descriptionZh: null,
    kind: "CONFERENCE",
    venueName: "Khách sạn The Pride",
    venueNameEn: null,
    venueNameZh: null,
    venueAddress: "69 Trần Phú",
    commune: null,
    startsOn: "2025-11-20",
    endsOn: "2025-11-20",
    organizer: "UBND tỉnh Lạng Sơn",
    organizerEn: "Lạng Sơn Provincial People's Committee",
    organizerZh: null,
    published: true,
    isDemo: false,
    version: 2,
    tables: [],
    ...overrides,
  };
}

describe("event form: the public texts in English and Chinese", () => {
  it("edits the venue name and organizer per language beside the name, and saves every language", async () => {
    renderPage(<EventEditPage id="e1" />, {
      path: "/events/e1",
      session: EDITOR,
      mocks: [
        communesMock,
        {
          request: { query: AdminEventEditDocument, variables: { id: "e1" } },
          result: { data: { adminShowcaseEvent: event() } },
        },
        {
          request: {
            query: UpdateShowcaseEventDocument,
            variables: (v: { version: number; input: Record<string, unknown> }) =>
              v.version === 2 &&
              v.input.venueName === "Khách sạn The Pride" &&
              v.input.venueNameZh === "The Pride酒店" &&
              v.input.organizerEn === "Lạng Sơn Provincial People's Committee" &&
              v.input.organizerZh === "谅山省人民委员会",
          },
          result: {
            data: {
              updateShowcaseEvent: event({ venueNameZh: "The Pride酒店", organizerZh: "谅山省人民委员会", version: 3 }),
            },
          },
        },
      ],
    });
    const texts = await screen.findByRole("region", { name: /Nội dung công khai/ });
    await waitFor(() =>
      expect((within(texts).getByRole("textbox", { name: "Tên địa điểm" }) as HTMLInputElement).value).toBe(
        "Khách sạn The Pride",
      ),
    );
    // Each text once per language, in that language's tab only.
    expect(screen.getAllByRole("textbox", { name: /^Tên địa điểm/ })).toHaveLength(1);

    fireEvent.click(within(texts).getByRole("tab", { name: /Tiếng Anh/ }));
    expect((within(texts).getByRole("textbox", { name: "Đơn vị tổ chức (Tiếng Anh)" }) as HTMLInputElement).value).toBe(
      "Lạng Sơn Provincial People's Committee",
    );
    fireEvent.click(within(texts).getByRole("tab", { name: /Tiếng Trung/ }));
    const venueZh = within(texts).getByRole("textbox", { name: "Tên địa điểm (Tiếng Trung)" });
    expect(venueZh.getAttribute("lang")).toBe("zh");
    fireEvent.change(venueZh, { target: { value: "The Pride酒店" } });
    fireEvent.change(within(texts).getByRole("textbox", { name: "Đơn vị tổ chức (Tiếng Trung)" }), {
      target: { value: "谅山省人民委员会" },
    });

    fireEvent.click(screen.getByRole("button", { name: "Lưu thay đổi" }));
    expect(await screen.findByText("Đã lưu.")).toBeTruthy();
  });
});
