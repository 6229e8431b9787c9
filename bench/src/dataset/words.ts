/**
 * Word lists for the synthetic national dataset: written for the benchmark, not copied from any
 * register. Names are built from these with the seeded PRNG, so they read like real OCOP listings
 * ("Mật ong bạc hà Tân Lập", "HTX Chè Shan tuyết Phú Mỹ", "Hộ kinh doanh Nguyễn Thị Lan").
 */

export interface ProvinceSeed {
  code: string;
  name: string;
  fullName: string;
  lat: number;
  lng: number;
  /** Relative number of communes/wards. */
  weight: number;
}

/** The 34 provincial units since 1 July 2025 (Nghị quyết 202/2025/QH15), with rough centres. */
export const PROVINCES: ProvinceSeed[] = [
  { code: "01", name: "Hà Nội", fullName: "Thành phố Hà Nội", lat: 21.03, lng: 105.85, weight: 126 },
  { code: "04", name: "Cao Bằng", fullName: "Tỉnh Cao Bằng", lat: 22.67, lng: 106.26, weight: 56 },
  { code: "08", name: "Tuyên Quang", fullName: "Tỉnh Tuyên Quang", lat: 21.82, lng: 105.21, weight: 124 },
  { code: "11", name: "Điện Biên", fullName: "Tỉnh Điện Biên", lat: 21.39, lng: 103.02, weight: 45 },
  { code: "12", name: "Lai Châu", fullName: "Tỉnh Lai Châu", lat: 22.4, lng: 103.45, weight: 38 },
  { code: "14", name: "Sơn La", fullName: "Tỉnh Sơn La", lat: 21.33, lng: 103.91, weight: 75 },
  { code: "15", name: "Lào Cai", fullName: "Tỉnh Lào Cai", lat: 22.48, lng: 103.97, weight: 99 },
  { code: "19", name: "Thái Nguyên", fullName: "Tỉnh Thái Nguyên", lat: 21.59, lng: 105.85, weight: 92 },
  { code: "20", name: "Lạng Sơn", fullName: "Tỉnh Lạng Sơn", lat: 21.85, lng: 106.76, weight: 65 },
  { code: "22", name: "Quảng Ninh", fullName: "Tỉnh Quảng Ninh", lat: 21.01, lng: 107.29, weight: 54 },
  { code: "24", name: "Bắc Ninh", fullName: "Tỉnh Bắc Ninh", lat: 21.19, lng: 106.07, weight: 99 },
  { code: "25", name: "Phú Thọ", fullName: "Tỉnh Phú Thọ", lat: 21.32, lng: 105.4, weight: 148 },
  { code: "31", name: "Hải Phòng", fullName: "Thành phố Hải Phòng", lat: 20.86, lng: 106.68, weight: 114 },
  { code: "33", name: "Hưng Yên", fullName: "Tỉnh Hưng Yên", lat: 20.65, lng: 106.05, weight: 104 },
  { code: "37", name: "Ninh Bình", fullName: "Tỉnh Ninh Bình", lat: 20.25, lng: 105.97, weight: 129 },
  { code: "38", name: "Thanh Hóa", fullName: "Tỉnh Thanh Hóa", lat: 19.81, lng: 105.78, weight: 166 },
  { code: "40", name: "Nghệ An", fullName: "Tỉnh Nghệ An", lat: 18.67, lng: 105.69, weight: 130 },
  { code: "42", name: "Hà Tĩnh", fullName: "Tỉnh Hà Tĩnh", lat: 18.34, lng: 105.91, weight: 69 },
  { code: "44", name: "Quảng Trị", fullName: "Tỉnh Quảng Trị", lat: 16.75, lng: 107.19, weight: 78 },
  { code: "46", name: "Huế", fullName: "Thành phố Huế", lat: 16.46, lng: 107.59, weight: 40 },
  { code: "48", name: "Đà Nẵng", fullName: "Thành phố Đà Nẵng", lat: 16.05, lng: 108.2, weight: 94 },
  { code: "51", name: "Quảng Ngãi", fullName: "Tỉnh Quảng Ngãi", lat: 15.12, lng: 108.8, weight: 96 },
  { code: "52", name: "Gia Lai", fullName: "Tỉnh Gia Lai", lat: 13.98, lng: 108.0, weight: 135 },
  { code: "56", name: "Khánh Hòa", fullName: "Tỉnh Khánh Hòa", lat: 12.24, lng: 109.19, weight: 65 },
  { code: "66", name: "Đắk Lắk", fullName: "Tỉnh Đắk Lắk", lat: 12.67, lng: 108.04, weight: 102 },
  { code: "68", name: "Lâm Đồng", fullName: "Tỉnh Lâm Đồng", lat: 11.94, lng: 108.44, weight: 124 },
  { code: "75", name: "Đồng Nai", fullName: "Tỉnh Đồng Nai", lat: 10.95, lng: 106.82, weight: 95 },
  { code: "79", name: "Hồ Chí Minh", fullName: "Thành phố Hồ Chí Minh", lat: 10.78, lng: 106.7, weight: 168 },
  { code: "80", name: "Tây Ninh", fullName: "Tỉnh Tây Ninh", lat: 11.31, lng: 106.1, weight: 96 },
  { code: "82", name: "Đồng Tháp", fullName: "Tỉnh Đồng Tháp", lat: 10.46, lng: 105.63, weight: 102 },
  { code: "86", name: "Vĩnh Long", fullName: "Tỉnh Vĩnh Long", lat: 10.25, lng: 105.97, weight: 124 },
  { code: "91", name: "An Giang", fullName: "Tỉnh An Giang", lat: 10.38, lng: 105.43, weight: 102 },
  { code: "92", name: "Cần Thơ", fullName: "Thành phố Cần Thơ", lat: 10.03, lng: 105.78, weight: 103 },
  { code: "96", name: "Cà Mau", fullName: "Tỉnh Cà Mau", lat: 9.18, lng: 105.15, weight: 64 },
];

