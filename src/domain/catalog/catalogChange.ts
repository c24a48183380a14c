// One change between two editions of a classification, with where the team knows it from.

export interface ChangeSource {
  /** zh-CN: what the change rests on (官方科目表（团队所知）, a note on an unconfirmed year …). */
  readonly note: string;
  /** Documents (paths under the shared corpus, copied to test/fixtures) printing the code on either side. */
  readonly docs?: readonly string[];
}

export type CatalogChange =
  | { readonly kind: 'added'; readonly code: string; readonly name: string; readonly source: ChangeSource }
  | { readonly kind: 'removed'; readonly code: string; readonly source: ChangeSource }
  | { readonly kind: 'renamed'; readonly code: string; readonly from: string; readonly name: string; readonly source: ChangeSource }
  | { readonly kind: 'moved'; readonly from: string; readonly to: string; readonly name: string; readonly source: ChangeSource }
  | {
      readonly kind: 'merged';
      readonly from: readonly string[];
      readonly to: string;
      readonly name: string;
      readonly source: ChangeSource;
    }
  | {
      readonly kind: 'split';
      readonly from: string;
      readonly to: ReadonlyArray<{ readonly code: string; readonly name: string }>;
      readonly source: ChangeSource;
    };

export type CatalogChangeKind = CatalogChange['kind'];
