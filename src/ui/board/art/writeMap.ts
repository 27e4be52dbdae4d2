/** Regenerates assets/map.svg from mapArt.ts: `npx tsx src/ui/board/art/writeMap.ts`. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mapSvg } from './mapArt';

const out = fileURLToPath(new URL('../../../../assets/map.svg', import.meta.url));
writeFileSync(out, mapSvg());
console.log(`wrote ${out}`);
