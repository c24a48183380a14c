import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { WriteResult } from '../domain/port/workbookPort';

// What a write did: the sheets written, and any written under a new name.

export function WriteNotice(props: { result: WriteResult; what: string }): JSX.Element {
  const { result, what } = props;
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{what}</MessageBarTitle>
        <div>已写入工作表：{result.written.map((s) => `“${s}”`).join('、')}</div>
        {Object.entries(result.renamed).map(([from, to]) => (
          <div key={from}>
            “{from}”已存在，写入新表“{to}”。
          </div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
