// Peer for Dossier's language benchmark: wink-nlp (wink-eng-lite-web-model) on the same texts.
// Usage:
//   node wink-bench.js TEXTS.json            serve: each "run" line on stdin processes all texts once and answers "ok TOKENS"
//   node wink-bench.js TEXTS.json --time N   time N passes and print tokens/s
// TEXTS.json is a JSON array of strings (the bench writes the clean texts of the seeds and samples there).
'use strict';
const fs = require('fs');
const readline = require('readline');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');

const nlp = winkNLP(model);
const its = nlp.its;
const texts = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));

// Tokens, sentences and entities, as Dossier's tokenize + split + tag does.
function pass() {
  let tokens = 0;
  for (const text of texts) {
    const doc = nlp.readDoc(text);
    tokens += doc.tokens().length();
    doc.sentences().length();
    doc.entities().out(its.detail);
  }
  return tokens;
}

const timeAt = process.argv.indexOf('--time');
if (timeAt > 0) {
  const n = parseInt(process.argv[timeAt + 1] || '20', 10);
  let tokens = pass();
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) tokens = pass();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`wink-nlp: ${tokens} tokens per pass, ${n} passes in ${seconds.toFixed(3)} s, ${Math.round(tokens * n / seconds)} tokens/s`);
} else {
  const rl = readline.createInterface({ input: process.stdin });
  rl.on('line', (line) => {
    if (line.trim() === 'run') process.stdout.write(`ok ${pass()}\n`);
  });
  process.stdout.write('ready\n');
}
