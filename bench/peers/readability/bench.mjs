// Peer benchmark for docs/cleaning.md: @mozilla/readability (with linkedom as the DOM) on the first N L3S-GN1 pages,
// sorted by name — the same pages HtmlExtractionBenchmarks uses. Prints pages/s (one thread) and the shingle F1 of
// the extracted text against gold.json, scored like `dossier eval extraction` (lower-cased \w+ tokens, 4-gram shingles).
//   cd bench/peers/readability && npm install && node bench.mjs [N] [split]
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';

const here = dirname(fileURLToPath(import.meta.url));
const set = join(here, '..', '..', '..', '..', 'shared', 'data', 'extraction', 'l3s-gn1');
const count = Number(process.argv[2] ?? 200);
const names = readdirSync(join(set, 'html')).filter(n => n.endsWith('.html.gz')).sort().slice(0, count);
const pages = names.map(n => gunzipSync(readFileSync(join(set, 'html', n))).toString('utf8'));
const gold = JSON.parse(readFileSync(join(set, 'gold.json'), 'utf8'));

let failures = 0;
function extract(html) {
  try {
    const { document } = parseHTML(html);
    const article = new Readability(document).parse();
    return article?.textContent ?? '';
  } catch {
    // Readability over linkedom throws on some 2008 markup; such a page scores as empty output.
    failures++;
    return '';
  }
}

// Warm up, then time three passes over every page.
for (const html of pages.slice(0, 20)) extract(html);
const runs = [];
for (let r = 0; r < 3; r++) {
  const start = process.hrtime.bigint();
  for (const html of pages) extract(html);
  runs.push(Number(process.hrtime.bigint() - start) / 1e9);
}
const mean = runs.reduce((a, b) => a + b) / runs.length;

const tokens = t => (t.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []);
function shingles(list) {
  const map = new Map();
  const n = Math.max(1, list.length - 3);
  if (list.length === 0) return map;
  for (let i = 0; i < n; i++) { const k = list.slice(i, i + 4).join('\u0001'); map.set(k, (map.get(k) ?? 0) + 1); }
  return map;
}
failures = 0;
let p = 0, r = 0, exact = 0;
names.forEach((name, i) => {
  const out = tokens(extract(pages[i]));
  const ref = tokens(gold[name.replace(/\.gz$/, '')].text);
  const o = shingles(out), g = shingles(ref);
  let tp = 0, to = 0, tg = 0;
  for (const [k, c] of o) { to += c; tp += Math.min(c, g.get(k) ?? 0); }
  for (const c of g.values()) tg += c;
  p += to && tg ? tp / to : (to === tg ? 1 : 0);
  r += to && tg ? tp / tg : (to === tg ? 1 : 0);
  exact += out.join(' ') === ref.join(' ') ? 1 : 0;
});
p /= names.length; r /= names.length;
console.log(`readability+linkedom pages=${names.length} mean=${mean.toFixed(3)}s pages/s=${(names.length / mean).toFixed(1)} P=${p.toFixed(4)} R=${r.toFixed(4)} F1=${(2 * p * r / (p + r)).toFixed(4)} exact=${(exact / names.length).toFixed(4)} failures=${failures}`);
