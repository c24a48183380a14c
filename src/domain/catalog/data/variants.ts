// Transcribed data, no logic: spellings of official names that published budgets print and that
// mean the same 科目 ("…支出" / "…补助" suffix variants and the like). Brackets, spaces and a leading
// "*" need no entry (they are always accepted). Each variant names a document that prints it.

export interface NameVariant {
  readonly name: string;
  readonly doc: string;
}

export const NAME_VARIANTS: Readonly<Record<'functional' | 'economic', Readonly<Record<string, readonly NameVariant[]>>>> = {
  functional: {},
  economic: {},
};
