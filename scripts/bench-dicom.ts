/**
 * `npm run bench:dicom`: figures for the DICOM library, printed (never asserted).
 * 1. A generated 500-file CT series (512×512, 16 bit, a private header, Latin-1 text): the time to read every
 *    header with `readDicomHeader`, as a ratio to merely reading the same leading bytes of each file; the
 *    time to de-identify the series with `deidentifyDicom`, as a ratio to merely reading each whole file.
 * 2. 2 GB of generated files (1,000 × 2 MB) read one after another in a child process: its peak resident
 *    memory while reading every header, and while de-identifying every file (streamed: one file at a time).
 * Files go to a temporary directory (free disk is checked first) and are deleted afterwards.
 * Targets: headers ≤ 1.5× the plain read, de-identification ≤ 3×. Times are CPU times (see `time`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openAsBlob, readdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDeidentifyBatch } from '../src/lib/dicom/batch';
import { deidentifyDicom } from '../src/lib/dicom/deidentify';
import { readDicomHeader } from '../src/lib/dicom/header';
import { binary, image, text, writeDicom } from '../src/lib/dicom/test-support/dcmjs-files';

const SERIES_FILES = 500;
const BIG_FILES = 1000;
const ROUNDS = 7;

/** What a scanner writes besides identity: ~70 elements, two sequences (a real CT header's shape). */
const TYPICAL_CT = {
  '00080008': text('CS', 'ORIGINAL', 'PRIMARY', 'AXIAL'),
  '00080012': text('DA', '20240105'),
  '00080013': text('TM', '101512.123'),
  '00080021': text('DA', '20240105'),
  '00080022': text('DA', '20240105'),
  '00080023': text('DA', '20240105'),
  '00080030': text('TM', '101500'),
  '00080031': text('TM', '101502'),
  '00080032': text('TM', '101503.5'),
  '00080033': text('TM', '101504.5'),
  '00080050': text('SH', 'ACC-12345'),
  '00080070': text('LO', 'SIEMENS'),
  '00080090': text('PN', 'PEREZ^JUAN'),
  '00081010': text('SH', 'CTAWP12345'),
  '0008103E': text('LO', 'Torax 1.0 B31f'),
  '00081040': text('LO', 'Radiologia'),
  '00081070': text('PN', 'TECNICO^ANA'),
  '00081090': text('LO', 'SOMATOM Definition AS'),
  '00081140': {
    vr: 'SQ',
    Value: [1, 2, 3].map((n) => ({
      '00081150': text('UI', '1.2.840.10008.5.1.4.1.1.2'),
      '00081155': text('UI', `1.2.826.0.1.3680043.10.997.9.${n}`),
    })),
  },
  '00082112': {
    vr: 'SQ',
    Value: [
      {
        '00081150': text('UI', '1.2.840.10008.5.1.4.1.1.2'),
        '00081155': text('UI', '1.2.826.0.1.3680043.10.997.8'),
      },
    ],
  },
  '00101010': text('AS', '044Y'),
  '00101020': text('DS', '1.65'),
  '00101030': text('DS', '62'),
  '00180015': text('CS', 'CHEST'),
  '00180050': text('DS', '1'),
  '00180060': text('DS', '120'),
  '00180088': text('DS', '0.7'),
  '00180090': text('DS', '500'),
  '00181000': text('LO', '12345'),
  '00181020': text('LO', 'syngo CT 2012B'),
  '00181030': text('LO', 'Torax'),
  '00181100': text('DS', '380'),
  '00181110': text('DS', '1085.6'),
  '00181111': text('DS', '595'),
  '00181120': text('DS', '0'),
  '00181130': text('DS', '160'),
  '00181140': text('CS', 'CW'),
  '00181150': text('IS', '500'),
  '00181151': text('IS', '110'),
  '00181152': text('IS', '55'),
  '00181160': text('SH', 'FLAT'),
  '00181170': text('IS', '24'),
  '00181190': text('DS', '1.2'),
  '00181210': text('SH', 'B31f'),
  '00185100': text('CS', 'FFS'),
  '00200011': text('IS', '2'),
  '00200012': text('IS', '1'),
  '00200013': text('IS', '42'),
  '00200032': text('DS', '-190.5', '-170.5', '-120'),
  '00200037': text('DS', '1', '0', '0', '0', '1', '0'),
  '00200052': text('UI', '1.2.826.0.1.3680043.10.997.7'),
  '00201040': text('LO', ''),
  '00201041': text('DS', '-120'),
  '00280030': text('DS', '0.744', '0.744'),
  '00281050': text('DS', '40', '400'),
  '00281051': text('DS', '400', '1500'),
  '00281052': text('DS', '-1024'),
  '00281053': text('DS', '1'),
  '00281055': text('LO', 'WINDOW1', 'WINDOW2'),
};

