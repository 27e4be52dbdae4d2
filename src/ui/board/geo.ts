/**
 * Board geometry: one projection shared by the map art generator (art/buildMap.ts → assets/map.svg)
 * and the live overlay, so capitals, lines and tokens land on the coastline drawn in the art.
 * Plain equirectangular projection, x scaled by cos(≈40°N) so the peninsula keeps its shape.
 */
export const MAP_W = 1040;
export const MAP_H = 1000;
export const LON0 = 114;
export const LAT0 = 47;
const X_PER_DEG = 43.7;
const Y_PER_DEG = 57;

export type Pt = readonly [number, number];

export const project = (lon: number, lat: number): Pt => [
  Math.round((lon - LON0) * X_PER_DEG * 10) / 10,
  Math.round((LAT0 - lat) * Y_PER_DEG * 10) / 10,
];

export interface City {
  readonly id: string;
  readonly name: string;
  readonly at: Pt;
  /** Where the name sits relative to the dot. */
  readonly label: 'left' | 'right' | 'above' | 'below';
  readonly kind: 'capital' | 'city' | 'site';
}

const city = (id: string, name: string, lon: number, lat: number, label: City['label'], kind: City['kind']): City => ({ id, name, at: project(lon, lat), label, kind });

export const CITIES: readonly City[] = [
  city('beijing', 'Beijing', 116.4, 39.9, 'below', 'capital'),
  city('pyongyang', 'Pyongyang', 125.75, 39.03, 'left', 'capital'),
  city('seoul', 'Seoul', 126.98, 37.57, 'right', 'capital'),
  city('panmunjom', 'Panmunjom', 126.68, 37.96, 'left', 'site'),
  city('gyeongju', 'Gyeongju (APEC)', 129.22, 35.86, 'right', 'site'),
  city('busan', 'Busan', 129.05, 35.15, 'right', 'city'),
  city('vladivostok', 'Vladivostok', 131.9, 43.12, 'below', 'city'),
  city('shanghai', 'Shanghai', 121.47, 31.23, 'left', 'city'),
  city('dandong', 'Dandong', 124.35, 40.13, 'left', 'city'),
];

export const cityAt = (id: string): Pt => CITIES.find((c) => c.id === id)!.at;
