// Converts any-ascii 0.3.3's block.js into one line per block: "<block number><TAB><tab-separated entries>".
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
const path = process.argv[2];
const block = (await import(pathToFileURL(path).href)).default;
const numbers = [...readFileSync(path, 'utf8').matchAll(/^case (\d+):/gm)].map(m => Number(m[1]));
const lines = numbers.map(n => n + '\t' + block(n));
writeFileSync(process.argv[3], lines.join('\n') + '\n');
console.log(lines.length + ' blocks');