/** First and second syllables of commune/ward names ("Tân" + "Lập", "Phú" + "Mỹ", "Na" + "Sầm"). */
export const PLACE_FIRST = [
  "Tân", "Phú", "Hòa", "An", "Bình", "Thạnh", "Long", "Mỹ", "Đông", "Tây", "Nam", "Bắc", "Hưng", "Thịnh",
  "Phước", "Lộc", "Thuận", "Quang", "Minh", "Hợp", "Tiến", "Yên", "Vĩnh", "Đức", "Xuân", "Hải", "Sơn",
  "Thanh", "Trung", "Kim", "Ngọc", "Lạc", "Lâm", "Cẩm", "Hồng", "Văn", "Đồng", "Kỳ", "Na", "Bản", "Pác",
  "Nà", "Mường", "Tam", "Quảng", "Hoàng", "Châu", "Cao", "Đại", "Phong", "Thái", "Bảo", "Gia", "Khánh",
  "Hiệp", "Thiện", "Tường", "Chiến", "Quốc", "Nhân",
];
export const PLACE_SECOND = [
  "Lập", "Mỹ", "Bình", "Hòa", "Phú", "Thành", "Lợi", "Hưng", "An", "Sơn", "Long", "Thịnh", "Phước", "Lộc",
  "Thuận", "Quang", "Minh", "Tiến", "Yên", "Đức", "Xuân", "Hải", "Thanh", "Trung", "Kim", "Ngọc", "Lạc",
  "Lâm", "Hồng", "Văn", "Đồng", "Lừa", "Sầm", "Dương", "Khê", "Lăng", "Quan", "Thắng", "Kết", "Nghĩa",
  "Tân", "Tây", "Đông", "Nam", "Bắc", "Hà", "Giang", "Châu", "Điền", "Vinh", "Trạch", "Cường", "Hiệp",
  "Lý", "Mai", "Nhạc", "Tuyết", "Liêu", "Lãng", "Động",
];

/** Brand and qualifier words producers put in their names and labels. */
export const BRAND_WORDS = [
  "Xứ Lạng", "Hương Rừng", "Phúc Lộc", "An Khang", "Thành Đạt", "Kim Ngân", "Sơn Hà", "Minh Châu", "Đại Việt",
  "Tâm An", "Hưng Phát", "Bảo Ngọc", "Thiên Phú", "Nông Sản Việt", "Xanh", "Sạch", "Quê Hương", "Mộc Sơn",
  "Trường Thọ", "Hoàng Gia", "Cao Nguyên", "Miền Tây", "Đất Mũi", "Núi Tuyết", "Sông Hồng", "Tây Bắc",
  "Đông Bắc", "Bắc Hà", "Mẫu Sơn", "Ngọc Linh",
];

export const FAMILY_NAMES = [
  "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Nông", "Lò",
  "Vi", "Mã", "Triệu", "Lương", "Đinh", "Hà", "Phan", "Trịnh", "Lục",
];
export const MIDDLE_NAMES = ["Văn", "Thị", "Đức", "Minh", "Hữu", "Thanh", "Ngọc", "Quốc", "Thu", "Xuân", "Bảo"];
export const GIVEN_NAMES = [
  "An", "Bình", "Cường", "Dũng", "Hà", "Hạnh", "Hùng", "Lan", "Linh", "Mai", "Nam", "Phúc", "Quân", "Sơn",
  "Thảo", "Trang", "Tuấn", "Yến", "Hương", "Khoa", "Lộc", "Nga", "Oanh", "Quyên", "Thắng", "Vân", "Hiền",
];

export type ProducerTypeValue = "enterprise" | "cooperative" | "cooperative_group" | "household" | "public_body";

