// The one catalog of finding wording (zh-CN). Rules and builders refer to messages by id.

type Params = Readonly<Record<string, string | number>>;

const MESSAGES_ZH: Readonly<Record<string, (p: Params) => string>> = {
  'build/unknown-code': (p) => `科目编码 ${p.code} 不在 ${p.edition} 年版${p.kind}科目表中，已按原名称“${p.name}”列示`,
  'build/duplicate-code': (p) => `表“${p.table}”中科目 ${p.code} 重复出现，已合并金额`,
  'build/parent-with-amount': (p) => `表“${p.table}”中科目 ${p.code} 既有下级科目又直接填列了金额，上级金额应由下级汇总，已忽略直接填列数`,
  'build/unknown-column': (p) => `表“${p.table}”科目 ${p.code} 含未知金额列“${p.column}”`,
  'read/bad-amount': (p) => `工作表“${p.sheet}”${p.cell} 单元格的金额“${p.value}”无法识别为数字`,
  'read/formula-error': (p) => `工作表“${p.sheet}”${p.cell} 单元格的公式结果为错误值 ${p.value}`,
  'read/bad-code': (p) => `工作表“${p.sheet}”${p.cell} 单元格的科目编码“${p.value}”格式不正确`,
  'read/row-without-code': (p) => `工作表“${p.sheet}”第 ${String(p.cell).replace(/^[A-Z]+/, '')} 行有金额但没有科目编码，未纳入校验`,
  'read/no-header': (p) => `工作表“${p.sheet}”${p.cell} 处的“${p.title}”找不到标准表头（科目编码/金额列），该表未读取`,
  'read/duplicate-table': (p) => `工作表“${p.sheet}”${p.cell} 处的“${p.title}”与前面的同名表重复，仅读取第一张`,
};

export function renderMessage(id: string, params: Params = {}): string {
  const m = MESSAGES_ZH[id];
  if (!m) throw new RangeError(`renderMessage: 未登记的消息编号: ${id}`);
  return m(params);
}
