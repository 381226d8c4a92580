#!/usr/bin/env node
// Prints the rows of a Parquet dataset (a file, or a folder of part files as Spark writes them)
// as JSON lines, for notebooks running where neither pyarrow nor duckdb is installed.
//
//   node tools/parquet-to-jsonl.mjs OUTPUT/documents > documents.jsonl
//
// Timestamps become ISO-8601 strings, 64-bit integers become numbers (strings past 2^53), binary
// columns become base64.
import { readdirSync, statSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';

function parquetFiles(path) {
  if (statSync(path).isFile()) return [path];
  const files = [];
  for (const name of readdirSync(path).sort()) {
    // Spark's markers (_SUCCESS) and checksums (.crc) are not data.
    if (name.startsWith('_') || name.startsWith('.')) continue;
    const child = join(path, name);
    if (statSync(child).isDirectory()) files.push(...parquetFiles(child));
    else if (name.endsWith('.parquet')) files.push(child);
  }
  return files;
}

function plain(value) {
  if (typeof value === 'bigint') {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  }
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = plain(v);
    return out;
  }
  return value;
}

const target = process.argv[2];
if (!target) {
  console.error('usage: parquet-to-jsonl.mjs DATASET_DIR_OR_FILE');
  process.exit(2);
}
for (const file of parquetFiles(target)) {
  const bytes = readFileSync(file);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const rows = await parquetReadObjects({ file: buffer, compressors });
  for (const row of rows) {
    process.stdout.write(JSON.stringify(plain(row)) + '\n');
  }
}
