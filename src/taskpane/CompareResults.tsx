import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { Comparison } from '../domain/compare/change';
import { CHANGE_SHEET } from '../domain/compare/buildChangeSheet';
import { ChangeCharts } from './ChangeCharts';
import { ChangeList } from './ChangeList';
import type { CompareRun } from './compareRun';
import { FindingsDiffView } from './FindingsDiffView';
import type { FindingFocus } from './useFindingFocus';

// What a comparison found (changes by table, a chart and the list, the two checks side by side), and
// the notices after highlighting the changes or removing the highlight.

const useStyles = makeStyles({
  results: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, marginTop: tokens.spacingVerticalS },
  sub: { margin: 0 },
});

export function CompareResults(props: {
  comparison: Comparison;
  checks: CompareRun['checks'];
  submittedName: string;
  returnedName: string;
  focus: FindingFocus;
}): JSX.Element {
  const styles = useStyles();
  const { comparison, checks, submittedName, returnedName, focus } = props;
  return (
    <div className={styles.results}>
      <MessageBar intent={comparison.changes.length > 0 ? 'info' : 'success'} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>
            {comparison.changes.length === 0
              ? '未发现修改'
              : `共 ${comparison.changes.length} 处修改，涉及 ${comparison.tables.length} 张表`}
          </MessageBarTitle>
          <div>
            报送稿：{submittedName}；返回稿：{returnedName}
          </div>
        </MessageBarBody>
      </MessageBar>
      {comparison.findings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>未能比对的部分</MessageBarTitle>
            <ul>
              {comparison.findings.map((f, i) => (
                <li key={i}>{f.message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {comparison.changes.length > 0 && (
        <>
          <ChangeCharts
            comparison={comparison}
            selectedKey={focus.selectedKey}
            onSelect={(key, c) => focus.onSelect(key, { sheet: c.sheet, ...(c.cell ? { cell: c.cell } : {}) })}
            renderSelected={(c) => focus.renderSelected({ sheet: c.sheet, ...(c.cell ? { cell: c.cell } : {}) })}
          />
          <Subtitle2 as="h3" className={styles.sub}>
            修改清单
          </Subtitle2>
          <ChangeList
            comparison={comparison}
            selectedKey={focus.selectedKey}
            onSelect={(key, c) => focus.onSelect(key, { sheet: c.sheet, ...(c.cell ? { cell: c.cell } : {}) })}
            renderSelected={(c) => focus.renderSelected({ sheet: c.sheet, ...(c.cell ? { cell: c.cell } : {}) })}
          />
        </>
      )}
      <Subtitle2 as="h3" className={styles.sub}>
        校验结果对照
      </Subtitle2>
      <FindingsDiffView diff={checks} focus={focus} />
    </div>
  );
}

export function HighlightNotices(props: {
  annotated: { cells: number; sheet: string } | null;
  cleared: number | null;
  downloaded: boolean;
}): JSX.Element {
  const { annotated, cleared, downloaded } = props;
  return (
    <>
      {annotated && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>已标注 {annotated.cells} 个单元格</MessageBarTitle>
            <div>
              修改清单和原底色记录见“{annotated.sheet}”工作表
              {downloaded ? '（已下载标注版返回稿）' : '；“清除修改高亮”按记录恢复原底色'}。
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {cleared !== null && (
        <MessageBar intent="info">
          <MessageBarBody>
            {cleared > 0 ? `已恢复 ${cleared} 个单元格的原底色。` : `没有找到“${CHANGE_SHEET}”中的高亮记录，无需清除。`}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
