import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import {
  builtInCatalogs,
  Catalog,
  CatalogEntry,
  editionForYear,
  EntrySource,
  FIRST_EDITION,
  LAST_EDITION,
  parseCatalogCsv,
} from '../../domain/catalog/catalog';
import type { CatalogChange } from '../../domain/catalog/catalogChange';
import { changesBetween } from '../../domain/catalog/codeMap';
import { catalogRowsFromSheet, importCatalogRows } from '../../domain/catalog/catalogSheet';
import { CodeKind, codeLevel, leafLevel, normalizeCode, parentCode } from '../../domain/catalog/codes';
import { openXlsx, UnreadableWorkbookError } from '../../hosts/xlsx/openXlsx';
import { loadStoredCatalogs, saveCatalog } from '../catalogStore';
import type { CliCommand, CliIo } from '../command';
import { parseArgsErrorZh } from '../args/cliArgs';

const USAGE = [
  'budget catalog import FILE.xlsx|FILE.csv --year 年度   导入当年官方科目表（保存后 budget check 等命令按它核对该年度的工作簿）',
  '               budget catalog show 科目编码 [--year 年度]   显示科目的级次、名称、上级、版本和来源；找不到时退出码 1',
  '               budget catalog diff --from 2020 --to 2024   列出两个版本之间的科目变动',
].join('\n');

const Year = z.coerce
  .number({ message: '年度应为数字' })
  .int('年度应为整数')
  .min(2000, '年度应在 2000–2100 之间')
  .max(2100, '年度应在 2000–2100 之间');
const Code = z.string().transform((raw, ctx) => {
  const code = normalizeCode(raw);
  if (code === null) {
    ctx.addIssue({ code: 'custom', message: `“${raw}”不是科目编码（应为 3、5 或 7 位数字）` });
    return z.NEVER;
  }
  return code;
});

const ImportArgs = z.object({ file: z.string({ message: '请给出要导入的科目表文件' }), year: Year });
const ShowArgs = z.object({ code: Code, year: Year.optional() });
const DiffArgs = z.object({ from: Year, to: Year }).refine((a) => a.from < a.to, { message: '--from 应早于 --to' });

const LEVEL_ZH: Record<CodeKind, readonly string[]> = { functional: ['类', '款', '项'], economic: ['类', '款'] };
const KIND_ZH: Record<CodeKind, string> = { functional: '支出功能分类', economic: '部门预算支出经济分类' };
const kindOf = (code: string): CodeKind => (/^(30\d|31\d|399)/.test(code) ? 'economic' : 'functional');

function sourceZh(s: EntrySource): string {
  switch (s.kind) {
    case 'seed':
      return `种子文档 ${s.doc}（${s.year} 年预算公开文本）`;
    case 'corpus':
      return `公开预算文档 ${s.doc}（${s.year} 年）`;
    case 'official':
    case 'imported':
      return s.note;
  }
}

function fail(io: CliIo, message: string): number {
  io.warn(`${message}\n用法：${USAGE}`);
  return 2;
}

/** A cell's text: numbers and strings as written, anything else (a blank, an error) empty. */
function cellText(v: unknown): string {
  return typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '';
}

/** Node's error code (ENOENT, ERR_PARSE_ARGS_…); checked by value, since errors may come from another realm. */
function errorCode(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : '';
}

function zodMessage(e: z.ZodError): string {
  return e.issues.map((i) => i.message).join('；');
}

async function importCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: { year: { type: 'string' } } });
  const parsed = ImportArgs.safeParse({ file: positionals[0], year: values.year });
  if (!parsed.success) return fail(io, zodMessage(parsed.error));
  const { file, year } = parsed.data;
  let rows: Array<{ kind: CodeKind; code: unknown; name: unknown; cell?: string }>;
  const ext = extname(file).toLowerCase();
  try {
    if (ext === '.csv' || ext === '.txt') {
      rows = parseCatalogCsv(await readFile(file, 'utf8')).map((r, i) => ({ ...r, kind: kindOf(r.code), cell: `第 ${i + 2} 行` }));
    } else if (ext === '.xlsx') {
      const book = await openXlsx(file);
      const found = (await book.readSheets()).map(catalogRowsFromSheet).find((r) => r.headerFound);
      if (!found) {
        io.warn(`${file} 中没有找到含“科目编码”和“科目名称”表头的工作表，未导入`);
        return 1;
      }
      rows = found.rows;
    } else return fail(io, `只能导入 .xlsx 或 .csv 文件：${file}`);
  } catch (e) {
    if (e instanceof UnreadableWorkbookError) {
      io.warn(e.message);
      return 2;
    }
    if (errorCode(e) === 'ENOENT') {
      io.warn(`找不到文件：${file}`);
      return 2;
    }
    throw e;
  }
  const imported = importCatalogRows(year, rows, file);
  for (const p of imported.problems) io.warn(`警告：${p.cell ? `${p.cell}：` : ''}${p.message}`);
  // The rows importCatalogRows accepted: a code of the row's kind and a name.
  const good = rows.filter((r) => {
    const code = normalizeCode(r.code);
    return code !== null && code.length <= (r.kind === 'functional' ? 7 : 5) && cellText(r.name) !== '';
  });
  if (good.length === 0) {
    io.warn(`${file} 中没有可导入的科目行，未保存`);
    return 1;
  }
  const stored = await saveCatalog({
    year,
    origin: file,
    rows: good.map((r) => ({ kind: r.kind, code: normalizeCode(r.code)!, name: cellText(r.name) })),
  });
  const count = (k: CodeKind) => good.filter((r) => r.kind === k).length;
  io.log(`已导入 ${year} 年科目表：功能分类 ${count('functional')} 个科目、经济分类 ${count('economic')} 个科目，保存在 ${stored}`);
  io.log(`此后 budget check、budget catalog show --year ${year} 按它核对 ${year} 年的工作簿（工作簿自带“科目表”工作表时以工作簿为准）`);
  return 0;
}

