import { describe, expect, it } from "vitest";
import { translate } from "../../i18n/i18n";
import type { Translate } from "../../i18n/i18n";
import { fieldLabel } from "./auditText";

const vi: Translate = (key, params) => translate("vi", key, params);
const en: Translate = (key, params) => translate("en", key, params);

describe("the audit log names a translated text's field as its form does", () => {
  it("gives a translation the Vietnamese field's label and its language", () => {
    expect(fieldLabel(vi, "Producer", "productionCapacity")).toBe("Năng lực sản xuất");
    expect(fieldLabel(vi, "Producer", "productionCapacityEn")).toBe("Năng lực sản xuất (Tiếng Anh)");
    expect(fieldLabel(en, "Producer", "shelfLifeZh")).toBe("Shelf life (Chinese)");
    expect(fieldLabel(vi, "ShowcaseEvent", "organizerZh")).toBe("Đơn vị tổ chức (Tiếng Trung)");
    expect(fieldLabel(en, "ShowcaseEvent", "venueNameEn")).toBe("Venue name (English)");
  });

  it("keeps the labels of names and descriptions, and of fields that merely end in those letters", () => {
    expect(fieldLabel(vi, "Product", "nameEn")).toBe("Tên (Tiếng Anh)");
    expect(fieldLabel(vi, "Producer", "descriptionZh")).toBe("Mô tả (Tiếng Trung)");
    // No field "tok" to translate: the path itself, as for any unknown field.
    expect(fieldLabel(vi, "Producer", "tokEn")).toBe("tokEn");
  });

  it("names the site settings' fields as the settings page does, the logo's too", () => {
    expect(fieldLabel(vi, "SiteSettings", "logoPath")).toBe("Tệp logo");
    expect(fieldLabel(en, "SiteSettings", "logoWidth")).toBe("Logo width (pixels)");
    expect(fieldLabel(vi, "SiteSettings", "siteName")).toBe("Tên trang");
  });
});
