import type { SiteScopeValues } from "@ocop/schema/site-texts";
import type { Language } from "../../i18n/lang";
import type { ProductGroupCode } from "../../lib/groups";

type AboutContent = {
  title: string;
  description: string;
  intro: string;
  /** What this site is for, naming the site's provinces when there are one or two. */
  purpose: (site: SiteScopeValues) => string;
  groupsTitle: string;
  groups: Record<ProductGroupCode, string>;
  starsTitle: string;
  stars: { n: 3 | 4 | 5; text: string }[];
  starsNote: string;
  validityTitle: string;
  validity: string[];
  demoTitle: string;
  demo: string[];
};

/** The words naming the site's provinces when it names them (one or two), else "". */
const named = (site: SiteScopeValues, words: (s: SiteScopeValues) => string) =>
  site.scope === "one" || site.scope === "two" ? words(site) : "";

// Written from shared/DOMAIN.md; long-form page text lives here rather than in the UI catalogs.
// No text names a province: the site's own come from its settings (`purpose`).
export const ABOUT: Record<Language, AboutContent> = {
  vi: {
    title: "Giới thiệu chương trình OCOP",
    description:
      "Chương trình Mỗi xã một sản phẩm (OCOP): sáu nhóm sản phẩm, ý nghĩa của hạng 3, 4 và 5 sao, thời hạn giấy chứng nhận.",
    intro:
      "“Mỗi xã một sản phẩm” (OCOP) là chương trình quốc gia của Việt Nam, triển khai từ năm 2018, nhằm đưa đặc sản địa phương thành sản phẩm được chứng nhận, có thương hiệu. Chủ thể (hợp tác xã, doanh nghiệp, hộ kinh doanh, tổ hợp tác) đăng ký sản phẩm; hội đồng đánh giá chấm điểm trên thang 100 và xếp hạng theo sao.",
    purpose: (site) =>
      `Trang này giúp người mua, du khách và nhà phân phối tìm sản phẩm OCOP${named(site, (s) => ` của ${s.provincesFull}`)}, xem hạng sao và giấy chứng nhận còn hiệu lực hay không, rồi liên hệ với chủ thể qua văn phòng OCOP của tỉnh.`,
    groupsTitle: "Sáu nhóm sản phẩm",
    groups: {
      TP: "Thực phẩm: nông sản tươi, gạo và ngũ cốc, mật ong, thực phẩm chế biến, gia vị, chè, cà phê.",
      DU: "Đồ uống: rượu, đồ uống có cồn khác, nước khoáng và nước giải khát.",
      DL: "Dược liệu và sản phẩm từ dược liệu: thực phẩm chức năng, mỹ phẩm, tinh dầu.",
      TC: "Thủ công mỹ nghệ: đồ gia dụng, trang trí, dệt may.",
      SV: "Sinh vật cảnh: hoa, cây cảnh, động vật cảnh.",
      DV: "Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch: là một địa điểm, có thông tin mở cửa và vị trí, không có giá bán.",
    },
    starsTitle: "Hạng sao nghĩa là gì",
    stars: [
      {
        n: 3,
        text: "Đạt từ 50 đến dưới 70 điểm: sản phẩm đạt chuẩn, có giấy chứng nhận cấp tỉnh (trước tháng 7/2025 do cấp huyện cấp).",
      },
      { n: 4, text: "Đạt từ 70 đến dưới 90 điểm: sản phẩm tốt, có thể nâng lên 5 sao, do tỉnh chứng nhận." },
      { n: 5, text: "Đạt từ 90 điểm trở lên: sản phẩm tiêu biểu cấp quốc gia, do Hội đồng Trung ương chứng nhận." },
    ],
    starsNote:
      "Sản phẩm 1 và 2 sao không được chứng nhận, nên danh mục chỉ có sản phẩm từ 3 sao. Điểm gồm ba phần: sức mạnh sản phẩm và cộng đồng, khả năng tiếp thị, chất lượng sản phẩm.",
    validityTitle: "Thời hạn chứng nhận",
    validity: [
      "Giấy chứng nhận OCOP có hiệu lực 36 tháng kể từ ngày quyết định. Hết hạn, chủ thể phải đánh giá lại, nếu không sẽ không được dùng nhãn OCOP nữa. Chứng nhận cũng có thể bị thu hồi khi vi phạm an toàn thực phẩm, chất lượng hoặc sử dụng sai nhãn.",
      "Mỗi trang sản phẩm ở đây ghi số và ngày quyết định, cấp đánh giá, ngày hết hạn và cảnh báo rõ khi chứng nhận đã hết hạn hoặc bị thu hồi.",
    ],
    demoTitle: "Về dữ liệu trên trang",
    demo: [
      "Đây là bộ dữ liệu minh họa (demo) về sản phẩm OCOP, tổng hợp từ tin tức và văn bản công khai. Một số chi tiết (phân bàn trưng bày, nhà phân phối, ngày quyết định) là giả định để trình diễn, không phải dữ liệu chính thức.",
      "Các bản ghi minh họa được đánh dấu “Dữ liệu minh họa”. Để tra cứu chính thức, hãy liên hệ văn phòng OCOP của tỉnh.",
    ],
  },
  en: {
    title: "About the OCOP programme",
    description:
      "One Commune One Product (OCOP): the six product groups, what 3, 4 and 5 stars mean, and how long a certificate is valid.",
    intro:
      "“One Commune One Product” (OCOP, in Vietnamese Mỗi xã một sản phẩm) is Vietnam’s national programme, running since 2018, that turns local specialities into certified, branded products. A producer (cooperative, enterprise, household business or cooperative group) registers a product; an evaluation council scores it out of 100 and ranks it in stars.",
    purpose: (site) =>
      `This site helps buyers, visitors and distributors find ${named(site, (s) => `${s.scope === "one" ? s.provincesFull : s.provinces}’s `)}OCOP products, check their stars and whether the certificate is still valid, and contact the producer through the provincial OCOP office.`,
    groupsTitle: "The six product groups",
    groups: {
      TP: "Food: fresh produce, rice and grains, honey, processed food, seasonings, tea and coffee.",
      DU: "Beverages: spirits, other alcoholic drinks, mineral water and soft drinks.",
      DL: "Herbal products: functional foods, cosmetics and essential oils made from medicinal plants.",
      TC: "Handicrafts: household and decorative crafts, textiles and garments.",
      SV: "Ornamentals: flowers, ornamental plants and animals.",
      DV: "Community tourism, eco-tourism and tourist sites: a place to visit, with opening information and a location rather than a price.",
    },
    starsTitle: "What the stars mean",
    stars: [
      {
        n: 3,
        text: "50 to under 70 points: a product that meets the standard, certified by the province (by the district before July 2025).",
      },
      {
        n: 4,
        text: "70 to under 90 points: a strong product with potential to reach five stars, certified by the province.",
      },
      { n: 5, text: "90 points or more: a national flagship product, certified by the central council." },
    ],
    starsNote:
      "One- and two-star products are not certified, so the catalogue lists three stars and up only. The score has three parts: product and community strength, marketing, and quality.",
    validityTitle: "How long a certificate lasts",
    validity: [
      "An OCOP certificate is valid for 36 months from its decision date. After that the producer must be re-evaluated or stop using the OCOP mark. A certificate can also be revoked, for example after a food-safety or quality violation or misuse of the mark.",
      "Every product page here shows the decision number and date, the evaluating level, the expiry date, and a clear warning when the certificate has expired or been revoked.",
    ],
    demoTitle: "About the data on this site",
    demo: [
      "This is a demonstration dataset of OCOP products compiled from public news and documents. Some details (fair table layout, distributors, decision dates) are illustrative and not official records.",
      "Demo records are labelled “demo data”. For official information, contact the provincial OCOP office.",
    ],
  },
  zh: {
    title: "关于OCOP计划",
    description: "“一乡一品”（OCOP）计划：六大产品组，三星、四星和五星的含义，以及证书的有效期。",
    intro:
      "“一乡一品”（OCOP，越南语 Mỗi xã một sản phẩm）是越南自2018年起实施的国家计划，旨在把地方特产打造成经过认证的品牌产品。生产主体（合作社、企业、个体户或合作组）申报产品，评审委员会按百分制打分并评定星级。",
    purpose: (site) =>
      `本网站帮助买家、游客和经销商查找${named(site, (s) => `${s.scope === "one" ? s.provincesFull : `${s.provinces}两省`}的`)}OCOP产品，查看星级及证书是否仍然有效，并通过省OCOP办公室联系生产主体。`,
    groupsTitle: "六大产品组",
    groups: {
      TP: "食品：新鲜农产品、大米和谷物、蜂蜜、加工食品、调味品、茶和咖啡。",
      DU: "饮料：白酒、其他含酒精饮料、矿泉水和软饮料。",
      DL: "药材及药材制品：保健食品、草本化妆品和精油。",
      TC: "手工艺品：家居及装饰用品、纺织品和服装。",
      SV: "观赏生物：花卉、观赏植物和观赏动物。",
      DV: "社区旅游、生态旅游及旅游景点：是一个地点，提供开放信息和位置，没有售价。",
    },
    starsTitle: "星级的含义",
    stars: [
      { n: 3, text: "50分至70分以下：达到标准的产品，由省级认证（2025年7月前由县级认证）。" },
      { n: 4, text: "70分至90分以下：优质产品，有望升为五星，由省级认证。" },
      { n: 5, text: "90分及以上：国家级代表性产品，由中央委员会认证。" },
    ],
    starsNote:
      "一星和二星产品不予认证，因此目录只收录三星及以上产品。评分由三部分组成：产品与社区实力、市场营销能力和产品质量。",
    validityTitle: "证书有效期",
    validity: [
      "OCOP证书自决定之日起有效期为36个月。到期后生产主体必须重新评审，否则不得继续使用OCOP标志。如发现食品安全或质量违规、滥用标志等情况，证书也可能被撤销。",
      "本网站每个产品页面都显示决定编号和日期、评审级别、到期日期，并在证书已过期或被撤销时给出明显警告。",
    ],
    demoTitle: "关于本站数据",
    demo: [
      "本站使用的是OCOP产品的演示数据，根据公开新闻和文件整理。部分细节（展台安排、经销商、决定日期）仅作示例，并非官方记录。",
      "演示记录标有“演示数据”。如需官方信息，请联系省OCOP办公室。",
    ],
  },
};
