// A tile-grid map of China: one square per province-level division, placed so
// neighbours stay neighbours (no geodata needed). Codes are GB/T 2260; `abbr`
// is the official one-character abbreviation, `alpha` the GB/T 2260 letter code.
// Hong Kong, Macao and Taiwan are drawn as neutral tiles (no reports collected).

export interface Tile {
  code: string;
  name: string;
  abbr: string;
  alpha: string;
  en: string;
  col: number;
  row: number;
  /** One of the 31 mainland provinces the corpus can cover. */
  mainland: boolean;
}

type Row = [code: string, name: string, abbr: string, alpha: string, en: string, col: number, row: number];

// 7 columns × 8 rows, west → east, north → south.
const GRID: Row[] = [
  ['230000', '黑龙江省', '黑', 'HL', 'Heilongjiang', 6, 0],
  ['150000', '内蒙古自治区', '蒙', 'NM', 'Inner Mongolia', 3, 1],
  ['110000', '北京市', '京', 'BJ', 'Beijing', 4, 1],
  ['210000', '辽宁省', '辽', 'LN', 'Liaoning', 5, 1],
  ['220000', '吉林省', '吉', 'JL', 'Jilin', 6, 1],
  ['620000', '甘肃省', '甘', 'GS', 'Gansu', 1, 2],
  ['640000', '宁夏回族自治区', '宁', 'NX', 'Ningxia', 2, 2],
  ['140000', '山西省', '晋', 'SX', 'Shanxi', 3, 2],
  ['130000', '河北省', '冀', 'HE', 'Hebei', 4, 2],
  ['120000', '天津市', '津', 'TJ', 'Tianjin', 5, 2],
  ['650000', '新疆维吾尔自治区', '新', 'XJ', 'Xinjiang', 0, 3],
  ['630000', '青海省', '青', 'QH', 'Qinghai', 1, 3],
  ['610000', '陕西省', '陕', 'SN', 'Shaanxi', 2, 3],
  ['410000', '河南省', '豫', 'HA', 'Henan', 3, 3],
  ['370000', '山东省', '鲁', 'SD', 'Shandong', 4, 3],
  ['540000', '西藏自治区', '藏', 'XZ', 'Tibet', 0, 4],
  ['510000', '四川省', '川', 'SC', 'Sichuan', 1, 4],
  ['500000', '重庆市', '渝', 'CQ', 'Chongqing', 2, 4],
  ['420000', '湖北省', '鄂', 'HB', 'Hubei', 3, 4],
  ['340000', '安徽省', '皖', 'AH', 'Anhui', 4, 4],
  ['320000', '江苏省', '苏', 'JS', 'Jiangsu', 5, 4],
  ['530000', '云南省', '滇', 'YN', 'Yunnan', 1, 5],
  ['520000', '贵州省', '黔', 'GZ', 'Guizhou', 2, 5],
  ['430000', '湖南省', '湘', 'HN', 'Hunan', 3, 5],
  ['360000', '江西省', '赣', 'JX', 'Jiangxi', 4, 5],
  ['330000', '浙江省', '浙', 'ZJ', 'Zhejiang', 5, 5],
  ['310000', '上海市', '沪', 'SH', 'Shanghai', 6, 5],
  ['450000', '广西壮族自治区', '桂', 'GX', 'Guangxi', 2, 6],
  ['440000', '广东省', '粤', 'GD', 'Guangdong', 3, 6],
  ['350000', '福建省', '闽', 'FJ', 'Fujian', 4, 6],
  ['710000', '台湾省', '台', 'TW', 'Taiwan', 5, 6],
  ['460000', '海南省', '琼', 'HI', 'Hainan', 2, 7],
  ['820000', '澳门特别行政区', '澳', 'MO', 'Macao', 3, 7],
  ['810000', '香港特别行政区', '港', 'HK', 'Hong Kong', 4, 7],
];

const NOT_MAINLAND = new Set(['710000', '810000', '820000']);

export const TILE_GRID: Tile[] = GRID.map(([code, name, abbr, alpha, en, col, row]) => ({
  code,
  name,
  abbr,
  alpha,
  en,
  col,
  row,
  mainland: !NOT_MAINLAND.has(code),
}));

export const GRID_COLS = 7;
export const GRID_ROWS = 8;

/** The province a six-digit region code belongs to: 320381 → 320000. */
export function provinceOf(code: string): string {
  return `${code.slice(0, 2)}0000`;
}