/** A CT file of `rows`² 16-bit pixels; its SOP Instance UID ends in a 6-digit counter patched per file. */
function template(rows: number): { bytes: Uint8Array; uidAt: number } {
  const uid = '1.2.826.0.1.3680043.10.997.1.000000';
  const pixels = rows * rows * 2;
  const bytes = writeDicom({
    '00080005': text('CS', 'ISO_IR 100'),
    '00080016': text('UI', '1.2.840.10008.5.1.4.1.1.2'),
    '00080018': text('UI', uid),
    '00080020': text('DA', '20240105'),
    '00080060': text('CS', 'CT'),
    '00080080': text('LO', 'Clinica San Jose'),
    '00081030': text('LO', 'TC de torax'),
    '00100010': text('PN', 'GARCIA^MARIA JOSE'),
    '00100020': text('LO', 'MRN-778899'),
    '00100030': text('DA', '19800131'),
    '00200010': text('SH', 'MRN-778899'),
    ...TYPICAL_CT,
    '00290010': text('LO', 'SIEMENS CSA HEADER'),
    '00291010': binary('OB', 8 * 1024),
    ...image(rows),
    '00280100': { vr: 'US', Value: [16] },
    '00280101': { vr: 'US', Value: [12] },
    '00280102': { vr: 'US', Value: [11] },
    '7FE00010': binary('OW', pixels, 3),
  });
  const needle = new TextEncoder().encode(uid);
  const uidAt = indexOfLast(bytes, needle) + needle.length - 6;
  return { bytes, uidAt };
}

function indexOfLast(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = haystack.length - needle.length; i >= 0; i--) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  throw new Error('UID not found in the template');
}

function generate(dir: string, count: number, rows: number): string[] {
  const { bytes, uidAt } = template(rows);
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    bytes.set(new TextEncoder().encode(String(i).padStart(6, '0')), uidAt);
    const path = join(dir, `IM${String(i).padStart(6, '0')}`);
    writeFileSync(path, bytes);
    paths.push(path);
  }
  return paths;
}

