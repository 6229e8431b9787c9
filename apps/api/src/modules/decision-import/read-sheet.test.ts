import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSheet } from "./read-sheet";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "ocop-read-sheet-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Dense Vietnamese: almost every character is two or three bytes in UTF-8. */
const name = (i: number) => `Phường Lộc Hưng ${i} ${"ữẫỵ".repeat(i % 7)} Thị trấn Ải Chi Lăng Đồng Mỏ mứt gừng`;

describe("reading a large sheet", () => {
  it("keeps every multi-byte character, wherever the zip's chunks split the sheet", async () => {
    // exceljs' streaming reader decoded each chunk on its own (patched: patches/exceljs@4.4.0.patch);
    // thousands of rows put many chunk boundaries inside characters.
    const file = path.join(dir, "big.xlsx");
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
    const sheet = workbook.addWorksheet("Phụ lục");
    for (let i = 0; i < 4000; i++) sheet.addRow([i, name(i), `Hợp tác xã ${name(i)}`]).commit();
    sheet.commit();
    await workbook.commit();
    const read = await readSheet(file, "big.xlsx", 10_000);
    expect(read.name).toBe("Phụ lục");
    expect(read.rows).toHaveLength(4000);
    const wrong = read.rows.filter((r, i) => r.cells[1] !== name(i) || r.cells[2] !== `Hợp tác xã ${name(i)}`);
    expect(wrong.map((r) => r.cells[1])).toEqual([]);
  });

  it("reads csv with a byte order mark and semicolons, and refuses text that is not UTF-8", async () => {
    const csv = path.join(dir, "a.csv");
    await writeFile(csv, '\uFEFFSTT;Tên sản phẩm\r\n1;"Mật ong; rừng"\r\n');
    expect((await readSheet(csv, "a.csv", 10)).rows).toEqual([
      { row: 1, cells: ["STT", "Tên sản phẩm"] },
      { row: 2, cells: ["1", "Mật ong; rừng"] },
    ]);
    const latin1 = path.join(dir, "b.csv");
    await writeFile(latin1, Buffer.from("STT,T\xean s\xe3n ph\xe2m\n", "latin1"));
    await expect(readSheet(latin1, "b.csv", 10)).rejects.toThrow(/not UTF-8/);
  });
});
