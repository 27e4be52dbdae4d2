/**
 * The map of North-East Asia, drawn by hand from rough coastline points (longitude, latitude).
 * No map data is available offline, so these are simplified outlines: recognisable, not survey-grade.
 * `mapSvg()` renders assets/map.svg; `npx tsx src/ui/board/art/writeMap.ts` rewrites the file,
 * and a test keeps the file and this source in step.
 */
import { MAP_H, MAP_W, project, type Pt } from '../geo';

type LL = readonly [number, number];

// Coast of China, from the map's southern edge to the mouth of the Yalu.
const COAST_CHINA: readonly LL[] = [
  [121.6, 29.0], [121.9, 29.9], [121.2, 30.3], [121.9, 30.9], [121.3, 31.8], [120.9, 32.6], [120.4, 33.5],
  [119.6, 34.4], [120.3, 35.9], [120.9, 36.4], [122.1, 36.9], [122.6, 37.4], [121.4, 37.6], [120.3, 37.7],
  [119.0, 37.2], [118.9, 37.9], [117.8, 38.4], [117.7, 39.0], [118.5, 39.2], [119.5, 39.9], [121.0, 40.9],
  [122.2, 40.5], [121.9, 39.5], [121.2, 38.8], [122.2, 39.2], [123.5, 39.8], [124.35, 40.0],
];
// North Korea's west coast, Yalu mouth to the western end of the DMZ (Han estuary).
const COAST_KP_WEST: readonly LL[] = [
  [124.35, 40.0], [124.7, 39.65], [125.1, 39.6], [125.4, 39.3], [125.1, 38.8], [124.7, 38.6], [124.9, 38.2],
  [125.8, 37.9], [126.45, 37.75],
];
// South Korea's coast, DMZ west end round the south to the DMZ east end.
const COAST_KR: readonly LL[] = [
  [126.45, 37.75], [126.6, 37.45], [126.6, 37.2], [126.8, 36.9], [126.2, 36.7], [126.5, 36.0], [126.4, 35.3],
  [126.3, 34.6], [126.7, 34.3], [127.4, 34.5], [127.9, 34.75], [128.5, 34.85], [129.0, 35.05], [129.4, 35.5],
  [129.55, 36.05], [129.4, 36.4], [129.4, 37.0], [129.0, 37.7], [128.4, 38.6],
];
// North Korea's east coast, DMZ east end to the Tumen mouth.
const COAST_KP_EAST: readonly LL[] = [
  [128.4, 38.6], [127.9, 39.05], [127.5, 39.3], [127.6, 39.8], [128.6, 40.1], [129.7, 40.8], [129.8, 41.4],
  [130.0, 42.0], [130.7, 42.3],
];
// Russia's Pacific coast from the Tumen past Vladivostok, off the map's north-east corner.
const COAST_RU: readonly LL[] = [
  [130.7, 42.3], [131.2, 42.6], [131.8, 43.1], [132.4, 42.85], [133.1, 42.7], [134.7, 43.3], [135.6, 43.9],
  [137.0, 45.0], [138.0, 46.0], [138.6, 47.4],
];
// The Yalu and the Tumen: China–DPRK border, west to east.
const BORDER_CN_KP: readonly LL[] = [
  [124.35, 40.0], [125.5, 40.8], [126.7, 41.7], [128.1, 42.0], [129.0, 42.4], [129.7, 42.9], [130.4, 42.6], [130.7, 42.3],
];
// The Ussuri and Lake Khanka: China–Russia border, south to north.
const BORDER_CN_RU: readonly LL[] = [
  [130.7, 42.3], [131.0, 42.9], [131.2, 44.5], [132.5, 45.0], [133.1, 45.1], [134.2, 46.8], [134.7, 47.4],
];
// The Military Demarcation Line, west to east.
const DMZ: readonly LL[] = [
  [126.45, 37.75], [126.7, 37.95], [127.1, 38.25], [127.6, 38.3], [128.05, 38.3], [128.4, 38.6],
];
// Mongolia's south-eastern border, off the north-west corner.
const MONGOLIA: readonly LL[] = [
  [113.5, 43.9], [114.5, 44.3], [116.0, 44.9], [117.4, 46.2], [118.5, 46.7], [119.8, 47.4], [113.5, 47.4],
];

