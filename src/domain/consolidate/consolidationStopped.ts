// Consolidation skips a unit only when its file cannot be read as a workbook (listed as 无法打开).
// Any other exception while reading or checking a unit is a fault in the program, not in the unit's
// data: consolidation stops, and the message names the unit it was reading and the original error.

export class ConsolidationStopped extends Error {
  constructor(
    readonly unit: string,
    readonly original: unknown,
  ) {
    super(
      `汇总已停止：读取单位“${unit}”时程序出错（${original instanceof Error ? original.message : String(original)}），未生成汇总表。请将此信息和该单位的文件报告给维护人员。`,
      {
        cause: original,
      },
    );
    this.name = 'ConsolidationStopped';
  }
}