function freeBytes(dir: string): number {
  const stats = statfsSync(dir);
  return stats.bavail * stats.bsize;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * CPU time (user + system, all threads of this process: Blob reads run on libuv's pool) in ms. The machine is
 * shared, so wall-clock time measures the neighbours as much as this code; CPU time does not.
 */
async function time(run: () => Promise<void>): Promise<number> {
  const start = process.cpuUsage();
  await run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Each figure is measured in alternation with its baseline, round after round; the median ratio is reported. */
async function seriesFigures(dir: string) {
  const paths = generate(dir, SERIES_FILES, 512);
  const blobs = await Promise.all(paths.map((path) => openAsBlob(path)));
  const sizes = new Map<Blob, number>();
  const readHeaders = async () => {
    for (const blob of blobs) sizes.set(blob, (await readDicomHeader(blob, { fileName: 'IM' })).bytesRead);
  };
  const readSlices = async () => {
    for (const blob of blobs) await blob.slice(0, sizes.get(blob)).arrayBuffer();
  };
  const batch = createDeidentifyBatch();
  const deidentify = async () => {
    for (const blob of blobs) await deidentifyDicom(blob, { batch, fileName: 'IM' });
  };
  const deidentifyAndRead = async () => {
    for (const blob of blobs) await (await deidentifyDicom(blob, { batch, fileName: 'IM' })).arrayBuffer();
  };
  const readWhole = async () => {
    for (const blob of blobs) await blob.arrayBuffer();
  };
  await readHeaders(); // warm-up: page cache, JIT, the sizes of the slices
  await deidentifyAndRead(); // warm-up: dcmjs loaded
  const rounds = { header: [] as number[], deid: [] as number[], deidRead: [] as number[] };
  const times = {
    slices: [] as number[],
    header: [] as number[],
    whole: [] as number[],
    deid: [] as number[],
    deidRead: [] as number[],
  };
  for (let round = 0; round < ROUNDS; round++) {
    const slices = await time(readSlices);
    const header = await time(readHeaders);
    const whole = await time(readWhole);
    const deid = await time(deidentify);
    const whole2 = await time(readWhole);
    const deidRead = await time(deidentifyAndRead);
    rounds.header.push(header / slices);
    rounds.deid.push(deid / whole);
    rounds.deidRead.push(deidRead / whole2);
    for (const [key, value] of Object.entries({ slices, header, whole, deid, deidRead })) {
      times[key as keyof typeof times].push(value);
    }
  }
  const bytesRead = [...sizes.values()].reduce((sum, size) => sum + size, 0);
  return {
    files: SERIES_FILES,
    fileSize: blobs[0]?.size ?? 0,
    headerBytesPerFile: Math.round(bytesRead / SERIES_FILES),
    slicesMs: median(times.slices),
    headerMs: median(times.header),
    wholeMs: median(times.whole),
    deidentifyMs: median(times.deid),
    deidentifyReadMs: median(times.deidRead),
    headerRatio: median(rounds.header),
    deidentifyRatio: median(rounds.deid),
    deidentifyReadRatio: median(rounds.deidRead),
  };
}

/** Child mode: read every file of a directory one by one, report peak RSS (MB) as JSON. */
async function memoryChild(dir: string, mode: 'headers' | 'deidentify') {
  const paths = readdirSync(dir).map((name) => join(dir, name));
  let peak = 0;
  let total = 0;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().rss);
  };
  const timer = setInterval(sample, 10);
  const batch = createDeidentifyBatch();
  for (const path of paths) {
    const blob = await openAsBlob(path);
    total += blob.size;
    if (mode === 'headers') await readDicomHeader(blob, { fileName: path });
    else await (await deidentifyDicom(blob, { batch, fileName: path })).arrayBuffer();
    sample();
  }
  clearInterval(timer);
  const maxRss = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(
    JSON.stringify({ files: paths.length, totalBytes: total, peakRss: Math.max(peak, maxRss) }),
  );
}

function runChild(dir: string, mode: string): { files: number; totalBytes: number; peakRss: number } {
  const self = fileURLToPath(import.meta.url);
  const run = spawnSync(process.execPath, ['--import', 'tsx', self, '--memory-child', dir, mode], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`memory child failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}');
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 2 : 0)} MB`;

async function main() {
  const generateAt = process.argv.indexOf('--generate');
  if (generateAt >= 0) {
    // `npm run bench:dicom -- --generate <dir> [count] [rows]`: only write a series (for trying the page by hand).
    const [dir, count = '200', rows = '256'] = process.argv.slice(generateAt + 1);
    console.log(`${generate(dir as string, Number(count), Number(rows)).length} files written to ${dir}`);
    return;
  }
  const childAt = process.argv.indexOf('--memory-child');
  if (childAt >= 0) {
    await memoryChild(process.argv[childAt + 1] as string, process.argv[childAt + 2] as 'headers');
    return;
  }
  const base = tmpdir();
  const needed = 2.3 * 1024 ** 3;
  const free = freeBytes(base);
  console.log(`Free disk in ${base}: ${mb(free)}`);
  const dir = mkdtempSync(join(base, 'bench-dicom-'));
  try {
    const series = await seriesFigures(dir);
    rmSync(dir, { recursive: true, force: true });
    console.log(
      `\nSeries: ${series.files} CT files of ${mb(series.fileSize)}, ${series.headerBytesPerFile} bytes read per header`,
    );
    console.log(`  (CPU time, median of ${ROUNDS} rounds; each ratio is taken within its round)`);
    console.log(`  plain read of the same leading bytes      : ${series.slicesMs.toFixed(0)} ms`);
    console.log(`  readDicomHeader                           : ${series.headerMs.toFixed(0)} ms`);
    console.log(
      `  header ratio                              : ${series.headerRatio.toFixed(2)}× (target ≤ 1.5×)`,
    );
    console.log(`  plain read of the whole files             : ${series.wholeMs.toFixed(0)} ms`);
    console.log(`  deidentifyDicom (a Blob per file)         : ${series.deidentifyMs.toFixed(0)} ms`);
    console.log(
      `  de-identification ratio                   : ${series.deidentifyRatio.toFixed(2)}× (target ≤ 3×)`,
    );
    console.log(`  deidentifyDicom, output read once         : ${series.deidentifyReadMs.toFixed(0)} ms`);
    console.log(`  de-identification + reading the output    : ${series.deidentifyReadRatio.toFixed(2)}×`);
    if (free < needed) {
      console.log(`\nMemory: skipped, ${mb(needed)} of free disk are needed for 2 GB of files.`);
      return;
    }
    const big = mkdtempSync(join(base, 'bench-dicom-2gb-'));
    try {
      generate(big, BIG_FILES, 1024);
      const headers = runChild(big, 'headers');
      const deid = runChild(big, 'deidentify');
      console.log(
        `\nMemory: ${headers.files} files, ${mb(headers.totalBytes)} in all, read one after another`,
      );
      console.log(`  peak resident memory, reading every header : ${mb(headers.peakRss)}`);
      console.log(`  peak resident memory, de-identifying all   : ${mb(deid.peakRss)}`);
    } finally {
      rmSync(big, { recursive: true, force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