/** Producer legal forms: the prefix in the name, the type and a relative weight. */
export const PRODUCER_FORMS: Array<{ prefix: string; type: ProducerTypeValue; weight: number; person?: boolean }> = [
  { prefix: "HTX", type: "cooperative", weight: 32 },
  { prefix: "Hợp tác xã", type: "cooperative", weight: 6 },
  { prefix: "Công ty TNHH", type: "enterprise", weight: 18 },
  { prefix: "Công ty Cổ phần", type: "enterprise", weight: 7 },
  { prefix: "Doanh nghiệp tư nhân", type: "enterprise", weight: 2 },
  { prefix: "Hộ kinh doanh", type: "household", weight: 22, person: true },
  { prefix: "Cơ sở sản xuất", type: "household", weight: 6, person: true },
  { prefix: "Tổ hợp tác", type: "cooperative_group", weight: 5 },
  { prefix: "Ban Quản lý Khu du lịch", type: "public_body", weight: 2 },
];

/** What a cooperative or company names itself after. */
export const ACTIVITY_WORDS = [
  "Nông nghiệp", "Dịch vụ nông nghiệp", "Nông lâm nghiệp", "Chè", "Mật ong", "Rau an toàn", "Dược liệu",
  "Thủy sản", "Chăn nuôi", "Du lịch cộng đồng", "Thương mại và Dịch vụ", "Sản xuất và Kinh doanh",
  "Thực phẩm", "Nông sản sạch", "Chế biến nông sản", "Đặc sản", "Cây ăn quả", "Lúa gạo", "Thủ công mỹ nghệ",
];

export interface ProductWord {
  vi: string;
  en: string;
  zh: string;
  /** Optional qualifiers put after the word ("Mật ong" + "bạc hà"). */
  qualifiers?: string[];
  packaging?: string[];
  unit?: string;
  /** VND range of a unit. */
  price?: [number, number];
  seasons?: string;
}