const KYUSHU: readonly LL[] = [
  [129.7, 33.3], [130.4, 33.9], [131.0, 33.95], [131.7, 33.6], [131.9, 32.8], [131.5, 31.9], [131.1, 31.3],
  [130.7, 31.0], [130.2, 31.3], [130.2, 32.1], [129.9, 32.7], [129.6, 33.0],
];
const HONSHU: readonly LL[] = [
  [130.9, 34.0], [131.4, 34.4], [132.3, 35.0], [133.0, 35.5], [134.0, 35.55], [135.2, 35.75], [135.9, 35.7],
  [136.0, 36.3], [136.7, 37.0], [136.9, 37.45], [137.3, 37.5], [137.0, 36.85], [137.8, 37.1], [138.6, 37.6],
  [139.4, 38.2], [139.8, 39.0], [140.5, 39.0], [140.5, 35.0], [139.0, 34.7], [138.2, 34.6], [137.0, 34.6],
  [136.8, 34.3], [136.2, 33.9], [135.8, 33.45], [135.1, 33.8], [135.3, 34.6], [134.3, 34.75], [133.3, 34.45],
  [132.4, 34.3], [131.8, 33.95],
];
const SHIKOKU: readonly LL[] = [
  [132.6, 33.9], [133.6, 34.3], [134.6, 34.2], [134.7, 33.8], [134.2, 33.25], [133.0, 32.75], [132.5, 33.2],
];
const JEJU: readonly LL[] = [[126.15, 33.35], [126.5, 33.55], [126.95, 33.45], [126.85, 33.25], [126.4, 33.2]];
const TSUSHIMA: readonly LL[] = [[129.2, 34.7], [129.45, 34.6], [129.35, 34.2], [129.2, 34.3]];
const ULLEUNG: readonly LL[] = [[130.8, 37.52], [130.92, 37.5], [130.88, 37.45], [130.78, 37.47]];

const pts = (ll: readonly LL[]): Pt[] => ll.map(([lon, lat]) => project(lon, lat));

/** Chaikin corner cutting: turns the rough points into a softer, hand-drawn coast. Open lines keep their ends. */
function smooth(p: readonly Pt[], closed: boolean, rounds = 2): Pt[] {
  let cur = p.slice();
  for (let r = 0; r < rounds; r++) {
    const out: Pt[] = [];
    const n = cur.length;
    if (!closed) out.push(cur[0]!);
    for (let i = 0; i < (closed ? n : n - 1); i++) {
      const a = cur[i]!;
      const b = cur[(i + 1) % n]!;
      out.push([a[0] * 0.75 + b[0] * 0.25, a[1] * 0.75 + b[1] * 0.25], [a[0] * 0.25 + b[0] * 0.75, a[1] * 0.25 + b[1] * 0.75]);
    }
    if (!closed) out.push(cur[n - 1]!);
    cur = out;
  }
  return cur;
}

const fmt = (n: number) => (Math.round(n * 10) / 10).toString();
const d = (p: readonly Pt[], close: boolean) => `M${p.map(([x, y]) => `${fmt(x)} ${fmt(y)}`).join('L')}${close ? 'Z' : ''}`;
const line = (ll: readonly LL[]) => smooth(pts(ll), false);
const island = (ll: readonly LL[]) => d(smooth(pts(ll), true), true);