function catalogsFor(year: number | undefined): { functional: Catalog; economic: Catalog; label: string } {
  const y = year ?? LAST_EDITION;
  const stored = year !== undefined ? loadStoredCatalogs(year) : undefined;
  if (stored)
    return { ...stored.catalogs, label: `${year} 年导入的官方科目表（${stored.origin}），未列科目取内置 ${editionForYear(y)} 年版` };
  const e = editionForYear(y);
  const note =
    year === undefined
      ? ''
      : year < FIRST_EDITION
        ? `；${year} 年早于最早的内置版本`
        : e !== year
          ? `；${year} 年取不晚于它的最近版本`
          : '';
  return { ...builtInCatalogs(e), label: `内置 ${e} 年版${note}` };
}

function showCommand(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: { year: { type: 'string' } } });
  const parsed = ShowArgs.safeParse({ code: positionals[0] ?? '', year: values.year });
  if (!parsed.success) return fail(io, zodMessage(parsed.error));
  const { code, year } = parsed.data;
  const kind = kindOf(code);
  const sets = catalogsFor(year);
  const catalog = sets[kind];
  if (code.length > (kind === 'functional' ? 7 : 5)) return fail(io, `${code} 不是${KIND_ZH[kind]}编码`);
  const entry = catalog.get(code);
  if (!entry) {
    const parent = parentCode(code);
    const p = parent !== null ? catalog.get(parent) : undefined;
    const partial = catalog.source === 'built-in' && codeLevel(code) === leafLevel(kind) && p !== undefined;
    io.warn(
      `科目编码 ${code} 不在${KIND_ZH[kind]}科目表中（${sets.label}）` +
        (partial
          ? `；其上级 ${p.code} ${p.name} 在表中，内置科目表未收录全部${LEVEL_ZH[kind][codeLevel(code) - 1]}，请导入当年官方科目表核对`
          : ''),
    );
    return 1;
  }
  const chain: CatalogEntry[] = [];
  for (let c = parentCode(code); c !== null; c = parentCode(c)) {
    const e = catalog.get(c);
    if (e) chain.push(e);
  }
  io.log(`${entry.code} ${entry.name}`);
  io.log(`级次：${LEVEL_ZH[kind][entry.level - 1]}（${KIND_ZH[kind]}）`);
  io.log(`上级：${chain.length === 0 ? '无（类级科目）' : chain.map((e) => `${e.code} ${e.name}`).join(' ← ')}`);
  io.log(`版本：${sets.label}`);
  io.log(`来源：${sourceZh(entry.source)}`);
  if (entry.variants.length > 0) io.log(`通行写法：${entry.variants.join('、')}`);
  for (const f of entry.formerNames) io.log(`曾用名：${f.name}（${f.lastEdition} 年及以前）`);
  return 0;
}

function describe(c: CatalogChange, before: Catalog): string {
  const was = (code: string) => `${code} ${before.name(code) ?? ''}`.trim();
  switch (c.kind) {
    case 'added':
      return `新增 ${c.code} ${c.name}`;
    case 'removed':
      return `删除 ${was(c.code)}`;
    case 'renamed':
      return `更名 ${c.code} ${c.from} → ${c.name}`;
    case 'moved':
      return `调整 ${was(c.from)} → ${c.to} ${c.name}`;
    case 'merged':
      return `合并 ${c.from.map(was).join('、')} → ${c.to} ${c.name}`;
    case 'split':
      return `拆分 ${was(c.from)} → ${c.to.map((t) => `${t.code} ${t.name}`).join('、')}`;
  }
}

function diffCommand(args: readonly string[], io: CliIo): number {
  const { values } = parseArgs({ args: [...args], options: { from: { type: 'string' }, to: { type: 'string' } } });
  const parsed = DiffArgs.safeParse({ from: values.from, to: values.to });
  if (!parsed.success) return fail(io, zodMessage(parsed.error));
  const from = editionForYear(parsed.data.from);
  const to = editionForYear(parsed.data.to);
  io.log(`科目表变动：${from} 年版 → ${to} 年版（内置；${parsed.data.from} 年、${parsed.data.to} 年各取不晚于它的最近版本）`);
  for (const kind of ['functional', 'economic'] as const) {
    const changes = from < to ? changesBetween(kind, from, to) : [];
    io.log(`${KIND_ZH[kind]}：${changes.length === 0 ? '无变动' : `${changes.length} 处`}`);
    for (const { edition, change } of changes) {
      const before = builtInCatalogs(edition - 1 >= FIRST_EDITION ? edition - 1 : FIRST_EDITION)[kind];
      const docs = change.source.docs?.length ? `；见 ${change.source.docs.join('、')}` : '';
      io.log(`  ${edition} 年版 ${describe(change, before)}（${change.source.note}${docs}）`);
    }
  }
  return 0;
}

export const catalogCommand: CliCommand = {
  name: 'catalog',
  usage: USAGE,
  async run(args, io) {
    const [sub, ...rest] = args;
    try {
      if (sub === 'import') return await importCommand(rest, io);
      if (sub === 'show') return showCommand(rest, io);
      if (sub === 'diff') return diffCommand(rest, io);
    } catch (e) {
      // parseArgs rejects unknown options with a TypeError naming them.
      const zh = parseArgsErrorZh(e);
      if (zh !== null) return fail(io, `参数错误：${zh}`);
      throw e;
    }
    return fail(io, sub === undefined ? '请给出子命令 import、show 或 diff' : `未知子命令：${sub}`);
  },
};