/** Product words per product set (codes of data/langson-ocop-demo.json), with a relative weight. */
export const PRODUCT_WORDS: Record<string, { weight: number; words: ProductWord[] }> = {
  "TP-TS-1": {
    weight: 12,
    words: [
      { vi: "Na", en: "custard apple", zh: "番荔枝", qualifiers: ["dai", "bở", "Chi Lăng"], unit: "kg", price: [40000, 90000], seasons: "Tháng 7–9" },
      { vi: "Cam", en: "orange", zh: "橙子", qualifiers: ["sành", "Vinh", "đường canh"], unit: "kg", price: [25000, 60000], seasons: "Tháng 10–1" },
      { vi: "Bưởi", en: "pomelo", zh: "柚子", qualifiers: ["da xanh", "Diễn", "Phúc Trạch"], unit: "quả", price: [30000, 120000], seasons: "Tháng 8–12" },
      { vi: "Quýt", en: "mandarin", zh: "橘子", qualifiers: ["vàng", "hồng"], unit: "kg", price: [30000, 70000], seasons: "Tháng 10–12" },
      { vi: "Vải thiều", en: "lychee", zh: "荔枝", unit: "kg", price: [30000, 80000], seasons: "Tháng 5–7" },
      { vi: "Nhãn", en: "longan", zh: "龙眼", qualifiers: ["lồng", "xuồng"], unit: "kg", price: [30000, 70000], seasons: "Tháng 7–8" },
      { vi: "Xoài", en: "mango", zh: "芒果", qualifiers: ["cát Hòa Lộc", "tứ quý"], unit: "kg", price: [35000, 90000], seasons: "Tháng 4–6" },
      { vi: "Thanh long", en: "dragon fruit", zh: "火龙果", qualifiers: ["ruột đỏ", "ruột trắng"], unit: "kg", price: [20000, 50000] },
      { vi: "Sầu riêng", en: "durian", zh: "榴莲", qualifiers: ["Ri6", "Monthong"], unit: "kg", price: [80000, 180000], seasons: "Tháng 5–8" },
      { vi: "Hồng không hạt", en: "seedless persimmon", zh: "无籽柿子", unit: "kg", price: [40000, 90000], seasons: "Tháng 9–10" },
      { vi: "Hạt dẻ", en: "chestnut", zh: "板栗", qualifiers: ["tươi"], unit: "kg", price: [80000, 160000], seasons: "Tháng 8–10" },
      { vi: "Rau cải ngồng", en: "flowering mustard greens", zh: "菜心", unit: "kg", price: [20000, 40000] },
      { vi: "Chanh leo", en: "passion fruit", zh: "百香果", unit: "kg", price: [25000, 60000] },
      { vi: "Bơ", en: "avocado", zh: "牛油果", qualifiers: ["sáp", "booth"], unit: "kg", price: [40000, 90000] },
      { vi: "Dứa", en: "pineapple", zh: "菠萝", qualifiers: ["Queen", "mật"], unit: "quả", price: [15000, 35000] },
      { vi: "Mận hậu", en: "plum", zh: "李子", unit: "kg", price: [30000, 70000], seasons: "Tháng 5–7" },
    ],
  },
  "TP-TS-2": {
    weight: 5,
    words: [
      { vi: "Gà đồi", en: "hill chicken", zh: "山鸡", unit: "kg", price: [120000, 220000] },
      { vi: "Vịt bầu", en: "duck", zh: "鸭子", unit: "kg", price: [80000, 140000] },
      { vi: "Lợn đen", en: "black pig", zh: "黑猪", unit: "kg", price: [150000, 260000] },
      { vi: "Bò vàng", en: "yellow cattle beef", zh: "黄牛肉", unit: "kg", price: [250000, 380000] },
      { vi: "Cá lăng", en: "hemibagrus catfish", zh: "鲶鱼", unit: "kg", price: [200000, 350000] },
      { vi: "Tôm càng xanh", en: "giant river prawn", zh: "罗氏沼虾", unit: "kg", price: [250000, 400000] },
      { vi: "Trứng gà ta", en: "free-range eggs", zh: "土鸡蛋", unit: "hộp 10 quả", price: [35000, 60000] },
      { vi: "Sữa bò tươi", en: "fresh milk", zh: "鲜牛奶", unit: "chai 1 lít", price: [30000, 50000] },
    ],
  },
  "TP-SC-1": {
    weight: 6,
    words: [
      { vi: "Gạo", en: "rice", zh: "大米", qualifiers: ["ST25", "nếp cái hoa vàng", "Séng Cù", "lứt đỏ", "tám thơm", "Bắc Hương"], packaging: ["Túi 5 kg", "Túi 2 kg"], unit: "túi", price: [60000, 200000] },
      { vi: "Ngô nếp", en: "sticky corn", zh: "糯玉米", unit: "kg", price: [20000, 40000] },
      { vi: "Đậu tương", en: "soybean", zh: "大豆", unit: "kg", price: [30000, 50000] },
      { vi: "Lạc", en: "peanuts", zh: "花生", qualifiers: ["đỏ", "sen"], unit: "kg", price: [50000, 90000] },
      { vi: "Vừng đen", en: "black sesame", zh: "黑芝麻", unit: "kg", price: [80000, 140000] },
      { vi: "Hạt điều", en: "cashew nuts", zh: "腰果", qualifiers: ["rang muối"], unit: "hộp 500 g", price: [150000, 280000] },
      { vi: "Mắc ca", en: "macadamia", zh: "夏威夷果", qualifiers: ["sấy nứt vỏ"], unit: "hộp 500 g", price: [150000, 300000] },
    ],
  },
  "TP-SC-2": {
    weight: 5,
    words: [
      { vi: "Mật ong", en: "honey", zh: "蜂蜜", qualifiers: ["hoa nhãn", "hoa cà phê", "bạc hà", "rừng", "ngũ gia bì", "hoa vải", "hoa rừng", "keo", "hương rừng"], packaging: ["Chai 500 ml", "Chai 1 lít", "Lọ 250 g"], unit: "chai", price: [120000, 450000] },
      { vi: "Mật mía", en: "sugarcane syrup", zh: "甘蔗糖浆", unit: "chai", price: [40000, 90000] },
      { vi: "Mật hoa dừa", en: "coconut nectar", zh: "椰花蜜", unit: "chai", price: [90000, 180000] },
      { vi: "Tinh bột nghệ", en: "turmeric starch", zh: "姜黄粉", unit: "hộp 500 g", price: [150000, 350000] },
      { vi: "Sáp ong", en: "beeswax", zh: "蜂蜡", unit: "hộp", price: [80000, 150000] },
    ],
  },
  "TP-CB-1": {
    weight: 3,
    words: [
      { vi: "Bánh chưng", en: "square sticky rice cake", zh: "粽子", qualifiers: ["cẩm", "gù", "Tranh Khúc"], unit: "chiếc", price: [40000, 90000] },
      { vi: "Nem chua", en: "fermented pork roll", zh: "酸肉", unit: "hộp", price: [50000, 120000] },
      { vi: "Chả cá", en: "fish cake", zh: "鱼饼", unit: "kg", price: [180000, 320000] },
      { vi: "Giò lụa", en: "pork sausage", zh: "越南扎肉", unit: "kg", price: [180000, 260000] },
    ],
  },
  "TP-CB-2": {
    weight: 8,
    words: [
      { vi: "Miến dong", en: "arrowroot vermicelli", zh: "葛粉丝", qualifiers: ["Bình Liêu", "Na Rì", "sạch"], packaging: ["Túi 500 g", "Túi 1 kg"], unit: "túi", price: [45000, 110000] },
      { vi: "Phở khô", en: "dried pho noodles", zh: "干河粉", qualifiers: ["đặc biệt"], unit: "túi", price: [30000, 70000] },
      { vi: "Bún khô", en: "dried rice noodles", zh: "干米粉", unit: "túi", price: [25000, 60000] },
      { vi: "Bánh đa", en: "rice crackers", zh: "米饼", qualifiers: ["nem", "vừng"], unit: "túi", price: [20000, 50000] },
      { vi: "Bánh gai", en: "ramie leaf cake", zh: "苎麻叶糕", unit: "hộp", price: [50000, 100000] },
      { vi: "Cốm", en: "young rice flakes", zh: "嫩米片", qualifiers: ["làng Vòng", "dẹp"], unit: "túi", price: [60000, 150000] },
      { vi: "Bánh tráng", en: "rice paper", zh: "米纸", unit: "túi", price: [20000, 45000] },
      { vi: "Bún ngô", en: "corn noodles", zh: "玉米粉丝", unit: "túi", price: [30000, 60000] },
      { vi: "Hủ tiếu", en: "rice noodles", zh: "粿条", unit: "túi", price: [25000, 50000] },
    ],
  },
  "TP-CB-3": {
    weight: 7,
    words: [
      { vi: "Ô mai", en: "salted dried fruit", zh: "话梅", qualifiers: ["mơ", "sấu", "mận"], unit: "hộp", price: [60000, 150000] },
      { vi: "Mứt gừng", en: "candied ginger", zh: "姜糖", unit: "hộp", price: [50000, 120000] },
      { vi: "Chuối sấy", en: "dried banana", zh: "香蕉干", qualifiers: ["dẻo"], unit: "túi", price: [40000, 90000] },
      { vi: "Mít sấy", en: "dried jackfruit", zh: "菠萝蜜干", unit: "túi", price: [50000, 120000] },
      { vi: "Măng khô", en: "dried bamboo shoots", zh: "干笋", unit: "kg", price: [200000, 400000] },
      { vi: "Tỏi đen", en: "black garlic", zh: "黑蒜", qualifiers: ["cô đơn", "Lý Sơn"], unit: "hộp", price: [150000, 400000] },
      { vi: "Nấm hương khô", en: "dried shiitake", zh: "干香菇", unit: "túi", price: [150000, 350000] },
      { vi: "Mộc nhĩ", en: "wood ear mushroom", zh: "木耳", unit: "túi", price: [80000, 180000] },
      { vi: "Thạch đen", en: "grass jelly", zh: "仙草", qualifiers: ["dạng bột"], unit: "túi", price: [30000, 80000] },
    ],
  },
  "TP-CB-4": {
    weight: 7,
    words: [
      { vi: "Lạp sườn", en: "Chinese-style sausage", zh: "腊肠", unit: "kg", price: [220000, 350000] },
      { vi: "Khâu nhục", en: "braised pork belly", zh: "扣肉", unit: "hộp", price: [150000, 280000] },
      { vi: "Vịt quay", en: "roast duck", zh: "烤鸭", qualifiers: ["lá mác mật"], unit: "con", price: [250000, 450000] },
      { vi: "Thịt trâu gác bếp", en: "smoked buffalo meat", zh: "烟熏牛肉干", unit: "hộp 500 g", price: [450000, 900000] },
      { vi: "Ruốc", en: "pork floss", zh: "肉松", qualifiers: ["heo", "cá hồi"], unit: "hộp", price: [90000, 200000] },
      { vi: "Chả mực", en: "squid cake", zh: "墨鱼饼", qualifiers: ["Hạ Long"], unit: "kg", price: [350000, 550000] },
      { vi: "Cá khô", en: "dried fish", zh: "鱼干", unit: "túi", price: [120000, 300000] },
      { vi: "Tôm khô", en: "dried shrimp", zh: "虾干", unit: "túi", price: [300000, 700000] },
      { vi: "Sữa chua", en: "yogurt", zh: "酸奶", unit: "hộp", price: [30000, 60000] },
    ],
  },
  "TP-GV-1": {
    weight: 4,
    words: [
      { vi: "Nước mắm", en: "fish sauce", zh: "鱼露", qualifiers: ["cốt", "nhỉ", "truyền thống"], packaging: ["Chai 500 ml", "Chai 1 lít"], unit: "chai", price: [40000, 180000] },
      { vi: "Tương bần", en: "fermented soybean sauce", zh: "豆酱", unit: "chai", price: [25000, 50000] },
      { vi: "Tương ớt", en: "chili sauce", zh: "辣椒酱", unit: "chai", price: [20000, 45000] },
      { vi: "Mắm tôm", en: "shrimp paste", zh: "虾酱", unit: "hũ", price: [30000, 70000] },
      { vi: "Dầu vừng", en: "sesame oil", zh: "芝麻油", unit: "chai", price: [80000, 160000] },
    ],
  },
  "TP-GV-2": {
    weight: 3,
    words: [
      { vi: "Muối tôm", en: "shrimp salt", zh: "虾盐", unit: "hũ", price: [30000, 60000] },
      { vi: "Hạt tiêu", en: "black pepper", zh: "黑胡椒", qualifiers: ["đen", "Phú Quốc"], unit: "hũ", price: [60000, 150000] },
      { vi: "Hạt dổi", en: "doi seeds", zh: "山木姜子", unit: "hũ", price: [150000, 400000] },
      { vi: "Mắc khén", en: "mac khen pepper", zh: "花椒", unit: "hũ", price: [80000, 180000] },
      { vi: "Ớt bột", en: "chili powder", zh: "辣椒粉", unit: "hũ", price: [20000, 50000] },
    ],
  },
  "TP-CH-1": {
    weight: 6,
    words: [
      { vi: "Chè Shan tuyết", en: "Shan Tuyet tea", zh: "雪山茶", qualifiers: ["cổ thụ", "Suối Giàng", "Mẫu Sơn"], packaging: ["Hộp 200 g", "Túi 500 g"], unit: "hộp", price: [120000, 600000] },
      { vi: "Chè xanh", en: "green tea", zh: "绿茶", qualifiers: ["Tân Cương", "móc câu"], unit: "hộp", price: [100000, 400000] },
      { vi: "Trà Ô Long", en: "oolong tea", zh: "乌龙茶", unit: "hộp", price: [150000, 500000] },
      { vi: "Hồng trà", en: "black tea", zh: "红茶", unit: "hộp", price: [100000, 350000] },
      { vi: "Chè búp", en: "tea buds", zh: "茶芽", unit: "túi", price: [150000, 450000] },
    ],
  },
  "TP-CH-2": {
    weight: 4,
    words: [
      { vi: "Trà hoa vàng", en: "golden camellia tea", zh: "金花茶", unit: "hộp", price: [300000, 1500000] },
      { vi: "Trà atiso", en: "artichoke tea", zh: "洋蓟茶", qualifiers: ["túi lọc"], unit: "hộp", price: [60000, 150000] },
      { vi: "Trà diếp cá", en: "houttuynia tea", zh: "鱼腥草茶", unit: "hộp", price: [60000, 120000] },
      { vi: "Trà gừng", en: "ginger tea", zh: "姜茶", unit: "hộp", price: [40000, 90000] },
      { vi: "Trà hoa cúc", en: "chrysanthemum tea", zh: "菊花茶", unit: "hộp", price: [80000, 200000] },
      { vi: "Trà giảo cổ lam", en: "gynostemma tea", zh: "绞股蓝茶", unit: "hộp", price: [80000, 180000] },
    ],
  },
  "TP-CP-1": {
    weight: 4,
    words: [
      { vi: "Cà phê", en: "coffee", zh: "咖啡", qualifiers: ["Robusta", "Arabica", "rang xay", "chồn", "hạt rang"], packaging: ["Túi 500 g", "Hộp 250 g"], unit: "túi", price: [90000, 400000] },
      { vi: "Ca cao", en: "cocoa", zh: "可可", qualifiers: ["nguyên chất"], unit: "hộp", price: [120000, 300000] },
      { vi: "Sô cô la", en: "chocolate", zh: "巧克力", qualifiers: ["đen"], unit: "hộp", price: [80000, 250000] },
    ],
  },
  "DU-CC-1": {
    weight: 5,
    words: [
      { vi: "Rượu ngô", en: "corn liquor", zh: "玉米酒", qualifiers: ["men lá", "Bắc Hà"], packaging: ["Chai 500 ml", "Bình 2 lít"], unit: "chai", price: [60000, 250000] },
      { vi: "Rượu nếp cẩm", en: "black sticky rice wine", zh: "黑糯米酒", unit: "chai", price: [80000, 200000] },
      { vi: "Rượu men lá", en: "leaf-yeast liquor", zh: "叶曲酒", unit: "chai", price: [70000, 200000] },
      { vi: "Rượu gạo", en: "rice liquor", zh: "米酒", qualifiers: ["Bàu Đá", "làng Vân", "29 độ"], unit: "chai", price: [50000, 200000] },
    ],
  },
  "DU-CC-2": {
    weight: 2,
    words: [
      { vi: "Rượu vang sim", en: "rose myrtle wine", zh: "桃金娘酒", unit: "chai", price: [120000, 300000] },
      { vi: "Rượu mơ", en: "apricot wine", zh: "梅子酒", unit: "chai", price: [100000, 250000] },
      { vi: "Rượu táo mèo", en: "wild apple wine", zh: "山楂酒", unit: "chai", price: [100000, 250000] },
      { vi: "Bia thủ công", en: "craft beer", zh: "精酿啤酒", unit: "chai", price: [40000, 90000] },
    ],
  },
  "DU-KC-1": {
    weight: 1,
    words: [
      { vi: "Nước khoáng", en: "mineral water", zh: "矿泉水", qualifiers: ["thiên nhiên", "nóng"], unit: "thùng", price: [80000, 150000] },
      { vi: "Nước uống tinh khiết", en: "purified drinking water", zh: "纯净水", unit: "bình 20 lít", price: [15000, 40000] },
    ],
  },
  "DU-KC-2": {
    weight: 3,
    words: [
      { vi: "Nước ép chanh leo", en: "passion fruit juice", zh: "百香果汁", unit: "chai", price: [25000, 60000] },
      { vi: "Nước cốt gừng", en: "ginger concentrate", zh: "姜汁", unit: "chai", price: [50000, 120000] },
      { vi: "Siro dâu tằm", en: "mulberry syrup", zh: "桑葚糖浆", unit: "chai", price: [60000, 150000] },
      { vi: "Nước nha đam", en: "aloe vera drink", zh: "芦荟饮料", unit: "chai", price: [15000, 35000] },
    ],
  },
  "DL-1": {
    weight: 4,
    words: [
      { vi: "Cao atiso", en: "artichoke extract", zh: "洋蓟膏", unit: "hộp", price: [150000, 350000] },
      { vi: "Viên tinh nghệ", en: "turmeric pills", zh: "姜黄丸", unit: "hộp", price: [150000, 400000] },
      { vi: "Đông trùng hạ thảo", en: "cordyceps", zh: "冬虫夏草", unit: "hộp", price: [500000, 3000000] },
      { vi: "Sâm Ngọc Linh", en: "Ngoc Linh ginseng", zh: "玉灵参", unit: "hộp", price: [1000000, 10000000] },
      { vi: "Cao ích mẫu", en: "motherwort extract", zh: "益母草膏", unit: "chai", price: [80000, 200000] },
    ],
  },
  "DL-2": {
    weight: 2,
    words: [
      { vi: "Dầu gội thảo dược", en: "herbal shampoo", zh: "草本洗发水", unit: "chai", price: [80000, 200000] },
      { vi: "Xà phòng thảo mộc", en: "herbal soap", zh: "草本香皂", unit: "bánh", price: [30000, 80000] },
      { vi: "Son dầu gấc", en: "gac oil lip balm", zh: "木鳖果油唇膏", unit: "thỏi", price: [50000, 150000] },
      { vi: "Kem nghệ", en: "turmeric cream", zh: "姜黄霜", unit: "hộp", price: [80000, 200000] },
    ],
  },
  "DL-3": {
    weight: 3,
    words: [
      { vi: "Tinh dầu hồi", en: "star anise oil", zh: "八角油", unit: "chai", price: [150000, 400000] },
      { vi: "Tinh dầu quế", en: "cinnamon oil", zh: "肉桂油", unit: "chai", price: [120000, 350000] },
      { vi: "Hoa hồi khô", en: "dried star anise", zh: "八角", unit: "kg", price: [100000, 250000] },
      { vi: "Quế thanh", en: "cinnamon sticks", zh: "桂皮", unit: "kg", price: [80000, 200000] },
      { vi: "Tinh dầu tràm", en: "cajeput oil", zh: "白千层油", unit: "chai", price: [60000, 150000] },
      { vi: "Thảo quả", en: "black cardamom", zh: "草果", unit: "kg", price: [150000, 350000] },
    ],
  },
  "TC-1": {
    weight: 4,
    words: [
      { vi: "Mây tre đan", en: "rattan and bamboo ware", zh: "藤竹编织品", unit: "chiếc", price: [50000, 800000] },
      { vi: "Gốm", en: "pottery", zh: "陶瓷", qualifiers: ["Bát Tràng", "Phù Lãng", "men lam"], unit: "bộ", price: [150000, 2000000] },
      { vi: "Chiếu cói", en: "sedge mat", zh: "草席", unit: "chiếc", price: [150000, 500000] },
      { vi: "Nón lá", en: "conical hat", zh: "斗笠", unit: "chiếc", price: [50000, 200000] },
      { vi: "Đồ gỗ mỹ nghệ", en: "fine woodwork", zh: "木雕工艺品", unit: "bộ", price: [500000, 5000000] },
      { vi: "Sơn mài", en: "lacquerware", zh: "漆器", unit: "bộ", price: [300000, 3000000] },
    ],
  },
  "TC-2": {
    weight: 2,
    words: [
      { vi: "Thổ cẩm", en: "brocade", zh: "织锦", qualifiers: ["Tày", "Dao", "Mông"], unit: "tấm", price: [150000, 1500000] },
      { vi: "Lụa tơ tằm", en: "silk", zh: "丝绸", qualifiers: ["Vạn Phúc", "Nha Xá"], unit: "mét", price: [200000, 900000] },
      { vi: "Khăn thêu", en: "embroidered scarf", zh: "刺绣围巾", unit: "chiếc", price: [100000, 400000] },
      { vi: "Áo chàm", en: "indigo shirt", zh: "蓝靛衣", unit: "chiếc", price: [250000, 900000] },
    ],
  },
  "SV-1": {
    weight: 1,
    words: [
      { vi: "Hoa đào", en: "peach blossom", zh: "桃花", qualifiers: ["Nhật Tân", "phai"], unit: "cành", price: [150000, 2000000] },
      { vi: "Hoa lan", en: "orchids", zh: "兰花", qualifiers: ["hồ điệp", "rừng"], unit: "chậu", price: [150000, 1500000] },
      { vi: "Hoa cúc", en: "chrysanthemum", zh: "菊花", unit: "bó", price: [50000, 200000] },
      { vi: "Hoa hồng", en: "roses", zh: "玫瑰", unit: "bó", price: [80000, 300000] },
    ],
  },
  "SV-2": {
    weight: 1,
    words: [
      { vi: "Cây cảnh bonsai", en: "bonsai", zh: "盆景", unit: "chậu", price: [500000, 20000000] },
      { vi: "Quất cảnh", en: "kumquat tree", zh: "金桔树", unit: "chậu", price: [300000, 3000000] },
      { vi: "Mai vàng", en: "yellow apricot blossom tree", zh: "黄梅", unit: "chậu", price: [500000, 10000000] },
    ],
  },
  "SV-3": {
    weight: 1,
    words: [
      { vi: "Cá Koi", en: "koi carp", zh: "锦鲤", unit: "con", price: [200000, 5000000] },
      { vi: "Chim cảnh", en: "ornamental birds", zh: "观赏鸟", unit: "con", price: [300000, 3000000] },
    ],
  },
  "DV-1": {
    weight: 4,
    words: [
      { vi: "Điểm du lịch cộng đồng bản", en: "community-based tourism village", zh: "社区旅游村" },
      { vi: "Khu du lịch sinh thái", en: "eco-tourism site", zh: "生态旅游区" },
      { vi: "Homestay", en: "homestay", zh: "民宿" },
      { vi: "Làng nghề truyền thống", en: "traditional craft village", zh: "传统手工艺村" },
      { vi: "Điểm du lịch Đền", en: "temple heritage site", zh: "寺庙景点" },
    ],
  },
};