export function mapSvg(): string {
  const china = line(COAST_CHINA);
  const kpW = line(COAST_KP_WEST);
  const kr = line(COAST_KR);
  const kpE = line(COAST_KP_EAST);
  const ru = line(COAST_RU);
  const bKP = line(BORDER_CN_KP);
  const bRU = line(BORDER_CN_RU);
  const dmz = line(DMZ);
  const [, yTop] = project(0, 47.6);
  const [xLeft, yBottom] = project(113.4, 28.9);
  const [xRight] = project(141, 0);
  const mainland = d([[xLeft, yBottom], ...china, ...kpW, ...kr, ...kpE, ...ru, [xRight, yTop], [xLeft, yTop]], true);
  const coastline = [china, kpW, kr, kpE, ru].map((p) => d(p, false)).join('');
  const dprk = d([...kpW, ...dmz, ...kpE, ...bKP.slice().reverse()], true);
  const rok = d([...kr, ...dmz.slice().reverse()], true);
  const russia = d([...ru, [xRight, yTop], ...bRU.slice().reverse()], true);
  const mongolia = island(MONGOLIA);
  const japan = [KYUSHU, HONSHU, SHIKOKU, TSUSHIMA].map(island).join('');
  const rokIslands = [JEJU, ULLEUNG].map(island).join('');

  const grat: string[] = [];
  const gratLabels: string[] = [];
  for (const lon of [115, 120, 125, 130, 135]) {
    const [x] = project(lon, 0);
    grat.push(`M${fmt(x)} 0V${MAP_H}`);
    gratLabels.push(`<text x="${fmt(x + 4)}" y="${MAP_H - 8}">${lon}°E</text>`);
  }
  for (const lat of [30, 35, 40, 45]) {
    const [, y] = project(0, lat);
    grat.push(`M0 ${fmt(y)}H${MAP_W}`);
    gratLabels.push(`<text x="6" y="${fmt(y - 5)}">${lat}°N</text>`);
  }
  // North Korea's 22 October SRBM test flew about 450 km: the Pyongyang–Gyeongju distance. Drawn as a reach arc.
  const [px, py] = project(125.75, 39.03);
  const reach = 450 * (57 / 111);
  const arcPt = (deg: number) => `${fmt(px + reach * Math.cos((deg * Math.PI) / 180))} ${fmt(py + reach * Math.sin((deg * Math.PI) / 180))}`;
  const srbm = `M${arcPt(160)}A${fmt(reach)} ${fmt(reach)} 0 0 0 ${arcPt(25)}`;
  const at = (lon: number, lat: number) => { const [x, y] = project(lon, lat); return `x="${fmt(x)}" y="${fmt(y)}"`; };
  const [cx, cy] = project(136.55, 42.4);

  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_W} ${MAP_H}" width="${MAP_W}" height="${MAP_H}">
