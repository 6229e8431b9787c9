import { describe, expect, it } from "vitest";
import { parseScore, parseStars } from "./cells";
import { decisionInTitle, resolveDecision } from "./decision";
import { GroupIndex } from "./groups";
import { fieldOfHeader } from "./header";
import { PlaceIndex } from "./places";
import { producerTypeOf, validUntilOf } from "./plan";

const title = (...lines: string[]) => lines.map((text, i) => ({ row: i + 1, cells: [text] }));

describe("reading an annex's cells", () => {
  it("reads stars as annexes write them", () => {
    expect(["4 sao", "4★", "4", "4 *", "★★★", "Ba sao", "5 Sao", "4.0"].map(parseStars)).toEqual([
      4, 4, 4, 4, 3, 3, 5, 4,
    ]);
    expect(["", "nhiều sao", "4 hoặc 5"].map(parseStars)).toEqual([null, null, null]);
  });

  it("reads scores with a decimal comma or point", () => {
    expect(["78", "78,5", "78.25", " 90 điểm", ""].map(parseScore)).toEqual([78, 78.5, 78.25, 90, null]);
    expect(parseScore("bảy mươi")).toBeNaN();
  });

  it("recognises the header names provinces use, the group before the product", () => {
    const headers = [
      "STT",
      "TT",
      "Tên sản phẩm",
      "Tên chủ thể",
      "Địa chỉ",
      "Phân nhóm",
      "Nhóm sản phẩm",
      "Số điểm",
      "Tổng điểm",
      "Hạng sao",
      "Kết quả xếp hạng",
      "Ghi chú",
    ];
    expect(headers.map(fieldOfHeader)).toEqual([
      "ordinal",
      "ordinal",
      "product",
      "producer",
      "address",
      "group",
      "group",
      "score",
      "score",
      "stars",
      "stars",
      null,
    ]);
  });

  it("finds the decision in a title row, with or without diacritics, numeric or spelled-out dates", () => {
    expect(decisionInTitle(title("(Kèm theo Quyết định số 1234/QĐ-UBND ngày 15/6/2026 của UBND tỉnh)"))).toEqual({
      number: "1234/QĐ-UBND",
      date: "2026-06-15",
    });
    expect(decisionInTitle(title("PHỤ LỤC", "Kem theo Quyet dinh so: 56/QD-UBND ngay 02 thang 3 nam 2025"))).toEqual({
      number: "56/QD-UBND",
      date: "2025-03-02",
    });
    expect(decisionInTitle(title("Quyết định số 7/QĐ-UBND ngày 31/2/2026"))).toEqual({
      number: "7/QĐ-UBND",
      date: null,
    });
  });

  it("takes the form's decision fields over the title's, and refuses a date in Vietnam's future", () => {
    const rows = title("Kèm theo Quyết định số 1/QĐ-UBND ngày 1/1/2026");
    const { decision, problems } = resolveDecision(
      { decisionNumber: "2/QĐ-UBND" },
      rows,
      new Date("2026-03-01T00:00:00Z"),
    );
    expect(decision).toMatchObject({
      number: "2/QĐ-UBND",
      date: "2026-01-01",
      source: { number: "form", date: "title" },
    });
    expect(problems).toEqual([]);
    // 2026-03-01 17:30 UTC is already 2 March in Vietnam.
    const late = resolveDecision(
      { decisionNumber: "3", decisionDate: "2026-03-02" },
      [],
      new Date("2026-03-01T17:30:00Z"),
    );
    expect(late.problems).toEqual([]);
    const early = resolveDecision(
      { decisionNumber: "3", decisionDate: "2026-03-02" },
      [],
      new Date("2026-03-01T16:30:00Z"),
    );
    expect(early.problems.map((p) => p.code)).toEqual(["decisionDateFuture"]);
  });

  it("computes validity as the database does (36 months; 29 February falls to 28)", () => {
    expect(validUntilOf("2026-06-15")).toBe("2029-06-15");
    expect(validUntilOf("2024-02-29")).toBe("2027-02-28");
  });

  it("guesses the producer type from its name", () => {
    expect(
      [
        "HTX Nông sản",
        "Hợp tác xã Chè",
        "Tổ hợp tác măng",
        "Công ty TNHH A",
        "Hộ kinh doanh B",
        "Cơ sở C",
        "Ông D",
      ].map((n) => producerTypeOf(n).type),
    ).toEqual(["cooperative", "cooperative", "cooperative_group", "enterprise", "household", "household", "household"]);
    expect(producerTypeOf("Ông D").inferred).toBe(true);
  });
});

describe("places and groups", () => {
  const places = new PlaceIndex(
    [
      { code: "1", name: "Hoàng Văn Thụ", fullName: "Xã Hoàng Văn Thụ", type: "xa", provinceCode: "20" },
      { code: "2", name: "Hoàng Văn Thụ", fullName: "Phường Hoàng Văn Thụ", type: "phuong", provinceCode: "20" },
      { code: "3", name: "Chi Lăng", fullName: "Xã Chi Lăng", type: "xa", provinceCode: "20" },
      { code: "4", name: "Thống Nhất", fullName: "Xã Thống Nhất", type: "xa", provinceCode: "20" },
      { code: "5", name: "Thống Nhất", fullName: "Xã Thống Nhất", type: "xa", provinceCode: "01" },
    ],
    [
      { code: "20", name: "Lạng Sơn" },
      { code: "01", name: "Hà Nội" },
    ],
  );

  it("resolves the current commune/ward from an address, by type, within the province, past hamlets and former districts", () => {
    expect(places.communeOf("thôn Bản Pe, xã Chi Lăng, huyện Chi Lăng (cũ), tỉnh Lạng Sơn", "20")?.code).toBe("3");
    expect(places.communeOf("phường Hoàng Văn Thụ, tỉnh Lạng Sơn", "20")?.code).toBe("2");
    expect(places.communeOf("xa Hoang Van Thu, Lang Son", "20")?.code).toBe("1");
    // A name that exists in two provinces needs the province; a former township is not a current unit.
    expect(places.communeOf("xã Thống Nhất", null)).toBeNull();
    expect(places.communeOf("xã Thống Nhất", places.provinceOf("xã Thống Nhất, tỉnh Lạng Sơn"))?.code).toBe("4");
    expect(places.communeOf("thị trấn Đồng Mỏ, huyện Chi Lăng", "20")).toBeNull();
  });

  it("maps product sets, families, the six groups and their short forms", () => {
    const groups = new GroupIndex([
      { code: "TP", parentCode: null, nameVi: "Thực phẩm", familyVi: null },
      { code: "TP-CH-1", parentCode: "TP", nameVi: "Chè tươi, chè chế biến", familyVi: "Chè" },
      { code: "TC", parentCode: null, nameVi: "Hàng thủ công mỹ nghệ", familyVi: null },
      {
        code: "DV",
        parentCode: null,
        nameVi: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
        familyVi: null,
      },
      {
        code: "DV-1",
        parentCode: "DV",
        nameVi: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
        familyVi: null,
      },
    ]);
    expect(
      [
        "Chè tươi, chè chế biến",
        "Chè",
        "1. Thực phẩm",
        "Thủ công mỹ nghệ",
        "TCMN",
        "Du lịch",
        "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch",
        "Đồ gốm vũ trụ",
      ].map((g) => groups.codeOf(g)),
    ).toEqual(["TP-CH-1", "TP", "TP", "TC", "TC", "DV", "DV-1", null]);
  });
});