export const DISTRIBUTOR_FORMS: Array<{
  kind: "distributor" | "retail_chain" | "ecommerce" | "ocop_showroom" | "export";
  weight: number;
  names: string[];
}> = [
  { kind: "distributor", weight: 40, names: ["Công ty CP Phân phối", "Nhà phân phối nông sản", "Công ty TNHH Thương mại", "Đại lý đặc sản"] },
  { kind: "retail_chain", weight: 20, names: ["Siêu thị", "Chuỗi cửa hàng thực phẩm sạch", "Cửa hàng tiện lợi", "Chuỗi cửa hàng đặc sản"] },
  { kind: "ecommerce", weight: 10, names: ["Sàn thương mại điện tử", "Gian hàng trực tuyến", "Chợ nông sản trực tuyến"] },
  { kind: "ocop_showroom", weight: 25, names: ["Điểm giới thiệu và bán sản phẩm OCOP", "Trung tâm trưng bày sản phẩm OCOP", "Cửa hàng OCOP"] },
  { kind: "export", weight: 5, names: ["Công ty Xuất nhập khẩu", "Công ty CP Xuất khẩu nông sản"] },
];

export const EVENT_FORMS: Array<{ kind: "fair" | "conference" | "showroom"; weight: number; names: string[] }> = [
  { kind: "fair", weight: 50, names: ["Hội chợ sản phẩm OCOP", "Phiên chợ nông sản và sản phẩm OCOP", "Tuần lễ sản phẩm OCOP", "Hội chợ xúc tiến thương mại OCOP"] },
  { kind: "conference", weight: 35, names: ["Hội nghị tổng kết Chương trình OCOP", "Hội nghị đánh giá, phân hạng sản phẩm OCOP", "Hội thảo phát triển sản phẩm OCOP"] },
  { kind: "showroom", weight: 15, names: ["Trưng bày sản phẩm OCOP", "Không gian giới thiệu sản phẩm OCOP"] },
];

export const VENUE_WORDS = ["Trung tâm Hội nghị", "Nhà văn hóa", "Quảng trường", "Trung tâm Triển lãm", "Khách sạn", "Sân vận động"];

export const REVOCATION_REASONS = [
  "Chủ thể ngừng sản xuất sản phẩm",
  "Vi phạm quy định về an toàn thực phẩm",
  "Sản phẩm không duy trì được chất lượng như khi đánh giá",
];

/** The demo's search synonyms (apps/api seed), so that the synonym lookup does its real work. */
export const SYNONYMS: Array<[string, string[]]> = [
  ["lạc / đậu phộng", ["lạc", "đậu phộng"]],
  ["ngô / bắp", ["ngô", "bắp"]],
  ["dứa / thơm", ["dứa", "thơm", "khóm"]],
  ["chè / trà", ["chè", "trà"]],
  ["lợn / heo", ["lợn", "heo"]],
  ["na / mãng cầu", ["na", "mãng cầu"]],
  ["thạch đen / sương sáo", ["thạch đen", "sương sáo"]],
  ["hồi / đại hồi", ["hồi", "đại hồi", "bát giác"]],
];
