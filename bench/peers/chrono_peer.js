// Peer resolver: chrono-node finds and resolves dates in each document, anchored at the document's creation time.
// Usage: node chrono_peer.js cases.jsonl > chrono.jsonl   (timing on stderr as JSON)
// Values are written in TIMEX3 form at the precision chrono knows (day, month or year; time of day when known).
'use strict';
const fs = require('fs');
const chrono = require('chrono-node');

const pad = (n, w = 2) => String(n).padStart(w, '0');

function value(component) {
  const d = component.date();
  const y = pad(d.getFullYear(), 4), m = pad(d.getMonth() + 1), day = pad(d.getDate());
  const known = (k) => component.isCertain(k);
  if (known('hour')) return `${y}-${m}-${day}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  if (known('day') || known('weekday')) return `${y}-${m}-${day}`;
  if (known('month')) return `${y}-${m}`;
  if (known('year')) return y;
  return `${y}-${m}-${day}`; // relative expressions ("yesterday", "last week") resolve to an implied day
}

function anchor(dct) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(dct || '');
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12) : new Date(2000, 0, 1, 12);
}

const docs = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const out = [];
let expressions = 0;
const started = process.hrtime.bigint();
for (const doc of docs) {
  const results = chrono.parse(doc.text, anchor(doc.dct), { forwardDate: false });
  const mentions = results.map((r) => ({
    start: r.index,
    end: r.index + r.text.length,
    value: r.end ? `${value(r.start)}/${value(r.end)}` : value(r.start),
  }));
  expressions += mentions.length;
  out.push({ id: doc.id, mentions });
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
process.stdout.write(out.map((o) => JSON.stringify(o)).join('\n') + '\n');
process.stderr.write(JSON.stringify({ peer: 'chrono-node', version: JSON.parse(fs.readFileSync(require('path').join(__dirname, 'node_modules/chrono-node/package.json'), 'utf8')).version,
  documents: docs.length, expressions, seconds, docsPerSecond: docs.length / seconds, expressionsPerSecond: expressions / seconds }) + '\n');
