import { describe, expect, it } from "vitest";
import { isVietnamesePhone, zaloIdOf, zaloUrl } from "./contact";
import { contactFields, fieldErrorOf, siteSettingsInputSchema } from "./inputs";
import { z } from "zod";

describe("Vietnamese phone numbers", () => {
  it.each([
    "0912 345 678",
    "0912.345.678",
    "+84 912 345 678",
    "0205 3812 345",
    "(0205) 3.812.345",
    "1900 1234",
    "1800 123 456",
  ])("accepts %s", (phone) => expect(isVietnamesePhone(phone)).toBe(true));
  it.each(["0912 345 67", "0112 345 678", "+1 212 555 0100", "12345678", "0912 345 6789", "09123456a8"])(
    "refuses %s",
    (phone) => expect(isVietnamesePhone(phone)).toBe(false),
  );
});

describe("Zalo contacts", () => {
  it("link a phone number in its 0 form, a zalo.me link by its id, and a bare id", () => {
    expect(zaloIdOf("+84 912 345 678")).toBe("0912345678");
    expect(zaloUrl("0912.345.678")).toBe("https://zalo.me/0912345678");
    expect(zaloUrl("https://zalo.me/htxdongbanh")).toBe("https://zalo.me/htxdongbanh");
    expect(zaloUrl("zalo.me/4318149290139711234/")).toBe("https://zalo.me/4318149290139711234");
    expect(zaloUrl("htxdongbanh")).toBe("https://zalo.me/htxdongbanh");
  });
  it("refuse a wrong phone number, another site's link and text with spaces", () => {
    expect(zaloIdOf("0912 345")).toBeNull();
    expect(zaloIdOf("https://facebook.com/htx")).toBeNull();
    expect(zaloIdOf("htx dong banh")).toBeNull();
  });
});

describe("contact input rules", () => {
  const contact = z.object(contactFields);
  const codes = (input: Record<string, unknown>) =>
    Object.fromEntries(
      (contact.safeParse(input).error?.issues ?? []).map((i) => [String(i.path[0]), fieldErrorOf(i).code]),
    );

  it("give each wrong field its own code", () => {
    expect(codes({ phone: "12345", zalo: "0912 34", email: "no", website: "example.vn" })).toEqual({
      phone: "notVietnamesePhone",
      zalo: "notZalo",
      email: "notEmail",
      website: "notUrl",
    });
  });

  it("keep personal data private unless switched on, and a website public", () => {
    expect(contact.parse({ phone: "0912345678", website: "https://htx.example.vn" })).toMatchObject({
      phonePublic: false,
      emailPublic: false,
      contactPersonPublic: false,
      zaloPublic: false,
      addressPublic: false,
      websitePublic: true,
    });
  });

  it("check the office's phone and email", () => {
    expect(
      siteSettingsInputSchema.safeParse({ officePhone: "0205 3812 345", officeEmail: "ocop@langson.gov.vn" }).success,
    ).toBe(true);
    expect(siteSettingsInputSchema.safeParse({ officePhone: "205" }).success).toBe(false);
  });
});
