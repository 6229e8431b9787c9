/**
 * English and Chinese for the demo dataset's Vietnamese texts that the dataset leaves
 * untranslated, written from the Vietnamese alone (nothing added that it does not say). Only
 * texts that are fit for the public are here: descriptions carrying research remarks stay
 * Vietnamese. Each entry repeats the Vietnamese it translates, and the seed uses it only while
 * the dataset still says exactly that, so a corrected Vietnamese text never gets a stale
 * translation.
 */
export interface DemoTranslation {
  vi: string;
  en: string;
  zh: string;
}

/** Producer descriptions, by the producer's name in the dataset. */
export const PRODUCER_DESCRIPTIONS: Readonly<Record<string, DemoTranslation>> = {
  "HTX Dịch vụ và Sản xuất nông nghiệp Đồng Bành": {
    vi: "Hợp tác xã trồng na theo VietGAP, tiên phong tham gia OCOP; giám đốc Hứa Quốc Công.",
    en: "A cooperative growing custard apples under VietGAP, one of the first to join OCOP; director Hứa Quốc Công.",
    zh: "按VietGAP标准种植番荔枝的合作社，率先参加OCOP计划；主任 Hứa Quốc Công。",
  },
  "Cơ sở nem nướng Khôi Loan": {
    vi: "Cơ sở chế biến nem nướng mang thương hiệu Khôi Loan.",
    en: "A maker of nem nướng (grilled pork sausage) under the Khôi Loan brand.",
    zh: "以“Khôi Loan”品牌加工烤肉肠（nem nướng）的作坊。",
  },
  "Cơ sở sản xuất phở Hoàng Quyên": {
    vi: "Cơ sở làm phở khô và phở tươi thương hiệu Hoàng Quyên.",
    en: "A maker of dried and fresh phở noodles under the Hoàng Quyên brand.",
    zh: "以“Hoàng Quyên”品牌制作干河粉和鲜河粉的作坊。",
  },
  "Cơ sở thạch Chu Hạnh": {
    vi: "Cơ sở chế biến thạch (thạch đen) thương hiệu Chu Hạnh.",
    en: "A maker of grass jelly (thạch đen) under the Chu Hạnh brand.",
    zh: "以“Chu Hạnh”品牌加工仙草冻（thạch đen）的作坊。",
  },
  "Hộ Nông Thị Chỉ": {
    vi: "Hộ nấu rượu men lá tại thôn Đon Chợ, xã Hữu Lễ (cũ).",
    en: "A household distilling leaf-yeast liquor (rượu men lá) in Đon Chợ village, former Hữu Lễ commune.",
    zh: "在原Hữu Lễ乡Đon Chợ村酿造叶曲酒（rượu men lá）的农户。",
  },
  "HTX Chè dưới tán hồi": {
    vi: "Hợp tác xã chè trồng xen dưới tán rừng hồi, sản xuất theo VietGAP; đại diện Lê Tiến Lâm.",
    en: "A tea cooperative growing its tea under the canopy of star anise forests, under VietGAP; represented by Lê Tiến Lâm.",
    zh: "在八角林下套种茶叶、按VietGAP标准生产的茶叶合作社；代表人 Lê Tiến Lâm。",
  },
  "Công ty Cổ phần Chè Thái Bình Lạng Sơn": {
    vi: "Tiền thân là Nông trường Quốc doanh Thái Bình; khoảng 2.900 ha chè; đơn vị đầu tiên ở Việt Nam chế biến thành công trà Ô Long từ giống Thanh Tâm (2003).",
    en: "Formerly the Thái Bình State Farm; about 2,900 ha of tea; the first in Vietnam to make oolong tea from the Thanh Tâm variety (2003).",
    zh: "前身为Thái Bình国营农场；茶园约2900公顷；越南首家成功用青心（Thanh Tâm）品种加工乌龙茶的单位（2003年）。",
  },
  "HTX Nông nghiệp Công nghệ cao và Phát triển Lạng Sơn": {
    vi: "Hợp tác xã trồng rau ngồng hoa cải tại TP Lạng Sơn cũ.",
    en: "A cooperative growing flowering mustard greens in the former Lạng Sơn city.",
    zh: "在原谅山市种植菜心的合作社。",
  },
  "HTX Quảng Lạc": {
    vi: "Hợp tác xã nuôi ong tại xã Quảng Lạc cũ (nay thuộc phường Lương Văn Tri).",
    en: "A beekeeping cooperative in former Quảng Lạc commune (now part of Lương Văn Tri ward).",
    zh: "位于原Quảng Lạc乡（现属Lương Văn Tri坊）的养蜂合作社。",
  },
  "HTX Quảng Hồng": {
    vi: "Hợp tác xã nuôi ong tại Quảng Lạc.",
    en: "A beekeeping cooperative in Quảng Lạc.",
    zh: "位于Quảng Lạc的养蜂合作社。",
  },
  "Cơ sở vịt quay Hồng Xiêm": {
    vi: "Một trong các thương hiệu vịt quay lâu đời của TP Lạng Sơn.",
    en: "One of the long-established roast duck brands of Lạng Sơn city.",
    zh: "谅山市历史悠久的烤鸭品牌之一。",
  },
  "Cơ sở bánh chưng cẩm Hồng Lý": {
    vi: "Cơ sở làm bánh chưng gạo nếp cẩm.",
    en: "A maker of bánh chưng (square sticky rice cakes) from purple glutinous rice.",
    zh: "用紫糯米制作方粽（bánh chưng）的作坊。",
  },
  "Cơ sở bún gấc Lệ Chi": {
    vi: "Cơ sở làm bún gấc.",
    en: "A maker of gấc rice vermicelli (bún gấc).",
    zh: "制作木鳖果米粉（bún gấc）的作坊。",
  },
  "Cơ sở khâu nhục Trần Sinh": {
    vi: "Cơ sở chế biến khâu nhục.",
    en: "A maker of khâu nhục (steamed pork belly).",
    zh: "加工扣肉（khâu nhục）的作坊。",
  },
  "Xí nghiệp Rượu Mẫu Sơn – Chi nhánh Công ty Cổ phần Du lịch và Xuất nhập khẩu Lạng Sơn": {
    vi: "Đơn vị sản xuất rượu Mẫu Sơn đóng chai.",
    en: "The maker of bottled Mẫu Sơn liquor.",
    zh: "生产瓶装母山（Mẫu Sơn）酒的单位。",
  },
  "Hộ kinh doanh Trần Diệu Hương": {
    vi: "Hộ kinh doanh khâu nhục và vịt quay thương hiệu Diệu Hương.",
    en: "A household business making khâu nhục and roast duck under the Diệu Hương brand.",
    zh: "以“Diệu Hương”品牌经营扣肉和烤鸭的个体户。",
  },
  "Hộ kinh doanh Nguyễn Thị Hà": {
    vi: "Hộ kinh doanh thạch đen được công nhận OCOP tháng 6/2025.",
    en: "A household business making grass jelly (thạch đen), OCOP-certified in June 2025.",
    zh: "经营仙草冻（thạch đen）的个体户，2025年6月获OCOP认定。",
  },
  "HTX Thanh Lộc": {
    vi: "Hợp tác xã chăn nuôi gà trên vùng núi Mẫu Sơn.",
    en: "A cooperative raising chickens in the Mẫu Sơn mountains.",
    zh: "在母山（Mẫu Sơn）山区养鸡的合作社。",
  },
  "HTX Rau củ quả sạch Gia Cát": {
    vi: "Hợp tác xã trồng rau cải làn, cải ngồng hoa vàng theo quy trình an toàn.",
    en: "A cooperative growing Chinese kale and yellow-flowered mustard greens by safe-farming practice.",
    zh: "按安全生产规程种植芥蓝和黄花菜心的合作社。",
  },
  "HTX Mai Sao Lạng Sơn": {
    vi: "Thành lập 8/2023 với 8 thành viên; giám đốc Nguyễn Thị Vân Nga; sản xuất khâu nhục, măng ớt, lạp sườn; bao bì có mã QR truy xuất.",
    en: "Founded in August 2023 with 8 members; director Nguyễn Thị Vân Nga; makes khâu nhục, bamboo shoots with chilli and lạp sườn sausage; its packaging carries a traceability QR code.",
    zh: "成立于2023年8月，有8名成员；主任 Nguyễn Thị Vân Nga；生产扣肉、辣椒笋和腊肠；包装带有溯源二维码。",
  },
  "HTX Nông sản Hữu Lũng": {
    vi: "Hợp tác xã trồng rau hữu cơ (rau cải bó xôi, cải xoăn).",
    en: "A cooperative growing organic vegetables (spinach, kale).",
    zh: "种植有机蔬菜（菠菜、羽衣甘蓝）的合作社。",
  },
  "HTX Anh Em": {
    vi: "Hợp tác xã ép dầu vừng thương hiệu Trường Thọ.",
    en: "A cooperative pressing sesame oil under the Trường Thọ brand.",
    zh: "以“Trường Thọ”品牌压榨芝麻油的合作社。",
  },
  "Hộ kinh doanh Sầm Lê Thu": {
    vi: "Hộ kinh doanh lạp sườn và xúc xích thương hiệu Sầm Thu.",
    en: "A household business making lạp sườn (cured sausage) and other sausages under the Sầm Thu brand.",
    zh: "以“Sầm Thu”品牌经营腊肠和香肠的个体户。",
  },
  "HTX Thanh Xuân": {
    vi: "Hợp tác xã trồng gạo Séng Cù trên cánh đồng Mường Than ở độ cao trên 600 m.",
    en: "A cooperative growing Séng Cù rice on the Mường Than fields, over 600 m above sea level.",
    zh: "在海拔600米以上的Mường Than田野种植Séng Cù大米的合作社。",
  },
  "Công ty Cổ phần Đầu tư phát triển Chè Tam Đường": {
    vi: "Doanh nghiệp chè; 7 sản phẩm OCOP cấp tỉnh (6 sản phẩm 4 sao) theo báo cáo năm 2021.",
    en: "A tea company; 7 provincial OCOP products (6 of them 4-star) according to a 2021 report.",
    zh: "茶叶企业；据2021年的报告，有7个省级OCOP产品（其中6个为四星）。",
  },
  "Cơ sở sản xuất Lực Lệ": {
    vi: "Cơ sở làm chẳm chéo (chấm chéo) của người Thái, Giáy; quản lý bà Mùng Thị Lệ.",
    en: "A maker of chẳm chéo (chấm chéo) of the Thái and Giáy peoples; managed by Mrs Mùng Thị Lệ.",
    zh: "制作泰族、热依族chẳm chéo（chấm chéo）的作坊；负责人 Mùng Thị Lệ 女士。",
  },
  "Hộ kinh doanh Vàng Văn Thiện": {
    vi: "Hộ nuôi ong mật Pa Ủ.",
    en: "A household keeping honeybees in Pa Ủ.",
    zh: "在Pa Ủ养殖蜜蜂的农户。",
  },
};

/** Organizers of the dataset's events, by their Vietnamese name. */
export const ORGANIZERS: Readonly<Record<string, Omit<DemoTranslation, "vi">>> = {
  "UBND tỉnh Lạng Sơn": { en: "Lạng Sơn Provincial People's Committee", zh: "谅山省人民委员会" },
};

/** The translation of `vi` when `entry` still translates exactly that text. */
export function translationOf(entry: DemoTranslation | undefined, vi: string | null | undefined) {
  return entry && entry.vi === vi ? entry : undefined;
}