<title>Map of North-East Asia: China, the Korean peninsula, Russia's Pacific coast and western Japan</title>
<defs>
<linearGradient id="sea" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#bcd6d6"/><stop offset="1" stop-color="#93b9c0"/></linearGradient>
<pattern id="waves" width="44" height="22" patternUnits="userSpaceOnUse"><path d="M2 14q5-5 10 0t10 0" fill="none" stroke="#7fa6ad" stroke-width="1.1" opacity=".55"/><path d="M24 4q5-5 10 0t10 0" fill="none" stroke="#7fa6ad" stroke-width="1.1" opacity=".4"/></pattern>
<pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><path d="M0 0V6" stroke="#8c2f1f" stroke-width="2"/></pattern>
</defs>
<rect width="${MAP_W}" height="${MAP_H}" fill="url(#sea)"/>
<rect width="${MAP_W}" height="${MAP_H}" fill="url(#waves)"/>
<g fill="none" stroke="#f3f7ef" stroke-width="9" stroke-linejoin="round" opacity=".55"><path d="${mainland}"/><path d="${japan}${rokIslands}"/></g>
<g stroke="#6b5535" stroke-width="1.8" stroke-linejoin="round">
<path d="${mainland}" fill="#ead8ac"/>
<path d="${japan}" fill="#e2d8bd"/>
<path d="${rokIslands}" fill="#cfdcae"/>
</g>
<g stroke="none">
<path d="${mongolia}" fill="#e4d6b4"/>
<path d="${russia}" fill="#d8d0ae"/>
<path d="${dprk}" fill="#e6c7a6"/>
<path d="${rok}" fill="#cfdcae"/>
</g>
<path d="${coastline}" fill="none" stroke="#6b5535" stroke-width="1.8" stroke-linejoin="round"/>
<g fill="none" stroke="#7a5c3a" stroke-width="1.6" stroke-dasharray="7 4 2 4" stroke-linejoin="round">
<path d="${d(bKP, false)}"/><path d="${d(bRU, false)}"/><path d="${d(smooth(pts(MONGOLIA.slice(0, 6)), false), false)}"/>
</g>
<path d="${grat.join('')}" stroke="#50727a" stroke-width=".8" opacity=".3" fill="none"/>
<g font-family="'DejaVu Serif', Georgia, serif" font-size="13" fill="#50727a" opacity=".8">${gratLabels.join('')}</g>
<g id="dmz"><path d="${d(dmz, false)}" fill="none" stroke="url(#hatch)" stroke-width="9" stroke-linecap="round"/><path d="${d(dmz, false)}" fill="none" stroke="#8c2f1f" stroke-width="1.4" stroke-dasharray="5 3"/></g>
<path id="srbm" d="${srbm}" fill="none" stroke="#8c2f1f" stroke-width="1.6" stroke-dasharray="2 6" stroke-linecap="round" opacity=".8"/>
<text ${at(129.55, 35.5)} font-family="'DejaVu Sans', Arial, sans-serif" font-size="12" font-style="italic" fill="#8c2f1f">SRBM reach 450 km (22 Oct)</text>
<g font-family="'DejaVu Serif', Georgia, serif" font-style="italic" fill="#3f6670" text-anchor="middle" letter-spacing="5">
<text ${at(122.6, 34.75)} font-size="26">YELLOW SEA</text>
<text ${at(133.4, 41.0)} font-size="24">EAST SEA</text>
<text ${at(133.4, 40.55)} font-size="18" letter-spacing="3">SEA OF JAPAN</text>
<text ${at(123.3, 30.05)} font-size="24">EAST CHINA SEA</text>
<text ${at(120.2, 39.2)} font-size="16" letter-spacing="3">BOHAI</text>
<text ${at(129.1, 34.1)} font-size="13" letter-spacing="2" transform="rotate(-38 ${project(129.1, 34.1).join(' ')})">KOREA STRAIT</text>
</g>
<g font-family="'DejaVu Serif', Georgia, serif" fill="#6b5535" text-anchor="middle" letter-spacing="9" font-weight="bold" opacity=".75">
<text ${at(117.2, 34.2)} font-size="34">CHINA</text>
<text ${at(134.6, 44.8)} font-size="24" transform="rotate(-40 ${project(134.6, 44.8).join(' ')})">RUSSIA</text>
<text ${at(116.3, 45.8)} font-size="18" letter-spacing="6">MONGOLIA</text>
<text ${at(127.3, 40.75)} font-size="20" letter-spacing="5">DPRK</text>
<text ${at(128.05, 36.6)} font-size="18" letter-spacing="5">ROK</text>
<text ${at(134.8, 35.1)} font-size="22" transform="rotate(-14 ${project(134.8, 35.1).join(' ')})">JAPAN</text>
<text ${at(127.55, 38.05)} font-size="11" letter-spacing="2" fill="#8c2f1f" opacity="1" transform="rotate(-14 ${project(127.55, 38.05).join(' ')})">DMZ</text>
</g>
<g transform="translate(${fmt(cx)} ${fmt(cy)})" font-family="'DejaVu Serif', Georgia, serif" font-size="14" fill="#3f5257" text-anchor="middle">
<circle r="38" fill="#f2ead3" fill-opacity=".5" stroke="#3f5257" stroke-width="1"/>
<circle r="30" fill="none" stroke="#3f5257" stroke-width=".6"/>
<path d="M0-44L7 0L0 44L-7 0Z" fill="#3f5257"/><path d="M0-44L7 0L0 0Z" fill="#b04a2f"/>
<path d="M-44 0L0-6L44 0L0 6Z" fill="#3f5257" opacity=".7"/>
<text y="-50">N</text>
</g>
</svg>
`;
}
